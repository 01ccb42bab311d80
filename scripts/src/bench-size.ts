/**
 * `pnpm bench:size`: what readers download, measured on site/dist (or SITE_DIST; build first).
 * Prints, per page type, the gzip sizes of the HTML, the CSS and the JavaScript a page loads
 * (scripts/src/pageWeight.ts: static imports followed, modules loaded on demand left out), against
 * the budgets: JS ≤ 5 KB on content pages and ≤ 15 KB on the safety check, CSS ≤ 12 KB for the
 * whole site, article HTML median ≤ 10 KB. A page type over its budget is marked and the command
 * exits with 1.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { RESERVED_PAGE_SLUGS } from '@mirai/content-schemas/paths'

import { gzipSize as gz, JS_BUDGETS, PAGE_TYPES, pageTypeOf, pageWeight, siteReader, type PageType } from './pageWeight'
import { distDir } from './paths'

const dist = distDir()
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const CSS_SITE_BUDGET = 12 * 1024
const ARTICLE_HTML_MEDIAN_BUDGET = 10 * 1024

async function files(dir: string, ext: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') out.push(...(await files(full, ext)))
    } else if (entry.name.endsWith(ext)) out.push(full)
  }
  return out
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const html = await files(dist, '.html')
if (html.length === 0) {
  console.error(`bench:size: no pages in ${dist}; run "pnpm build" first`)
  process.exit(1)
}
console.log(`bench:size on ${dist} (${html.length} pages), gzip, median / max over the pages of each type`)
const read = siteReader(dist)
const byType = new Map<PageType, { html: number[]; css: number[]; js: number[] }>()
for (const file of html) {
  const type = pageTypeOf(path.relative(dist, file), RESERVED_PAGE_SLUGS)
  if (!type) continue
  const weight = await pageWeight(await readFile(file, 'utf8'), read)
  const row = byType.get(type) ?? { html: [], css: [], js: [] }
  row.html.push(weight.html)
  row.css.push(weight.css)
  row.js.push(weight.js)
  byType.set(type, row)
}
const over: string[] = []
const range = (values: number[]) => `${kb(median(values))} / ${kb(Math.max(...values))}`
for (const type of PAGE_TYPES) {
  const row = byType.get(type)
  if (!row) {
    console.log(`  ${type.padEnd(14)} no pages`)
    continue
  }
  const budget = JS_BUDGETS[type]
  const jsMax = Math.max(...row.js)
  const flag =
    budget === undefined
      ? ''
      : jsMax > budget
        ? `  ✗ OVER the JS budget of ${kb(budget)}`
        : `  (JS budget ${kb(budget)})`
  if (budget !== undefined && jsMax > budget) over.push(`${type} JS ${kb(jsMax)} > ${kb(budget)}`)
  console.log(
    `  ${type.padEnd(14)} ${String(row.js.length).padStart(5)} pages  HTML ${range(row.html)}  CSS ${range(row.css)}  JS ${range(row.js)}${flag}`,
  )
}
const css = await files(dist, '.css')
let cssTotal = 0
for (const file of css) cssTotal += gz(await readFile(file))
if (cssTotal > CSS_SITE_BUDGET) over.push(`CSS whole site ${kb(cssTotal)} > ${kb(CSS_SITE_BUDGET)}`)
console.log(`  CSS, whole site (gzip): ${kb(cssTotal)} in ${css.length} file(s)  (budget ${kb(CSS_SITE_BUDGET)})`)
const articleHtml = byType.get('article')?.html ?? []
if (median(articleHtml) > ARTICLE_HTML_MEDIAN_BUDGET)
  over.push(`article HTML median ${kb(median(articleHtml))} > ${kb(ARTICLE_HTML_MEDIAN_BUDGET)}`)
console.log(
  `  article HTML (gzip): median ${kb(median(articleHtml))}, max ${kb(Math.max(0, ...articleHtml))}  (budget: median ${kb(ARTICLE_HTML_MEDIAN_BUDGET)})`,
)
const fonts = await files(dist, '.woff2')
for (const font of fonts)
  console.log(
    `  font ${path.basename(font)}: ${kb((await readFile(font)).length)} (loaded only by pages showing Burmese)`,
  )

// What the service worker saves on a reader's first visit to a language: the precached files
// (listed in /sw.js) plus that language's home and safety check.
const sw = await readFile(path.join(dist, 'sw.js'), 'utf8').catch(() => '')
const assets = JSON.parse(/const ASSETS = (\[.*\])/.exec(sw)?.[1] ?? '[]') as string[]
let assetsRaw = 0
let assetsGz = 0
for (const asset of assets) {
  const body = await readFile(path.join(dist, asset))
  assetsRaw += body.length
  assetsGz += gz(body)
}
const perLanguage: string[] = []
let largest = 0
for (const lang of ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi']) {
  let raw = assetsRaw
  for (const page of [`${lang}/index.html`, `${lang}/safety/index.html`])
    raw += (await readFile(path.join(dist, page))).length
  largest = Math.max(largest, raw)
  perLanguage.push(`${lang} ${kb(raw)}`)
}
console.log(
  `  offline precache per language (as stored): ${perLanguage.join(', ')}; largest ${kb(largest)}  (budget 300 KB); transferred: files ${kb(assetsGz)} gzip + two pages`,
)
if (over.length > 0) {
  console.error(`bench:size: over budget: ${over.join('; ')}`)
  process.exitCode = 1
}
