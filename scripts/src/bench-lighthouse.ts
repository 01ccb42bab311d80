/**
 * `pnpm bench:lighthouse [--dist DIR] [--langs ja,vi,my] [--types safety,search] [--runs N] [--keep]
 * [--audits]`: Lighthouse (mobile: its default form factor, simulated throttling) on one page of
 * every page type in a few languages, in Debian's Chromium, against the site served by Debian's
 * nginx with the release's own rules (scripts/test/nginx.ts) on localhost. Without --dist (or
 * SITE_DIST) it first builds the demo content on a throwaway database into a temporary folder
 * (--keep leaves that build in place and prints where). Prints performance, accessibility, best
 * practices and SEO scores, CLS, LCP, TBT and the page's JavaScript (gzip); asserts nothing.
 * --audits also lists, for a score below 100, the audits that lost points and the elements behind
 * any layout shift. --types measures only the page types named (good-practice for "good
 * practice"). --runs N measures each page N times and prints the median run by performance: the
 * simulated timings scale the CPU time the page took here, so a busy machine costs points. No
 * request leaves localhost: Chromium runs without background networking, and the site makes no
 * third-party request.
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
    audits: { type: 'boolean', default: false },
    types: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:lighthouse: --runs takes a whole number of runs per page, not "${values.runs}"`)
  process.exit(1)
}
const langs = values.langs.split(',').filter((l) => /^[a-z]{2}$/.test(l))
if (langs.length === 0) {
  console.error(`bench:lighthouse: --langs takes language codes such as ja,vi,my, not "${values.langs}"`)
  process.exit(1)
}
const types = values.types?.split(',').map((t) => t.trim().replace(/-/g, ' '))
const unknownType = types?.find((t) => !(PAGE_TYPES as readonly string[]).includes(t))
if (unknownType !== undefined) {
  console.error(`bench:lighthouse: --types takes page types (${PAGE_TYPES.join(', ')}), not "${unknownType}"`)
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
async function pickPages(dist: string): Promise<{ type: PageType; lang: string; file: string; fallback: boolean }[]> {
  const entries = (await readdir(dist, { recursive: true })).map(String).filter((f) => f.endsWith('index.html'))
  entries.sort()
  const picked: { type: PageType; lang: string; file: string; fallback: boolean }[] = []
  for (const type of PAGE_TYPES.filter((t) => !types || types.includes(t)))
    for (const lang of langs) {
      const candidates = entries.filter(
        (f) => f.startsWith(`${lang}${path.sep}`) && pageTypeOf(f, RESERVED_PAGE_SLUGS) === type,
      )
      const own = candidates.find(
        (f) => !readFileSync(path.join(dist, f), 'utf8').includes('name="robots" content="noindex"'),
      )
      const file = own ?? candidates[0]
      if (file) picked.push({ type, lang, file, fallback: !own })
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
type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/**
 * --audits: every weighted audit of a category below 100 that did not score full marks, with its
 * value, and for layout shifts the elements that moved and why (Lighthouse's own root causes).
 */
function printLostPoints(categories: Result['categories'], audits: Result['audits']) {
  for (const category of Object.values(categories)) {
    if (category.score === null || category.score >= 1) continue
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue
      const value = audit.displayValue ? ` (${audit.displayValue})` : ''
      console.log(`      ${category.id}: ${audit.id} ${pct(audit.score).trim()}/100, weight ${ref.weight}${value}`)
    }
  }
  const shifts = audits['layout-shifts']?.details
  if (shifts?.type === 'table' && shifts.items.length > 0)
    for (const item of shifts.items.slice(0, 5)) {
      const node = item.node as { selector?: string; snippet?: string } | undefined
      const causes = (item.subItems?.items ?? []).map(
        (sub) => `${String(sub.cause)}${sub.extra ? ` ${JSON.stringify(sub.extra)}` : ''}`,
      )
      console.log(
        `      shift ${Number(item.score).toFixed(3)}: ${node?.selector ?? node?.snippet ?? '?'}${causes.length ? ` — ${causes.join('; ')}` : ''}`,
      )
    }
}

const pct = (score: number | null | undefined) => (score == null ? '  –' : String(Math.round(score * 100)).padStart(3))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
try {
  const pages = await pickPages(dist)
  const read = siteReader(dist)
  console.log(`bench:lighthouse: ${pages.length} pages on ${origin} (mobile, simulated throttling)`)
  console.log('  type           lang  perf  a11y  best   SEO    CLS     LCP      TBT   JS gzip  page')
  const worst: Record<string, number> = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }
  let worstCls = 0
  for (const { type, lang, file, fallback } of pages) {
    const pagePath = `/${path.dirname(file).split(path.sep).join('/')}/`
    const weight = await pageWeight(readFileSync(path.join(dist, file), 'utf8'), read)
    const results: Result[] = []
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`)
      const { runtimeError } = result.lhr
      if (runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${runtimeError.code} ${runtimeError.message}`)
      results.push(result.lhr)
    }
    // The median run by performance: the simulated timings scale the CPU time this machine took,
    // so one run on a busy machine can lose points that a quiet one does not.
    results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))
    const { categories, audits } = results[Math.floor(results.length / 2)]!
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
    // No page of this type is written in the language: the one measured is a fallback, kept out of
    // search engines on purpose, which Lighthouse's SEO score counts against it (is-crawlable).
    if (fallback) console.log('      (a fallback page: noindex by design, so SEO cannot reach 100)')
    if (values.audits) printLostPoints(categories, audits)
  }
  console.log(
    `  lowest scores: performance ${pct(worst.performance)}, accessibility ${pct(worst.accessibility)}, best practices ${pct(worst['best-practices'])}, SEO ${pct(worst.seo)}; largest CLS ${worstCls.toFixed(3)}`,
  )
} finally {
  chrome.kill()
  await nginx.stop()
  removeWork()
}
