/**
 * What a search engine finds at /sitemap.xml of a built site: one urlset, or an index and its
 * parts, each part's URL count and size against the protocol's limits (50,000 URLs, 50 MB), for
 * the benchmarks to print.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '@mirai/content-schemas/paths'

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1

export function sitemapFigures(dist: string): string[] {
  const read = (name: string) => readFileSync(path.join(dist, name), 'utf8')
  const root = read('sitemap.xml')
  if (!root.includes('<sitemapindex')) return [`one urlset, ${count(root, 'url')} URLs, ${mb(Buffer.byteLength(root))}`]
  const parts = [...root.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!)
  const lines = [`an index of ${parts.length} parts`]
  let total = 0
  for (const part of parts) {
    if (!existsSync(path.join(dist, part))) {
      lines.push(`${part} is listed but missing`)
      continue
    }
    const urls = count(read(part), 'url')
    const bytes = statSync(path.join(dist, part)).size
    total += urls
    const within = urls <= SITEMAP_MAX_URLS && bytes <= SITEMAP_MAX_BYTES ? 'within the limits' : 'OVER THE LIMITS'
    lines.push(`${part}: ${urls} URLs, ${mb(bytes)} (${within})`)
  }
  lines.push(`${total} URLs in all`)
  return lines
}
