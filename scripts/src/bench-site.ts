/**
 * `pnpm bench:site [N]`: build throughput of the real pipeline. Generates N synthetic articles in
 * all nine languages (N = 1000 gives about 10,000 pages) on a fresh embedded database, runs
 * export → astro build → search index, a first rebuild, then a rebuild after changing one article, and, as a
 * reference, a bare Astro build of as many trivial pages. Prints figures; asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import { articleCount, openBenchContent } from './benchContent'
import type { BuildResult } from './build-site'
import { PeakMemory } from './memory'
import { repoRoot, siteDir } from './paths'
import { sitemapFigures } from './sitemapFigures'

const scriptsDir = path.join(repoRoot, 'scripts')

const N = articleCount('bench:site')

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`

/** A bare Astro project with `count` trivial pages, built with the same Astro. */
function bareAstroBuild(count: number): number {
  const root = path.join(siteDir, '.bench-bare')
  rmSync(root, { recursive: true, force: true })
  mkdirSync(path.join(root, 'src/pages/[lang]'), { recursive: true })
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "export default { outDir: './dist', devToolbar: { enabled: false } }\n",
  )
  writeFileSync(
    path.join(root, 'src/pages/[lang]/[slug].astro'),
    `---
export function getStaticPaths() {
  const langs = ${JSON.stringify(LOCALE_CODES)}
  return langs.flatMap((lang) => Array.from({ length: ${Math.ceil(count / LOCALE_CODES.length)} }, (_, i) => ({ params: { lang, slug: 'page-' + i } })))
}
const { lang, slug } = Astro.params
---
<html lang={lang}><head><title>{slug}</title></head><body><h1>{slug}</h1><p>Trivial page.</p></body></html>
`,
  )
  const started = Date.now()
  const result = spawnSync(
    process.execPath,
    [path.join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    { cwd: root, encoding: 'utf8' },
  )
  const ms = Date.now() - started
  rmSync(root, { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`bare Astro build failed: ${result.stderr.slice(-2000)}`)
  return ms
}

try {
  const { payload, firstId, work, close } = await openBenchContent(N, 'bench:site')
  const report = path.join(work, 'build-report.json')
  /** `pnpm build` exactly as an operator runs it, in its own process; its memory is sampled. */
  const runBuild = async () => {
    const child = spawn(
      process.execPath,
      [path.join(scriptsDir, 'node_modules/tsx/dist/cli.mjs'), path.join(scriptsDir, 'src/build.ts')],
      {
        cwd: scriptsDir,
        env: { ...process.env, BUILD_REPORT: report },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const memory = new PeakMemory(250, child.pid!)
    const poll = setInterval(() => {
      try {
        memory.label(readFileSync(`${report}.stage`, 'utf8'))
      } catch {
        // not started yet
      }
    }, 250)
    const started = Date.now()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearInterval(poll)
    const ms = Date.now() - started
    const peak = memory.stop()
    if (code !== 0) throw new Error(`pnpm build failed: ${stderr.trim().split('\n').slice(-5).join(' | ')}`)
    const result = JSON.parse(readFileSync(report, 'utf8')) as BuildResult
    return { ms, peak, byStage: memory.byLabel, result }
  }

  const full = await runBuild()
  const fullMs = full.ms
  const sitemap = sitemapFigures(path.join(work, 'dist'))
  const peak = full.peak

  // The first rebuild has no earlier site to recycle as its staging folder and copies the whole
  // site once; every later one only copies what changed.
  const firstRebuild = await runBuild()
  // Change one article, then build again: what an editor waits for after publishing.
  await payload.update({
    collection: 'articles',
    id: firstId,
    locale: 'vi',
    data: { title: 'Bài viết đã sửa' } as never,
  })
  const rebuildRun = await runBuild()
  const rebuildMs = rebuildRun.ms
  const rebuild = rebuildRun.result
  console.log('')
  console.log(`bench:site results (${N} articles × ${LOCALE_CODES.length} languages, 2 cores)`)
  console.log(`  pages built            ${full.result.pages}`)
  console.log(
    `  full pipeline (pnpm build, incl. CMS start) ${s(fullMs)}  (${(full.result.pages / (fullMs / 1000)).toFixed(0)} pages/s)`,
  )
  for (const stage of full.result.stages) console.log(`    ${stage.stage.padEnd(20)} ${s(stage.ms)}`)
  console.log(
    `  peak RSS of pnpm build (process tree) ${mib(peak)}; per stage: ${[...full.byStage].map(([stage, rss]) => `${stage} ${mib(rss)}`).join(', ')}`,
  )
  console.log(
    `  first rebuild, nothing changed (copies the site once) ${s(firstRebuild.ms)}  (${firstRebuild.result.stages.map((st) => `${st.stage} ${s(st.ms)}`).join(', ')})`,
  )
  console.log(
    `  rebuild, one article changed ${s(rebuildMs)}  (${rebuild.stages.map((st) => `${st.stage} ${s(st.ms)}`).join(', ')})`,
  )
  console.log(`  sitemap                ${sitemap.join('\n                         ')}`)
  const bareMs = bareAstroBuild(full.result.pages)
  console.log(`  bare Astro, ${full.result.pages} trivial pages ${s(bareMs)}`)
  console.log(`  ratio full / bare      ${(fullMs / bareMs).toFixed(2)}`)
  console.log(`  goals: ≤ 60 s for 10,000 pages, ratio ≤ 3.5, peak RSS ≤ 2 GiB, rebuild ≤ 15 s`)
  await close()
  process.exit(0)
} catch (error) {
  console.error(`bench:site failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
