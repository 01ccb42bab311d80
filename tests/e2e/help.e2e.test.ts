/**
 * The help page as built from the seeded CMS: emergency numbers and JP-MIRAI Assist with
 * tap-to-call, and the consultation services finder — without JavaScript the plain lists per
 * prefecture (nationwide services once at the top), with it two labelled selects that filter by
 * prefecture and language from the keyboard and say politely how many services are left. The
 * safety check page carries the same finder below the check.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch, openPage } from './browser'
import { REGIONAL_SERVICES } from './serviceFixtures'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const ASSIST = 'JP-MIRAI Assist'
const HOTLINE = 'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare)'
// The two prefectural desks globalSetup adds (serviceFixtures.ts): the demo content has only
// nationwide services.
const AICHI = REGIONAL_SERVICES.aichi.name.en
const OSAKA = REGIONAL_SERVICES.osaka.name.en

/** The finder's groups as shown: heading, then the names of the services still visible. */
const shownGroups = (page: Page): Promise<[string, string[]][]> =>
  page
    .locator('#finder .finder-group:visible')
    .evaluateAll((groups) =>
      groups.map((g): [string, string[]] => [
        g.querySelector('h3')!.textContent ?? '',
        [...g.querySelectorAll<HTMLElement>(':scope > ul > li')]
          .filter((li) => !li.hidden)
          .map((li) => li.querySelector('h4')!.textContent ?? ''),
      ]),
    )

describe('the help page without JavaScript', () => {
  it('lists emergency numbers, Assist and every service per prefecture, each with tap-to-call', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/en/help/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Get help')
    for (const tel of ['tel:110', 'tel:119', 'tel:%237119', 'tel:171'])
      expect(await page.locator(`.emergency a[href="${tel}"]`).count(), tel).toBe(1)
    expect(await page.locator('.help-line a.call').getAttribute('href')).toBe('tel:08001235717')
    // The filters need JavaScript, so they are not shown without it.
    const filters = page.locator('#finder .finder-filters')
    expect(await filters.count()).toBe(1)
    expect(await filters.isVisible()).toBe(false)
    expect(await shownGroups(page)).toEqual([
      ['All of Japan', [ASSIST, HOTLINE]],
      ['Aichi', [AICHI]],
      ['Osaka', [OSAKA]],
    ])
    const aichi = page.locator('#finder [data-finder-group="aichi"] li[data-service]')
    expect(await aichi.locator('a.call').getAttribute('href')).toBe('tel:0520000001')
    expect(await aichi.locator('.finder-closed').textContent()).toBe(
      'Closed on public holidays · Closed from December 29 to January 3',
    )
    expect(await aichi.locator('.finder-area').textContent()).toBe('Area: Aichi')
    // Languages well beyond the site's nine, named in the reader's language.
    const assistLanguages = await page.locator('#finder [data-finder-group="nationwide"] .finder-languages').first()
    expect(await assistLanguages.textContent()).toMatch(/Nepali.*Khmer|Khmer.*Nepali/)
    expect(await assistLanguages.textContent()).toContain('Sinhala')
    // Reachable from every page's menu and footer.
    expect(await page.locator('nav.site-nav a[href="/en/help/"]').count()).toBe(1)
    expect(await page.locator('footer a[href="/en/help/"]').count()).toBe(1)
    await context.close()
  })

  it('is in every language: Japanese prefectures and Burmese text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ja/help/`)
    expect((await shownGroups(page)).map(([title]) => title)).toEqual(['全国', '愛知県', '大阪府'])
    expect(await page.locator('#finder [data-finder-group="osaka"] .finder-closed').textContent()).toBe(
      '祝日は休み · 12月29日から1月3日まで休み',
    )
    await page.goto(`${baseURL()}/my/help/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('my')
    expect(await page.locator('#finder-title').textContent()).toBe('တိုင်ပင်ဆွေးနွေးရေး ဌာန ရှာရန်')
    await context.close()
  })
})

describe('the finder with JavaScript', () => {
  it('filters by prefecture and language, announcing how many services are left, with no outside request', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '/en/help/')
    const finder = page.locator('#finder')
    const status = finder.getByRole('status')
    expect(await status.textContent()).toBe('Services found: 4')
    const prefecture = finder.getByLabel('Prefecture')
    const language = finder.getByLabel('Language', { exact: true })
    expect(await prefecture.isVisible()).toBe(true)

    await prefecture.selectOption('osaka')
    expect(await shownGroups(page)).toEqual([
      ['All of Japan', [ASSIST, HOTLINE]],
      ['Osaka', [OSAKA]],
    ])
    expect(await status.textContent()).toBe('Services found: 3')

    // Khmer: the nationwide services speak it, Osaka's desk does not, so its prefecture goes.
    await language.selectOption('km')
    expect(await shownGroups(page)).toEqual([['All of Japan', [ASSIST, HOTLINE]]])
    expect(await status.textContent()).toBe('Services found: 2')

    await prefecture.selectOption('aichi')
    await language.selectOption('pt')
    expect(await shownGroups(page)).toEqual([
      ['All of Japan', [ASSIST, HOTLINE]],
      ['Aichi', [AICHI]],
    ])
    // Sinhala: only Assist.
    await language.selectOption('si')
    expect(await shownGroups(page)).toEqual([['All of Japan', [ASSIST]]])
    expect(await status.textContent()).toBe('Services found: 1')
    expect(await page.locator('.finder-none').isVisible()).toBe(false)

    // Back to everything.
    await prefecture.selectOption('')
    await language.selectOption('')
    expect(await status.textContent()).toBe('Services found: 4')
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  it('can be used with the keyboard alone', async () => {
    const { page, context } = await openPage(browser, '/en/help/')
    await page.locator('#finder-prefecture').focus()
    // Typing a name picks it in a closed select, as a keyboard user does.
    await page.keyboard.type('Osaka')
    expect(await page.locator('#finder-prefecture').inputValue()).toBe('osaka')
    expect(await page.locator('#finder').getByRole('status').textContent()).toBe('Services found: 3')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-language')
    await page.keyboard.press('End') // the last language: only Assist speaks it
    expect(await page.locator('#finder').getByRole('status').textContent()).toBe('Services found: 1')
    await context.close()
  })

  it('is on the safety check page too, below the check, with the regional services the check leaves out', async () => {
    const { page, context } = await openPage(browser, '/vi/safety/')
    expect((await shownGroups(page)).map(([, names]) => names.length)).toEqual([2, 1, 1])
    expect(await page.locator('#finder').getByRole('status').textContent()).toBe('Số dịch vụ phù hợp: 4')
    await page.locator('#finder').getByLabel('Tỉnh').selectOption('aichi')
    expect(await page.locator('#finder').getByRole('status').textContent()).toBe('Số dịch vụ phù hợp: 3')
    await context.close()
  })

  it('has no serious or critical axe violations in ja, my and vi, filtered or not', async () => {
    const found: string[] = []
    for (const lang of ['ja', 'my', 'vi']) {
      const { page, context } = await openPage(browser, `/${lang}/help/`)
      for (const filtered of [false, true]) {
        if (filtered) await page.locator('#finder-prefecture').selectOption('aichi')
        const results = await new AxeBuilder({ page }).analyze()
        for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
          found.push(
            `${lang}${filtered ? ' filtered' : ''}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
          )
      }
      await context.close()
    }
    expect(found).toEqual([])
  })
})
