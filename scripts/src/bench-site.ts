/**
 * `pnpm bench:site [N]`: build throughput of the real pipeline. Generates N synthetic articles in
 * all nine languages (N = 1000 gives about 10,000 pages) on a fresh embedded database, runs
 * export → astro build → search index, a first rebuild, then a rebuild after changing one article, and, as a
 * reference, a bare Astro build of as many trivial pages. Prints figures; asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { paragraphsDoc } from '@mirai/content-schemas/richtext'
import { ARTICLE_CATEGORIES } from '@mirai/content-schemas/taxonomies'

import type { BuildResult } from './build-site'
import { PeakMemory } from './memory'
import { repoRoot, siteDir } from './paths'

const scriptsDir = path.join(repoRoot, 'scripts')

const N = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? 1000)
if (!Number.isInteger(N) || N < 1) {
  console.error(`bench:site: "${process.argv[2]}" is not a number of articles`)
  process.exit(1)
}

const work = mkdtempSync(path.join(tmpdir(), 'mirai-bench-'))
// BENCH_DB=/path/to/bench.db keeps the generated database and reuses it on the next run.
const database = process.env.BENCH_DB ? path.resolve(process.env.BENCH_DB) : path.join(work, 'bench.db')
const reuse = existsSync(database)
Object.assign(process.env, {
  DATABASE_URI: `file:${database}`,
  CMS_DATA_DIR: path.join(path.dirname(database), 'cms-data'),
  PAYLOAD_SECRET: 'bench',
  PAYLOAD_LOG_LEVEL: 'error',
  SNAPSHOT_DIR: path.join(work, 'snapshot'),
  SITE_DIST: path.join(work, 'dist'),
})

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`

const paragraph = (text: string) => paragraphsDoc(`${text} (1)`, `${text} (2)`, `${text} (3)`)

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
  const [{ getPayload }, { default: config }, { seed }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
  ])
  const payload = await getPayload({ config })
  let firstId = ''
  if (reuse) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'bench-article-0' } },
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`${database} has no benchmark articles; remove it to generate them`)
    firstId = String(docs[0].id)
    console.log(`bench:site: reusing the articles in ${database}`)
  } else {
    console.log(
      `bench:site: seeding the demo content and generating ${N} articles × ${LOCALE_CODES.length} languages (not timed)…`,
    )
    await seed(payload)
    for (let i = 0; i < N; i++) {
      const slug = `bench-article-${i}`
      const doc = await payload.create({
        collection: 'articles',
        locale: 'ja',
        data: {
          title: `ベンチマーク記事 ${i}`,
          summary: `要約 ${i}`,
          body: paragraph(`本文 ${i}`),
          slug,
          category: ARTICLE_CATEGORIES[i % ARTICLE_CATEGORIES.length]!.value,
          _status: 'published',
          publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString(),
        } as never,
        context: { disableRevalidate: true },
      })
      if (i === 0) firstId = String(doc.id)
      for (const locale of LOCALE_CODES.filter((l) => l !== 'ja')) {
        await payload.update({
          collection: 'articles',
          id: doc.id,
          locale,
          data: {
            title: `Benchmark article ${i} (${locale})`,
            summary: `Summary ${i}`,
            body: paragraph(`Body ${i} ${locale}`),
          } as never,
          context: { disableRevalidate: true },
        })
      }
      if ((i + 1) % 100 === 0) console.log(`bench:site: ${i + 1}/${N} articles`)
    }
  }

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
  await payload.destroy()
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
  const bareMs = bareAstroBuild(full.result.pages)
  console.log(`  bare Astro, ${full.result.pages} trivial pages ${s(bareMs)}`)
  console.log(`  ratio full / bare      ${(fullMs / bareMs).toFixed(2)}`)
  console.log(`  goals: ≤ 60 s for 10,000 pages, ratio ≤ 3.5, peak RSS ≤ 2 GiB, rebuild ≤ 15 s`)
  rmSync(work, { recursive: true, force: true })
  if (!process.env.BENCH_DB) rmSync(path.join(path.dirname(database), 'cms-data'), { recursive: true, force: true })
  process.exit(0)
} catch (error) {
  console.error(`bench:site failed: ${error instanceof Error ? error.message : String(error)}`)
  rmSync(work, { recursive: true, force: true })
  process.exit(1)
}
