/**
 * `pnpm bench:size`: what readers download, measured on site/dist (build first). Prints gzip sizes
 * against the budgets: JS ≤ 5 KB per content page, CSS ≤ 12 KB for the whole site, article HTML
 * median ≤ 10 KB.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { distDir } from './paths'

const dist = distDir()
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

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

/** JavaScript a page runs: inline scripts plus the external scripts it loads (gzip each). */
async function pageJs(html: string): Promise<number> {
  let total = 0
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(attrs ?? '')?.[1]
    if (src?.startsWith('/')) total += gz(await readFile(path.join(dist, src)))
    else if (body?.trim()) total += gz(body)
  }
  return total
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
const types: Record<string, RegExp> = {
  article: /\/[a-z]{2}\/articles\/(?!page\/|category\/)[^/]+\/index\.html$/,
  country: /\/[a-z]{2}\/countries\/[^/]+\/index\.html$/,
  event: /\/[a-z]{2}\/events\/[^/]+\/index\.html$/,
  organisation: /\/(en|ja)\/(about|code-of-conduct|structure|board|activities|annual-reports|contact)\/index\.html$/,
}
console.log(`bench:size on ${dist} (${html.length} pages)`)
const articleHtml: number[] = []
for (const [type, pattern] of Object.entries(types)) {
  const pages = html.filter((f) => pattern.test(f))
  const js: number[] = []
  for (const file of pages) {
    const text = await readFile(file, 'utf8')
    js.push(await pageJs(text))
    if (type === 'article') articleHtml.push(gz(text))
  }
  console.log(
    `  JS on ${type} pages (gzip): max ${kb(Math.max(0, ...js))}, median ${kb(median(js))} over ${pages.length} pages  (budget 5 KB)`,
  )
}
const css = await files(dist, '.css')
let cssTotal = 0
for (const file of css) cssTotal += gz(await readFile(file))
console.log(`  CSS, whole site (gzip): ${kb(cssTotal)} in ${css.length} file(s)  (budget 12 KB)`)
console.log(
  `  article HTML (gzip): median ${kb(median(articleHtml))}, max ${kb(Math.max(0, ...articleHtml))}  (budget: median 10 KB)`,
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
