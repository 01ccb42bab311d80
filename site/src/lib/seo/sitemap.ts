/**
 * The sitemap as files: one `urlset` while the site fits the protocol's limits (50,000 URLs and
 * 50 MB per file), else numbered parts and a sitemap index at the sitemap's own address, so
 * robots.txt and search consoles keep the one URL they know. Pure: entries in, files out.
 */
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '@mirai/content-schemas/paths'

import { absoluteUrl, sitemapPath } from '../paths'
import { xmlText } from '../xml'

export { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS }

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string
  /** When the page's content last changed (ISO 8601); left out when unknown. */
  lastmod?: string | null
  /** The page's language versions, itself included (hreflang → absolute URL). */
  alternates: readonly { hreflang: string; href: string }[]
}

export interface SitemapFile {
  /** Site path the file is served at. */
  path: string
  xml: string
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
const URLSET_CLOSE = '\n</urlset>\n'

/** A W3C datetime in UTC, or nothing for a value that is not a date (it would void the entry). */
function w3cDate(value: string | null | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

export function urlElement(entry: SitemapEntry): string {
  const lastmod = w3cDate(entry.lastmod)
  const alternates = entry.alternates
    .map((a) => `<xhtml:link rel="alternate" hreflang="${xmlText(a.hreflang)}" href="${xmlText(a.href)}"/>`)
    .join('')
  return `<url><loc>${xmlText(entry.loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`
}

const latest = (dates: (string | null)[]): string | null =>
  dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null)

/**
 * The files of the sitemap for `entries`. A part is closed when one more URL would pass either
 * limit; the index lists every part with the latest change inside it.
 */
export function sitemapFiles(
  site: string | URL | undefined,
  entries: readonly SitemapEntry[],
  limits: { maxUrls?: number; maxBytes?: number } = {},
): SitemapFile[] {
  const maxUrls = limits.maxUrls ?? SITEMAP_MAX_URLS
  const maxBytes = limits.maxBytes ?? SITEMAP_MAX_BYTES
  const frame = Buffer.byteLength(XML_HEADER + URLSET_OPEN + URLSET_CLOSE)
  const parts: { urls: string[]; lastmods: (string | null)[]; bytes: number }[] = []
  let current = { urls: [] as string[], lastmods: [] as (string | null)[], bytes: frame }
  for (const entry of entries) {
    const url = urlElement(entry)
    const size = Buffer.byteLength(url) + 1
    if (frame + size > maxBytes) throw new Error(`A sitemap entry alone is over ${maxBytes} bytes: ${entry.loc}`)
    if (current.urls.length >= maxUrls || current.bytes + size > maxBytes) {
      parts.push(current)
      current = { urls: [], lastmods: [], bytes: frame }
    }
    current.urls.push(url)
    current.lastmods.push(w3cDate(entry.lastmod))
    current.bytes += size
  }
  parts.push(current)
  const urlset = (urls: string[]) => `${XML_HEADER}${URLSET_OPEN}${urls.join('\n')}${URLSET_CLOSE}`
  if (parts.length === 1) return [{ path: sitemapPath(), xml: urlset(parts[0]!.urls) }]
  const files = parts.map((part, i) => ({ path: sitemapPath(i + 1), xml: urlset(part.urls) }))
  const index = parts
    .map((part, i) => {
      const lastmod = latest(part.lastmods)
      const loc = absoluteUrl(site, sitemapPath(i + 1))
      return `<sitemap><loc>${xmlText(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`
    })
    .join('\n')
  return [
    {
      path: sitemapPath(),
      xml: `${XML_HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`,
    },
    ...files,
  ]
}
