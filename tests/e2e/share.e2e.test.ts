/**
 * Pages people share and search engines read: Open Graph and Twitter card tags, structured data
 * (JSON-LD parsed and checked for the fields each type needs), the default share image of each
 * language, robots.txt and the sitemap, and an hreflang audit of the whole built site — every
 * language version a page names names it back, and no fallback or noindex page is named at all.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { t } from '@mirai/content-schemas/i18n'
import { LOCALES } from '@mirai/content-schemas/locales'

import { baseURL, launch, openPage } from './browser'
import { UNTRANSLATED_SLUG } from './globalSetup'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

type Json = Record<string, unknown>

async function headOf(urlPath: string) {
  const { page, context, foreignRequests, consoleErrors } = await openPage(browser, urlPath)
  const meta = await page.evaluate(() => {
    const out: Record<string, string[]> = {}
    for (const m of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name')!
      ;(out[key] ??= []).push(m.getAttribute('content') ?? '')
    }
    return out
  })
  const jsonLd = (await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')))) as Json[]
  const canonical = await page.getAttribute('link[rel="canonical"]', 'href')
  await context.close()
  expect(foreignRequests).toEqual([])
  expect(consoleErrors).toEqual([])
  return { meta, jsonLd, canonical, one: (key: string) => meta[key]?.[0] }
}

const ofType = (items: Json[], type: string) => items.filter((i) => i['@type'] === type)

/** An address the test can fetch: the page's absolute URLs point at the served build. */
async function fetchOk(url: string): Promise<Response> {
  expect(url.startsWith(`${baseURL()}/`), `${url} is on the site`).toBe(true)
  const res = await fetch(url)
  expect(res.status, url).toBe(200)
  return res
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function expectBreadcrumbs(list: Json, canonical: string | null) {
  const items = list.itemListElement as Json[]
  expect(items.length).toBeGreaterThanOrEqual(2)
  items.forEach((item, i) => {
    expect(item['@type']).toBe('ListItem')
    expect(item.position).toBe(i + 1)
    expect(typeof item.name === 'string' && item.name.trim()).toBeTruthy()
    expect(String(item.item)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  })
  expect(items.at(-1)!.item).toBe(canonical)
}

describe('share previews', () => {
  it('an article names its title, description, image, language and language versions', async () => {
    const head = await headOf('/vi/articles/residence-card-basics/')
    expect(head.one('og:type')).toBe('article')
    expect(head.one('og:title')).toBe('Thẻ lưu trú: những quy định cần nhớ')
    expect(head.one('twitter:title')).toBe(head.one('og:title'))
    expect(head.one('og:description')!.length).toBeGreaterThan(20)
    expect(head.one('description')).toBe(head.one('og:description'))
    expect(head.one('og:url')).toBe(head.canonical)
    expect(head.one('og:site_name')).toBe(t('vi', 'site.name'))
    expect(head.one('og:locale')).toBe('vi_VN')
    expect([...head.meta['og:locale:alternate']!].sort()).toEqual(
      LOCALES.filter((l) => l.code !== 'vi')
        .map((l) => l.ogLocale)
        .sort(),
    )
    expect(head.one('twitter:card')).toBe('summary_large_image')
    const image = head.one('og:image')!
    expect(head.one('twitter:image')).toBe(image)
    const res = await fetchOk(image)
    expect(res.headers.get('content-type')).toBe(head.one('og:image:type'))
    expect(Number(head.one('og:image:width'))).toBeGreaterThan(0)
    expect(Number(head.one('og:image:height'))).toBeGreaterThan(0)
    expect(head.one('og:image:alt')!.trim()).not.toBe('')
    expect(Date.parse(head.one('article:published_time')!)).not.toBeNaN()
    expect(Date.parse(head.one('article:modified_time')!)).not.toBeNaN()
  })

  it('a page without an image of its own shows its language’s generated image, 1200×630', async () => {
    const sizes = new Map<string, Buffer>()
    for (const lang of ['my', 'ja', 'en']) {
      const head = await headOf(`/${lang}/safety/`)
      expect(head.one('og:image')).toBe(`${baseURL()}/${lang}/share-image.png`)
      expect(head.one('og:image:type')).toBe('image/png')
      expect([head.one('og:image:width'), head.one('og:image:height')]).toEqual(['1200', '630'])
      expect(head.one('og:image:alt')).toContain(t(lang as 'my', 'site.name'))
      const bytes = Buffer.from(await (await fetchOk(head.one('og:image')!)).arrayBuffer())
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })
      // The text is drawn, in the language's own words: each language's image is its own.
      expect(bytes.length).toBeGreaterThan(15_000)
      sizes.set(lang, bytes)
    }
    expect(sizes.get('my')!.equals(sizes.get('ja')!)).toBe(false)
    expect(sizes.get('en')!.equals(sizes.get('ja')!)).toBe(false)
  })

  it('every kind of page has a description of its own, in its language', async () => {
    const seen = new Map<string, string>()
    for (const urlPath of [
      '/my/',
      '/my/articles/',
      '/my/articles/category/work-and-wages/',
      '/my/videos/',
      '/my/countries/',
      '/my/events/',
      '/my/good-practices/',
      '/my/newsletters/',
      '/my/safety/',
      '/my/search/',
      '/my/404/',
      '/',
    ]) {
      const head = await headOf(urlPath)
      const description = head.one('description')
      expect(description?.trim(), urlPath).toBeTruthy()
      expect(head.one('og:description')).toBe(description)
      expect(seen.has(description!), `${urlPath} repeats ${seen.get(description!)}`).toBe(false)
      seen.set(description!, urlPath)
    }
    // The safety check had none before; its own, in Burmese.
    expect(seen.get(t('my', 'meta.safety'))).toBe('/my/safety/')
  })
})

describe('structured data', () => {
  it('an article: Article with headline, dates, image, author and publisher, and its breadcrumbs', async () => {
    const head = await headOf('/en/articles/residence-card-basics/')
    const [article] = ofType(head.jsonLd, 'Article')
    expect(article).toBeDefined()
    expect(article!['@context']).toBe('https://schema.org')
    expect(article!.headline).toBe(head.one('og:title'))
    expect(String(article!.headline).length).toBeLessThanOrEqual(110)
    expect(article!.inLanguage).toBe('en')
    expect(Date.parse(String(article!.datePublished))).not.toBeNaN()
    expect(Date.parse(String(article!.dateModified))).toBeGreaterThanOrEqual(Date.parse(String(article!.datePublished)))
    expect((article!.author as Json).name).toBeTruthy()
    expect((article!.publisher as Json)['@type']).toBe('Organization')
    expect(article!.mainEntityOfPage).toBe(head.canonical)
    const images = article!.image as string[]
    expect(images.length).toBeGreaterThan(0)
    for (const src of images) await fetchOk(src)
    const [crumbs] = ofType(head.jsonLd, 'BreadcrumbList')
    expectBreadcrumbs(crumbs!, head.canonical)
    for (const item of crumbs!.itemListElement as Json[]) await fetchOk(String(item.item))
  })

  it('an event: Event in Japan time with its place or online location', async () => {
    const head = await headOf('/ja/events/business-and-human-rights-introductory-seminar-2027/')
    const [event] = ofType(head.jsonLd, 'Event')
    expect(event).toBeDefined()
    expect(event!.name).toBeTruthy()
    expect(String(event!.startDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/)
    expect(String(event!.endDate)).toMatch(/\+09:00$/)
    expect(Date.parse(String(event!.endDate))).toBeGreaterThan(Date.parse(String(event!.startDate)))
    const mode = String(event!.eventAttendanceMode).replace('https://schema.org/', '')
    const locations = [event!.location].flat() as Json[]
    const types = locations.map((l) => l['@type']).sort()
    expect(
      {
        OfflineEventAttendanceMode: ['Place'],
        OnlineEventAttendanceMode: ['VirtualLocation'],
        MixedEventAttendanceMode: ['Place', 'VirtualLocation'],
      }[mode],
    ).toEqual(types)
    for (const l of locations) {
      if (l['@type'] === 'Place') expect((l.address as Json).addressCountry).toBe('JP')
      else expect(String(l.url)).toMatch(/^https?:\/\//)
    }
    expectBreadcrumbs(ofType(head.jsonLd, 'BreadcrumbList')[0]!, head.canonical)
  })

  it('the home pages and the language chooser: JP-MIRAI as an Organization', async () => {
    for (const urlPath of ['/', '/ja/', '/my/']) {
      const head = await headOf(urlPath)
      const [org] = ofType(head.jsonLd, 'Organization')
      expect(org?.name, urlPath).toBeTruthy()
      expect(String(org!.url)).toMatch(/^https?:\/\//)
    }
  })

  it('lists and the safety check carry their breadcrumbs', async () => {
    for (const urlPath of ['/vi/articles/', '/vi/safety/', '/vi/newsletters/monthly-30/', '/en/about/']) {
      const head = await headOf(urlPath)
      expectBreadcrumbs(ofType(head.jsonLd, 'BreadcrumbList')[0]!, head.canonical)
    }
  })
})

describe('robots.txt and the sitemap', () => {
  it('robots.txt names the sitemap by its absolute URL', async () => {
    const text = await (await fetchOk(`${baseURL()}/robots.txt`)).text()
    expect(text).toContain('User-agent: *')
    expect(text).toContain(`Sitemap: ${baseURL()}/sitemap.xml`)
  })

  it('dates every URL from its document and leaves fallback pages out', async () => {
    const xml = await (await fetchOk(`${baseURL()}/sitemap.xml`)).text()
    expect(xml).toContain('<urlset')
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body!)?.[1],
    }))
    const locs = urls.map((u) => u.loc)
    expect(locs).toContain(`${baseURL()}/ja/newsletters/monthly-30/`)
    expect(locs).not.toContain(`${baseURL()}/zh/newsletters/monthly-30/`)
    expect(locs).not.toContain(`${baseURL()}/vi/articles/${UNTRANSLATED_SLUG}/`)
    expect(locs).toContain(`${baseURL()}/ja/articles/${UNTRANSLATED_SLUG}/`)
    const article = urls.find((u) => u.loc === `${baseURL()}/ja/articles/${UNTRANSLATED_SLUG}/`)!
    // Created by the test setup minutes ago: its lastmod is its updatedAt, not some fixed date.
    expect(Date.now() - Date.parse(article.lastmod!)).toBeLessThan(3 * 60 * 60 * 1000)
    for (const u of urls.filter((u) => /\/(articles|events|videos|countries|good-practices)\/[^/]+\/$/.test(u.loc)))
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
  })

  it('gives each page the date the page itself says it last changed', async () => {
    const xml = await (await fetchOk(`${baseURL()}/sitemap.xml`)).text()
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)]
      .map(([, body]) => ({
        loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
        lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body!)?.[1] ?? null,
      }))
      .filter((u) => /^[^/]+\/\/[^/]+\/(vi|my)\//.test(u.loc))
    // The home, every section, the safety check, help and each document: the page's own line.
    expect(urls.length).toBeGreaterThan(40)
    const problems: string[] = []
    for (const { loc, lastmod } of urls) {
      const html = await (await fetchOk(loc)).text()
      const shown = /<p class="meta updated"[^>]*>\s*<time datetime="([^"]+)"/.exec(html)?.[1] ?? null
      if (shown === null || lastmod === null || Date.parse(shown) !== Date.parse(lastmod))
        problems.push(`${loc}: sitemap ${lastmod}, page ${shown}`)
    }
    expect(problems).toEqual([])
  })
})

interface BuiltPage {
  url: string
  noindex: boolean
  alternates: { hreflang: string; href: string }[]
}

async function builtPages(dist: string): Promise<Map<string, BuiltPage>> {
  const pages = new Map<string, BuiltPage>()
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['pagefind', 'media', '_astro', '.host'].includes(entry.name)) await walk(full)
      } else if (entry.name === 'index.html') {
        const html = await readFile(full, 'utf8')
        const rel = path.relative(dist, path.dirname(full)).split(path.sep).join('/')
        const url = `${baseURL()}/${rel ? `${rel}/` : ''}`
        const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => {
          const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&')
          return { rel: attr('rel'), hreflang: attr('hreflang'), href: attr('href') }
        })
        pages.set(url, {
          url,
          noindex: /<meta name="robots" content="[^"]*noindex/.test(html),
          alternates: links
            .filter((l) => l.rel === 'alternate' && l.hreflang && l.href)
            .map((l) => ({ hreflang: l.hreflang!, href: l.href! })),
        })
      }
    }
  }
  await walk(dist)
  return pages
}

describe('hreflang audit of the built site', () => {
  let pages: Map<string, BuiltPage>
  beforeAll(async () => {
    pages = await builtPages(inject('distDir'))
  })

  it('every language version a page names exists, is indexed and names the page back', () => {
    const problems: string[] = []
    let pairs = 0
    for (const page of pages.values()) {
      if (page.noindex) continue
      for (const alt of page.alternates.filter((a) => a.hreflang !== 'x-default')) {
        const target = pages.get(alt.href)
        if (!target) problems.push(`${page.url} → ${alt.href}: no such page`)
        else if (target.noindex) problems.push(`${page.url} → ${alt.href}: a noindex page`)
        else if (!target.alternates.some((back) => back.href === page.url))
          problems.push(`${page.url} → ${alt.href}: not named back`)
        else pairs++
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
    expect(pairs).toBeGreaterThan(1000)
  })

  it('a fallback or noindex page names no language version, and none names it', () => {
    const noindex = [...pages.values()].filter((p) => p.noindex)
    // The untranslated article in eight languages, the newsletter in five, every 404 page.
    expect(noindex.length).toBeGreaterThanOrEqual(8 + 5 + 9)
    for (const page of noindex)
      expect(
        page.alternates.filter((a) => a.hreflang !== 'x-default'),
        page.url,
      ).toEqual([])
    const named = new Set([...pages.values()].flatMap((p) => p.alternates.map((a) => a.href)))
    expect(noindex.filter((p) => named.has(p.url)).map((p) => p.url)).toEqual([])
  })

  it('the newsletter in the languages it is written in names exactly those; its fallbacks none', () => {
    const issue = (lang: string) => pages.get(`${baseURL()}/${lang}/newsletters/monthly-30/`)!
    expect(issue('vi').alternates.map((a) => a.hreflang)).toEqual(['ja', 'en', 'id', 'vi', 'x-default'])
    for (const lang of ['zh', 'es', 'pt', 'tl', 'my']) {
      expect(issue(lang).noindex, lang).toBe(true)
      expect(issue(lang).alternates.map((a) => a.hreflang)).toEqual(['x-default'])
    }
  })

  it('the language chooser is every page’s x-default', () => {
    // Every indexed page names it; a page kept out of the index (a moved page's refresh) may name nothing.
    const offenders = [...pages.values()].filter((p) => {
      const xDefault = p.alternates.filter((a) => a.hreflang === 'x-default').map((a) => a.href)
      return p.noindex ? xDefault.some((href) => href !== `${baseURL()}/`) : xDefault.join() !== `${baseURL()}/`
    })
    expect(offenders.map((p) => p.url).slice(0, 10)).toEqual([])
    const chooser = pages.get(`${baseURL()}/`)!
    expect(chooser.alternates.map((a) => a.href)).toEqual([
      ...LOCALES.map((l) => `${baseURL()}/${l.code}/`),
      `${baseURL()}/`,
    ])
  })
})
