/**
 * What one built page makes a reader download, in gzip bytes: its HTML, the CSS it links or
 * inlines, and the JavaScript it runs at load — inline scripts, external scripts, island components
 * and renderers, and every module those import statically (a module loaded later with `import()`,
 * such as a form opened on demand, is not counted). Each file once per page, as a browser fetches
 * it. Used by `pnpm bench:size`, `pnpm bench:lighthouse` and the browser tests' budget check.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const gzipSize = (body: string | Buffer) => gzipSync(body, { level: 9 }).length

export interface PageWeight {
  html: number
  css: number
  js: number
  /** The site paths of the external JavaScript files counted in `js`. */
  scripts: string[]
}

/** Script types that are JavaScript (JSON data blocks are not). */
const isJsType = (attrs: string) => {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase()
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript'
}

const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined)

/** The site-absolute paths a page references as JavaScript it runs at load. */
export function pageScriptPaths(html: string): { inline: string[]; external: string[] } {
  const inline: string[] = []
  const external = new Set<string>()
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!isJsType(attrs)) continue
    const src = attr(attrs, 'src')
    if (src !== undefined) external.add(src)
    else if (body.trim()) inline.push(body)
  }
  for (const [, attrs = ''] of html.matchAll(/<astro-island\b([^>]*)>/gi))
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(attrs, name)
      if (url) external.add(url)
    }
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi))
    if (/\brel=["']?modulepreload/i.test(attrs)) {
      const href = attr(attrs, 'href')
      if (href) external.add(href)
    }
  return { inline, external: [...external].filter((p) => p.startsWith('/') && !p.startsWith('//')) }
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), not `import("x")`. */
export function staticImports(source: string): string[] {
  const out: string[] = []
  for (const [, spec] of source.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g,
  ))
    if (spec) out.push(spec)
  return out
}

/** Reads site files by their path, once each (pages share most of their files). */
export function siteReader(dist: string) {
  const cache = new Map<string, Promise<Buffer | null>>()
  return (sitePath: string): Promise<Buffer | null> => {
    const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!)
    const full = path.join(dist, path.normalize(clean))
    if (!full.startsWith(path.resolve(dist) + path.sep)) return Promise.resolve(null)
    let body = cache.get(full)
    if (!body) {
      body = readFile(full).catch(() => null)
      cache.set(full, body)
    }
    return body
  }
}

export async function pageWeight(html: string, read: ReturnType<typeof siteReader>): Promise<PageWeight> {
  const { inline, external } = pageScriptPaths(html)
  let js = inline.reduce((sum, body) => sum + gzipSize(body), 0)
  const seen = new Set<string>()
  const queue = [...external]
  while (queue.length > 0) {
    const sitePath = queue.shift()!
    if (seen.has(sitePath)) continue
    seen.add(sitePath)
    const body = await read(sitePath)
    if (!body) throw new Error(`the page loads ${sitePath}, which is not in the build`)
    js += gzipSize(body)
    for (const spec of staticImports(body.toString('utf8')))
      if (spec.startsWith('.') || spec.startsWith('/'))
        queue.push(path.posix.resolve(path.posix.dirname(sitePath), spec))
  }
  let css = 0
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const href = attr(attrs, 'href')
    if (!/\brel=["']?stylesheet/i.test(attrs) || !href?.startsWith('/')) continue
    const body = await read(href)
    if (!body) throw new Error(`the page links ${href}, which is not in the build`)
    css += gzipSize(body)
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gzipSize(body)
  return { html: gzipSize(html), css, js, scripts: [...seen] }
}

/** The page types the benchmarks report, in the order they print. */
export const PAGE_TYPES = [
  'home',
  'article',
  'list',
  'video',
  'country',
  'event',
  'good practice',
  'newsletter',
  'organisation',
  'safety',
  'search',
  'help',
] as const
export type PageType = (typeof PAGE_TYPES)[number]

const LIST_SECTIONS = 'articles|videos|countries|events|good-practices|newsletters'
const DOCUMENT_SECTIONS: Record<string, PageType> = {
  articles: 'article',
  videos: 'video',
  countries: 'country',
  events: 'event',
  'good-practices': 'good practice',
  newsletters: 'newsletter',
}

/**
 * The type of the page at `file` (an index.html, relative to the site folder, with / or the
 * platform's separator), or null for other pages (the language chooser, 404s). `reserved` are the
 * site's own slugs under /{lang}/ (RESERVED_PAGE_SLUGS): any other single segment is an
 * organisation page.
 */
export function pageTypeOf(file: string, reserved: readonly string[]): PageType | null {
  const rel = file.split(path.sep).join('/')
  const m = /^([a-z]{2})\/(.*)index\.html$/.exec(rel)
  if (!m) return null
  const rest = m[2]!.replace(/\/$/, '')
  if (rest === '') return 'home'
  if (rest === 'safety' || rest === 'search' || rest === 'help') return rest
  if (new RegExp(`^(${LIST_SECTIONS})(/page/\\d+|/category/.+)?$`).test(rest)) return 'list'
  const [section, slug, ...more] = rest.split('/')
  if (more.length === 0 && slug && section && section in DOCUMENT_SECTIONS && slug !== 'page' && slug !== 'category')
    return DOCUMENT_SECTIONS[section]!
  if (!slug && section && !reserved.includes(section)) return 'organisation'
  return null
}

/**
 * JavaScript budgets per page type (gzip bytes, what a page loads): content pages carry little
 * more than the service worker's registration; the safety check runs its island. The types
 * without one are reported only.
 */
export const JS_BUDGETS: Partial<Record<PageType, number>> = {
  article: 5 * 1024,
  list: 5 * 1024,
  video: 5 * 1024,
  country: 5 * 1024,
  event: 5 * 1024,
  'good practice': 5 * 1024,
  newsletter: 5 * 1024,
  organisation: 5 * 1024,
  safety: 15 * 1024,
}
