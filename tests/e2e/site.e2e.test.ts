import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch, openPage, type WatchedPage } from './browser'
import { UNTRANSLATED_SLUG } from './globalSetup'

let browser: Browser
const opened: WatchedPage[] = []

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens a page and remembers it for the "nothing leaves localhost, no console errors" checks. */
async function visit(path: string) {
  const watched = await openPage(browser, path)
  opened.push(watched)
  return watched
}

describe('languages', () => {
  it('switching language keeps the reader on the same page', async () => {
    const { page } = await visit('/ja/articles/residence-card-basics/')
    expect(await page.getAttribute('html', 'lang')).toBe('ja')
    await page.locator('.lang-switch summary').click()
    await page.locator('.lang-switch a[hreflang="vi"]').click()
    await page.waitForURL('**/vi/articles/residence-card-basics/')
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    expect(await page.locator('h1').textContent()).toBe('Thẻ lưu trú: những quy định cần nhớ')
  })

  it('every page names its language versions with hreflang, plus x-default', async () => {
    const { page } = await visit('/my/articles/residence-card-basics/')
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
    expect(hreflangs).toEqual(['ja', 'en', 'zh-Hans', 'es', 'pt-BR', 'id', 'tl', 'my', 'vi', 'x-default'])
    expect(await page.getAttribute('html', 'lang')).toBe('my')
  })

  it('a missing translation is shown from the fallback language, with a notice and the right lang', async () => {
    const { page } = await visit(`/vi/articles/${UNTRANSLATED_SLUG}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.locator('.notice').textContent()).resolves.toContain('Tiếng Việt')
    expect(await page.locator('article').getAttribute('lang')).toBe('ja')
    expect(await page.locator('article h1').textContent()).toBe('まだ日本語だけの記事')
    // This copy is not indexed, so it names no language version (the Japanese page cannot name it
    // back: a one-way hreflang link); only the language chooser, as every page's x-default.
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))
    expect(hreflangs).toEqual([['x-default', `${baseURL()}/`]])
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex')
  })

  it('the language chooser lists every language by its own name, without redirecting', async () => {
    const { page } = await visit('/')
    expect(page.url()).toBe(`${baseURL()}/`)
    const names = await page
      .locator('.languages a')
      .evaluateAll((links) => links.map((a) => a.firstChild?.textContent?.trim()))
    expect(names.sort()).toEqual(
      [
        'Bahasa Indonesia',
        'English',
        'Español',
        'Português',
        'Tagalog',
        'Tiếng Việt',
        'မြန်မာဘာသာ',
        '日本語',
        '简体中文',
      ].sort(),
    )
  })

  it('the consultation service can be called from every page', async () => {
    for (const path of ['/tl/', '/my/events/', '/en/about/']) {
      const { page } = await visit(path)
      expect(await page.locator('.consult a[href^="tel:"]').count(), path).toBe(1)
    }
  })
})

describe('furigana', () => {
  it('shows real ruby, hides it on request and remembers the choice', async () => {
    const { page } = await visit('/ja/articles/residence-card-basics/')
    const rt = page.locator('article rt').first()
    await expect(rt.isVisible()).resolves.toBe(true)
    const toggle = page.locator('[data-furigana-toggle]')
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await toggle.click()
    await expect(rt.isVisible()).resolves.toBe(false)
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await page.reload({ waitUntil: 'networkidle' })
    await expect(page.locator('article rt').first().isVisible()).resolves.toBe(false)
    await page.locator('[data-furigana-toggle]').click()
    await expect(page.locator('article rt').first().isVisible()).resolves.toBe(true)
  })

  it('reads fine without JavaScript: furigana shown, no dead button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ja/articles/residence-card-basics/`)
    await expect(page.locator('article rt').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('[data-furigana-toggle]').isVisible()).resolves.toBe(false)
    await context.close()
  })
})

describe('videos', () => {
  it('load the YouTube player only after the reader taps play', async () => {
    const watched = await visit('/en/videos/how-to-use-jp-mirai-assist/')
    const { page } = watched
    expect(await page.locator('iframe').count()).toBe(0)
    expect(watched.foreignRequests).toEqual([])
    await page.locator('.video-play').click()
    const src = await page.locator('.video iframe').getAttribute('src')
    expect(src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1/)
    // The player request is the reader's choice; clear it so the page-wide check stays strict.
    watched.foreignRequests.length = 0
  })
})

describe('search', () => {
  async function search(path: string, query: string) {
    const { page } = await visit(path)
    await page.locator('#search input').fill(query)
    await page.locator('#search .pf-result-link').first().waitFor({ timeout: 15_000 })
    return page.locator('#search .pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  }

  it('finds a seeded article in Japanese', async () => {
    expect(await search('/ja/search/', '在留カード')).toContain('/ja/articles/residence-card-basics/')
  })

  it('finds a seeded article in Vietnamese', async () => {
    expect(await search('/vi/search/', 'thẻ lưu trú')).toContain('/vi/articles/residence-card-basics/')
  })
})

describe('events', () => {
  it('offers an .ics file that calendar software can read', async () => {
    const { page } = await visit('/en/events/business-and-human-rights-introductory-seminar-2027/')
    const href = await page.locator('a[href$=".ics"]').getAttribute('href')
    const response = await fetch(new URL(href!, baseURL()))
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe(await page.locator('h1').textContent())
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-17T05:00:00.000Z')
    expect(event.endDate.compare(event.startDate)).toBe(1)
  })

  it('lists upcoming and past events as of the build, in Japan time', async () => {
    const { page } = await visit('/en/events/')
    const upcoming = await page
      .locator('section[aria-labelledby="upcoming"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    const past = await page
      .locator('section[aria-labelledby="past"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(upcoming).toEqual(['/en/events/business-and-human-rights-introductory-seminar-2027/'])
    expect(past).toContain('/en/events/follow-up-seminar-system-reform-2023/')
    // Members-only events never reach the public site.
    expect([...upcoming, ...past].some((href) => href?.includes('members-forum'))).toBe(false)
  })
})

describe('every page opened above', () => {
  it('made no request outside the local site', () => {
    expect(opened.length).toBeGreaterThan(5)
    for (const watched of opened) expect(watched.foreignRequests, watched.page.url()).toEqual([])
  })

  it('logged no console errors', () => {
    for (const watched of opened) expect(watched.consoleErrors, watched.page.url()).toEqual([])
  })
})
