/**
 * Honest freshness on the built site: globalSetup changes a seeded article's Japanese after its
 * translations were written, so its translated pages say so in the reader's language and link the
 * original; every page says when what it shows last changed.
 */
import { formatDate } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch, openPage, type WatchedPage } from './browser'
import { OUTDATED_SLUG } from './globalSetup'
import { pageOfEveryType } from './pageTypes'

let browser: Browser
const opened: WatchedPage[] = []

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function visit(path: string) {
  const watched = await openPage(browser, path)
  opened.push(watched)
  return watched.page
}

describe('outdated translation notice', () => {
  it.each(['tl', 'my', 'vi'] as const)('%s: says the Japanese original changed, when, and links it', async (lang) => {
    const page = await visit(`/${lang}/articles/${OUTDATED_SLUG}/`)
    const notice = page.locator('[data-freshness="outdated"]')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.getAttribute('role')).toBe('note')
    expect((await notice.locator('strong').textContent())?.trim()).toBe(t(lang, 'freshness.title'))

    // The change was made just before the build, and is written as a day in the reader's language.
    const time = notice.locator('time')
    const iso = (await time.getAttribute('datetime'))!
    expect(Math.abs(Date.now() - Date.parse(iso))).toBeLessThan(6 * 3600_000)
    expect(await time.textContent()).toBe(formatDate(iso, lang))
    // The original's language is named in itself, marked as such for screen readers.
    expect(await notice.locator('span[lang="ja"]').textContent()).toBe('日本語')
    const sentence = (await notice.locator('p').nth(1).textContent())?.trim()
    expect(sentence).toBe(t(lang, 'freshness.text', { language: '日本語', date: formatDate(iso, lang) }))

    // Before the text it is about, outside what search indexes.
    expect(await page.locator('[data-freshness] + article[data-pagefind-body]').count()).toBe(1)
    const link = notice.locator('a')
    expect((await link.textContent())?.trim()).toBe(t(lang, 'freshness.original'))
    expect(await link.getAttribute('hreflang')).toBe('ja')
    await link.click()
    await page.waitForURL(`**/ja/articles/${OUTDATED_SLUG}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('ja')
    // The original itself has no such notice.
    expect(await page.locator('[data-freshness]').count()).toBe(0)
  })

  it('is not on translations written after the original’s last change', async () => {
    const page = await visit('/tl/articles/residence-card-basics/')
    expect(await page.locator('h1').textContent()).toBeTruthy()
    expect(await page.locator('[data-freshness]').count()).toBe(0)
  })
})

describe('last updated', () => {
  it.each([
    ['tl', `/tl/articles/${OUTDATED_SLUG}/`],
    ['my', '/my/articles/residence-card-basics/'],
    ['ja', '/ja/articles/residence-card-basics/'],
    ['en', '/en/videos/'],
  ] as const)('%s: every document page says when it changed (%s)', async (lang, path) => {
    let page = await visit(path)
    if (path.endsWith('/videos/')) {
      // A video page, reached from its list.
      const href = await page.locator('main a[href^="/en/videos/"]').first().getAttribute('href')
      page = await visit(href!)
    }
    const time = page.locator('p.updated time')
    const iso = (await time.getAttribute('datetime'))!
    expect(Number.isNaN(Date.parse(iso))).toBe(false)
    expect((await time.textContent())?.trim()).toBe(t(lang, 'freshness.lastUpdated', { date: formatDate(iso, lang) }))
  })
})

describe('last updated, on every page', () => {
  // Lists, the home, the safety check, help and search too: not only documents. The 404 has nothing to date.
  it.each(['vi', 'my', 'ja'] as const)('%s: every page type says when what it shows last changed', async (lang) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const problems: string[] = []
    try {
      for (const url of pageOfEveryType(lang).filter((u) => !u.endsWith('/404/'))) {
        await page.goto(baseURL() + url)
        const times = page.locator('main p.updated time')
        if ((await times.count()) !== 1) {
          problems.push(`${url}: ${await times.count()} dates`)
          continue
        }
        const iso = (await times.getAttribute('datetime'))!
        const time = Date.parse(iso)
        if (Number.isNaN(time) || time > Date.now()) problems.push(`${url}: datetime ${iso}`)
        else if (
          (await times.textContent())?.trim() !== t(lang, 'freshness.lastUpdated', { date: formatDate(iso, lang) })
        )
          problems.push(`${url}: text ${await times.textContent()}`)
      }
    } finally {
      await context.close()
    }
    expect(problems).toEqual([])
  })

  it('a list is as new as the newest of its entries', async () => {
    const page = await visit('/vi/countries/')
    const listed = await page.locator('main .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(listed.length).toBeGreaterThan(1)
    const listDate = await page.locator('main p.updated time').getAttribute('datetime')
    const entryDates: string[] = []
    for (const href of listed) {
      const entry = await visit(href)
      entryDates.push((await entry.locator('main p.updated time').getAttribute('datetime'))!)
    }
    expect(listDate).toBe(entryDates.sort((a, b) => Date.parse(b) - Date.parse(a))[0])
  })
})

describe('every page opened above', () => {
  it('made no request outside the local site and logged no errors', () => {
    for (const watched of opened) {
      expect(watched.foreignRequests, watched.page.url()).toEqual([])
      expect(watched.consoleErrors, watched.page.url()).toEqual([])
    }
  })
})
