/**
 * Urgent alerts on the built site (fixtures: alertFixtures.ts, built at SITE_NOW): on one page of
 * every page type in Japanese, Burmese and Vietnamese, the alert that is on is at the top as a
 * region named by its heading, in the reader's language or marked as another; the one already over
 * is not in the page; the upcoming one is hidden — all without JavaScript. With JavaScript, the
 * device's clock takes the alert away when its end passes (the page staying open) and shows the
 * upcoming one when it starts. Offline, the service worker shows its latest copy of the alerts with
 * the time it was fetched.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { AxeBuilder } from '@axe-core/playwright'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale } from '@mirai/content-schemas/locales'
import { docPath } from '@mirai/content-schemas/paths'
import { serveStatic } from '@mirai/scripts/serve'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ALERTS } from './alertFixtures'
import { baseURL, launch } from './browser'
import { SITE_NOW } from './globalSetup'
import { pageOfEveryType } from './pageTypes'

const LANGS = ['ja', 'my', 'vi'] as const
type Lang = (typeof LANGS)[number]

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const TITLE: Record<Lang, { text: string; lang: string | null }> = {
  ja: { text: ALERTS.active.ja, lang: null },
  vi: { text: ALERTS.active.vi, lang: null },
  // No Burmese text: the English, marked as English, with a notice in Burmese.
  my: { text: ALERTS.active.en, lang: 'en' },
}

const shown = (page: Page) => page.locator('#site-alerts > section:not([hidden])')

describe.each(LANGS)('alerts in %s', (lang) => {
  const pages = pageOfEveryType(lang)

  it('finds the page types', () => {
    for (const type of [
      'articles/',
      'articles/*',
      'events/*',
      'videos/*',
      'countries/*',
      'good-practices/*',
      'safety/',
    ])
      expect(
        pages.some((p) => new RegExp(`^/${lang}/${type.replace('*', '[^/]+/')}$`).test(p)),
        type,
      ).toBe(true)
    expect(pages.length).toBeGreaterThan(12)
  })

  it('without JavaScript, every page type shows the alert on at its top, not the one over, and hides the one to come', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const problems: string[] = []
    try {
      for (const url of pages) {
        await page.goto(baseURL() + url)
        const regions = shown(page)
        if ((await regions.count()) !== 1) {
          problems.push(`${url}: ${await regions.count()} alerts shown`)
          continue
        }
        const region = regions.first()
        // A region named by its heading; the heading is the first thing in it.
        const headingId = await region.getAttribute('aria-labelledby')
        const heading = page.locator(`#${headingId}`)
        const title = heading.locator('span').nth(1)
        if ((await title.textContent()) !== TITLE[lang].text)
          problems.push(`${url}: title ${await title.textContent()}`)
        if ((await title.getAttribute('lang')) !== TITLE[lang].lang) problems.push(`${url}: title lang`)
        if ((await region.getAttribute('aria-live')) !== null || (await region.getAttribute('role')) !== null)
          problems.push(`${url}: a live region`)
        const link = await region.locator('a').getAttribute('href')
        if (link !== docPath(lang, 'articles', ALERTS.active.link)) problems.push(`${url}: link ${link}`)
        const html = await page.content()
        if (html.includes(ALERTS.expired.ja)) problems.push(`${url}: shows the alert that is over`)
        const upcoming = page.locator('#site-alerts > section', { hasText: ALERTS.upcoming.ja })
        if (!(await upcoming.count()) || (await upcoming.isVisible()))
          problems.push(`${url}: upcoming alert not hidden`)
        // Above the header and the content, right after the skip link.
        const before = await page.evaluate(() => {
          const alerts = document.getElementById('site-alerts')!
          const header = document.querySelector('header.site-header')!
          return Boolean(alerts.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING)
        })
        if (!before) problems.push(`${url}: alerts not above the header`)
      }
    } finally {
      await context.close()
    }
    expect(problems).toEqual([])
  })

  it('with the device’s clock, every page type drops the alert when it ends and shows the next one when it starts', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    const end = Date.parse(ALERTS.active.endsAt)
    const nextStart = Date.parse(ALERTS.upcoming.startsAt)
    try {
      await page.clock.install({ time: new Date(SITE_NOW) })
      for (const url of pages) {
        await page.clock.setSystemTime(new Date(SITE_NOW))
        await page.goto(baseURL() + url)
        const titles = async () => (await shown(page).locator('h2').allTextContents()).join(' | ')
        if (!(await titles()).includes(TITLE[lang].text)) problems.push(`${url}: not shown at first: ${await titles()}`)
        // The page stays open past the alert's end.
        await page.clock.fastForward(end - Date.parse(SITE_NOW) + 1000)
        if ((await shown(page).count()) !== 0) problems.push(`${url}: still shown after its end: ${await titles()}`)
        await page.clock.fastForward(nextStart - end)
        if (!(await titles()).includes(ALERTS.upcoming.ja)) problems.push(`${url}: the next one not shown at its start`)
      }
      // A page opened after the end (a stale copy) never shows it.
      await page.clock.setSystemTime(new Date(end + 60_000))
      await page.goto(baseURL() + pages[0])
      expect(await shown(page).count()).toBe(0)
    } finally {
      await context.close()
    }
    expect(problems).toEqual([])
  })

  it('is accessible: no serious issue in the alerts (contrast included), a notice where it is in another language', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await page.clock.install({ time: new Date(SITE_NOW) })
      await page.goto(`${baseURL()}/${lang}/`)
      const results = await new AxeBuilder({ page }).include('#site-alerts').analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
      const notice = await shown(page).locator('.alert-notice').allTextContents()
      expect(notice).toEqual(
        lang === 'my'
          ? [t('my', 'alert.notTranslated', { language: getLocale('my').nativeName, fallback: 'English' })]
          : [],
      )
      // The reader's language labels the alert: severity and kind.
      expect(await shown(page).locator('.alert-badge').textContent()).toBe(
        { ja: '緊急 · 台風', my: 'အရေးပေါ် · တိုင်ဖွန်းမုန်တိုင်း', vi: 'Khẩn cấp · Bão' }[lang],
      )
      // Keyboard: the skip link comes first, then the alert's link.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('#site-alerts') !== null)).toBe(true)
    } finally {
      await context.close()
    }
  })
})

describe('alerts on the pages outside the languages', () => {
  // The language chooser (every page's x-default, where flyers and shared links land) and the 404
  // for addresses outside any language are in English: the alert is there in English.
  it.each(['/', '/404.html'])(
    '%s shows the alert on at its top, drops it at its end, never the one over',
    async (url) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      try {
        const page = await context.newPage()
        await page.goto(baseURL() + url)
        expect(await shown(page).locator('h2').allTextContents()).toEqual([expect.stringContaining(ALERTS.active.en)])
        expect(await page.locator('#site-alerts').evaluate((el) => el === document.body.firstElementChild)).toBe(true)
        expect(await page.content()).not.toContain(ALERTS.expired.ja)
        expect(await page.locator('#site-alerts > section', { hasText: ALERTS.upcoming.ja }).isHidden()).toBe(true)
      } finally {
        await context.close()
      }
      const withClock = await browser.newContext()
      try {
        const page = await withClock.newPage()
        await page.clock.install({ time: new Date(SITE_NOW) })
        await page.goto(baseURL() + url)
        expect(await shown(page).count()).toBe(1)
        // Axe needs the page's JavaScript: checked here, at the build's time.
        const results = await new AxeBuilder({ page }).include('#site-alerts').analyze()
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
        await page.clock.fastForward(Date.parse(ALERTS.active.endsAt) - Date.parse(SITE_NOW) + 1000)
        expect(await shown(page).count()).toBe(0)
      } finally {
        await withClock.close()
      }
    },
  )
})

describe('alerts and the search index', () => {
  it('are left out of it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      // The search works: an article is found by its title (which is on its page, as the alert is).
      await page.goto(`${baseURL()}/vi/articles/${ALERTS.active.link}/`)
      const articleTitle = (await page.locator('main h1').textContent())!.trim()
      await page.goto(`${baseURL()}/vi/search/`)
      // Pages whose indexed text holds a title, among those its words find. Written as a string:
      // the test runner would rewrite an import() in a function.
      const pagesHolding = (title: string) =>
        page.evaluate(`(async (title) => {
          const pagefind = await import(location.origin + '/pagefind/pagefind.js')
          const { results } = await pagefind.search(title)
          const data = await Promise.all(results.slice(0, 50).map((r) => r.data()))
          return data.filter((d) => d.content.includes(title)).map((d) => d.url)
        })(${JSON.stringify(title)})`) as Promise<string[]>
      expect(await pagesHolding(articleTitle)).toContain(`/vi/articles/${ALERTS.active.link}/`)
      expect(await pagesHolding(ALERTS.active.vi)).toEqual([])
    } finally {
      await context.close()
    }
  })
})

describe('alerts offline', () => {
  let server: Server
  let origin: string
  beforeAll(async () => {
    server = await serveStatic(inject('distDir'), 0)
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    if (server.listening) await new Promise((resolve) => server.close(resolve))
  })

  it('shows the latest alerts the worker fetched on a saved page, with the time it fetched them', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const article = '/vi/articles/minimum-wage-in-japan/'
    try {
      await page.clock.install({ time: new Date(SITE_NOW) })
      await page.goto(origin + article, { waitUntil: 'networkidle' })
      await page.evaluate(() => navigator.serviceWorker.ready)
      await page.reload({ waitUntil: 'networkidle' })
      const savedAlerts = () =>
        page.evaluate(async () => {
          const saved = await (await caches.open('alerts')).match('/alerts.json')
          return saved ? ((await saved.json()) as { html: Record<string, string> }) : null
        })
      for (let i = 0; i < 50 && !(await savedAlerts()); i++) await new Promise((resolve) => setTimeout(resolve, 100))
      const latest = await savedAlerts()
      expect(latest?.html.vi).toContain(ALERTS.active.vi)
      // A newer copy than the page's (as after an update published since the page was saved).
      // Puts a copy with another title in the worker's place, as if fetched before a change.
      const keepOther = (title: string) =>
        page.evaluate(
          async ({ html, title, old }) => {
            const cache = await caches.open('alerts')
            const saved = (await cache.match('/alerts.json'))!
            const body = JSON.stringify({ html: { ...html, vi: html.vi!.replace(old, title) } })
            await cache.put('/alerts.json', new Response(body, { headers: saved.headers }))
          },
          { html: latest!.html, title, old: ALERTS.active.vi },
        )
      // Online, but the page itself does not load: its saved copy, with the alerts of now.
      await keepOther('Cảnh báo cũ')
      await context.route(origin + article, (route) => route.abort())
      await page.goto(origin + article)
      expect(await page.locator('.offline-note').count()).toBe(1)
      expect(await page.locator('#site-alerts .alert-offline').count()).toBe(0)
      expect(await shown(page).locator('h2').allTextContents()).toEqual([expect.stringContaining(ALERTS.active.vi)])
      // … fetched just now, in place of the older copy.
      expect((await savedAlerts())?.html.vi).not.toContain('Cảnh báo cũ')
      await context.unroute(origin + article)
      // Offline: the copy it keeps, newer than the page's, with when it was fetched.
      const newer = 'Cảnh báo đã cập nhật'
      await keepOther(newer)
      await context.setOffline(true)
      await new Promise((resolve) => server.close(resolve))
      server.closeAllConnections?.()
      await page.goto(origin + article)
      expect(await page.locator('.offline-note').count()).toBe(1)
      const note = await page.locator('#site-alerts .alert-offline').textContent()
      const [before, after] = t('vi', 'alert.offline', { date: '\u0000' }).split('\u0000')
      expect(note?.startsWith(before!) && note.endsWith(after!)).toBe(true)
      expect(await shown(page).locator('h2').allTextContents()).toEqual([expect.stringContaining(newer)])
    } finally {
      await context.close()
    }
  })
})
