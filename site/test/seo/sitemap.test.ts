import { describe, expect, it } from 'vitest'

import { sitemapFiles, SITEMAP_MAX_URLS, type SitemapEntry } from '../../src/lib/seo/sitemap'

const SITE = 'https://portal.example.org'
const entry = (i: number, lastmod: string | null = '2026-01-01T00:00:00Z'): SitemapEntry => ({
  loc: `${SITE}/vi/articles/a-${i}/`,
  lastmod,
  alternates: [
    { hreflang: 'ja', href: `${SITE}/ja/articles/a-${i}/` },
    { hreflang: 'vi', href: `${SITE}/vi/articles/a-${i}/` },
  ],
})
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1

describe('sitemapFiles', () => {
  it('writes one urlset with lastmod and hreflang alternates while the site fits one file', () => {
    const files = sitemapFiles(SITE, [entry(1, '2026-03-04T05:06:07+09:00'), entry(2, null)])
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml'])
    const xml = files[0]!.xml
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /)
    expect(xml).toContain(
      `<url><loc>${SITE}/vi/articles/a-1/</loc><lastmod>2026-03-03T20:06:07.000Z</lastmod><xhtml:link rel="alternate" hreflang="ja" href="${SITE}/ja/articles/a-1/"/>`,
    )
    // No date known, none given (rather than a made-up one).
    expect(xml).toMatch(/<loc>[^<]+a-2\/<\/loc><xhtml:link/)
  })

  it('keeps exactly 50,000 URLs in one file', () => {
    const files = sitemapFiles(
      SITE,
      Array.from({ length: SITEMAP_MAX_URLS }, (_, i) => entry(i)),
    )
    expect(files).toHaveLength(1)
    expect(count(files[0]!.xml, 'url')).toBe(SITEMAP_MAX_URLS)
  })

  it('turns into a sitemap index of parts of at most 50,000 URLs past that, at the same address', () => {
    const entries = Array.from({ length: 120_001 }, (_, i) =>
      entry(i, i === 60_000 ? '2026-09-09T00:00:00Z' : '2026-01-01T00:00:00Z'),
    )
    const files = sitemapFiles(SITE, entries)
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'])
    const [index, ...parts] = files
    expect(index!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index!.xml).toContain(
      `<sitemap><loc>${SITE}/sitemap-2.xml</loc><lastmod>2026-09-09T00:00:00.000Z</lastmod></sitemap>`,
    )
    expect(parts.map((p) => count(p.xml, 'url'))).toEqual([50_000, 50_000, 20_001])
    // Every URL once, in order.
    const locs = parts.flatMap((p) => [...p.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]))
    expect(locs).toEqual(entries.map((e) => e.loc))
  })

  it('also splits by size, and refuses an entry larger than a whole file', () => {
    const files = sitemapFiles(SITE, [entry(1), entry(2), entry(3)], { maxBytes: 700 })
    expect(files.length).toBeGreaterThan(2)
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(700)
    expect(() => sitemapFiles(SITE, [entry(1)], { maxBytes: 200 })).toThrow('alone is over 200 bytes')
  })

  it('escapes what XML cannot hold and drops a date that is not one', () => {
    const xml = sitemapFiles(SITE, [
      {
        loc: `${SITE}/en/?a=1&b=<2>`,
        lastmod: 'not a date',
        alternates: [{ hreflang: 'en"x', href: `${SITE}/\u0000` }],
      },
    ])[0]!.xml
    expect(xml).toContain(`<loc>${SITE}/en/?a=1&amp;b=&lt;2&gt;</loc><xhtml:link`)
    expect(xml).toContain('hreflang="en&quot;x"')
    expect(xml).not.toContain('\u0000')
    expect(xml).not.toContain('<lastmod>')
  })
})
