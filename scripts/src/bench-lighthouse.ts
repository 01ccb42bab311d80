/**
 * `pnpm bench:lighthouse [--dist DIR] [--langs ja,vi,my] [--keep]`: Lighthouse (mobile: its default
 * form factor, simulated throttling) on one page of every page type in a few languages, in Debian's
 * Chromium, against the site served by Debian's nginx with the release's own rules
 * (scripts/test/nginx.ts) on localhost. Without --dist (or SITE_DIST) it first builds the demo
 * content on a throwaway database into a temporary folder (--keep leaves that build in place and
 * prints where). Prints performance, accessibility, best practices and SEO scores, CLS, LCP, TBT
 * and the page's JavaScript (gzip); asserts nothing. No request leaves localhost: Chromium runs
 * without background networking, and the site makes no third-party request.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { RESERVED_PAGE_SLUGS } from '@mirai/content-schemas/paths'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { freePort, startNginx } from '../test/nginx'
import { PAGE_TYPES, pageTypeOf, pageWeight, siteReader, type PageType } from './pageWeight'

const CHROMIUM = '/usr/bin/chromium'

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    langs: { type: 'string', default: 'ja,vi,my' },
    keep: { type: 'boolean', default: false },
  },
})
const langs = values.langs.split(',').filter((l) => /^[a-z]{2}$/.test(l))
if (langs.length === 0) {
  console.error(`bench:lighthouse: --langs takes language codes such as ja,vi,my, not "${values.langs}"`)
  process.exit(1)
}
if (!existsSync(CHROMIUM)) {
  console.error(`bench:lighthouse: ${CHROMIUM} is missing (apt-get install chromium)`)
  process.exit(1)
}

/** Builds the demo content the way the browser tests do, for a site served at `siteUrl`. */
async function buildDemo(work: string, siteUrl: string): Promise<string> {
  Object.assign(process.env, {
    SITE_URL: siteUrl,
    DATABASE_URI: `file:${path.join(work, 'cms.db')}`,
    CMS_DATA_DIR: path.join(work, 'cms'),
    PAYLOAD_SECRET: 'bench-lighthouse',
    PAYLOAD_LOG_LEVEL: 'error',
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    SITE_DIST: path.join(work, 'dist'),
  })
  const [{ getPayload }, { default: config }, { seed }, { buildSite }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
    import('./build-site'),
  ])
  const payload = await getPayload({ config })
  try {
    console.log('bench:lighthouse: seeding the demo content and building the site…')
    await seed(payload)
    const started = Date.now()
    const result = await buildSite({ payload })
    console.log(`bench:lighthouse: built ${result.pages} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return result.dist
  } finally {
    await payload.destroy()
  }
}

/** One page per type and language: the first in path order that is not a fallback (noindex). */
async function pickPages(dist: string): Promise<{ type: PageType; lang: string; file: string }[]> {
  const entries = (await readdir(dist, { recursive: true })).map(String).filter((f) => f.endsWith('index.html'))
  entries.sort()
  const picked: { type: PageType; lang: string; file: string }[] = []
  for (const type of PAGE_TYPES)
    for (const lang of langs) {
      const candidates = entries.filter(
        (f) => f.startsWith(`${lang}${path.sep}`) && pageTypeOf(f, RESERVED_PAGE_SLUGS) === type,
      )
      const own = candidates.find(
        (f) => !readFileSync(path.join(dist, f), 'utf8').includes('name="robots" content="noindex"'),
      )
      const file = own ?? candidates[0]
      if (file) picked.push({ type, lang, file })
    }
  return picked
}

const given = values.dist ?? process.env.SITE_DIST
if (given && !existsSync(path.join(given, 'ja', 'index.html'))) {
  console.error(`bench:lighthouse: ${given} has no built site; build first or leave --dist out`)
  process.exit(1)
}
const work = mkdtempSync(path.join(tmpdir(), 'mirai-lighthouse-'))
const removeWork = () => {
  if (values.keep && !given) console.log(`bench:lighthouse: the build stays in ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
let dist: string
let port: number | undefined
if (given) dist = path.resolve(given)
else {
  port = await freePort()
  try {
    dist = await buildDemo(work, `http://127.0.0.1:${port}`)
  } catch (error) {
    removeWork()
    throw error
  }
  // nginx's workers read as its unprivileged user; the folders inside are world-readable already.
  chmodSync(work, 0o755)
}

const nginx = await startNginx(dist, { port })
const origin = `http://127.0.0.1:${nginx.port}`
const chrome = await chromeLauncher
  .launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  .catch(async (error: unknown) => {
    await nginx.stop()
    removeWork()
    throw error
  })
const pct = (score: number | null | undefined) => (score == null ? '  –' : String(Math.round(score * 100)).padStart(3))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
try {
  const pages = await pickPages(dist)
  const read = siteReader(dist)
  console.log(`bench:lighthouse: ${pages.length} pages on ${origin} (mobile, simulated throttling)`)
  console.log('  type           lang  perf  a11y  best   SEO    CLS     LCP      TBT   JS gzip  page')
  const worst: Record<string, number> = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }
  let worstCls = 0
  for (const { type, lang, file } of pages) {
    const pagePath = `/${path.dirname(file).split(path.sep).join('/')}/`
    const weight = await pageWeight(readFileSync(path.join(dist, file), 'utf8'), read)
    const result = await lighthouse(`${origin}${pagePath}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`)
    const { categories, audits, runtimeError } = result.lhr
    if (runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${runtimeError.code} ${runtimeError.message}`)
    for (const key of Object.keys(worst)) worst[key] = Math.min(worst[key]!, categories[key]?.score ?? 0)
    const cls = audits['cumulative-layout-shift']?.numericValue ?? 0
    worstCls = Math.max(worstCls, cls)
    const lcp = audits['largest-contentful-paint']?.numericValue ?? 0
    const tbt = audits['total-blocking-time']?.numericValue ?? 0
    console.log(
      `  ${type.padEnd(14)} ${lang.padEnd(4)} ${pct(categories.performance?.score)}   ${pct(categories.accessibility?.score)}   ${pct(categories['best-practices']?.score)}   ${pct(categories.seo?.score)}  ${cls.toFixed(3).padStart(6)}  ${`${(lcp / 1000).toFixed(2)} s`.padStart(7)}  ${`${Math.round(tbt)} ms`.padStart(6)}  ${kb(weight.js).padStart(8)}  ${pagePath}`,
    )
    // What kept a score below 100, so the figures say where to look.
    const failing = Object.values(categories)
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
      .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a!.id)
    if (failing.length > 0) console.log(`      below 90: ${[...new Set(failing)].join(', ')}`)
  }
  console.log(
    `  lowest scores: performance ${pct(worst.performance)}, accessibility ${pct(worst.accessibility)}, best practices ${pct(worst['best-practices'])}, SEO ${pct(worst.seo)}; largest CLS ${worstCls.toFixed(3)}`,
  )
} finally {
  chrome.kill()
  await nginx.stop()
  removeWork()
}
