/**
 * The home page for readers who would rather look than read: the safety check, JP-MIRAI Assist
 * and the emergency numbers first, then the article categories as picture tiles — big enough to
 * tap, reachable with the keyboard, fitting a 320 px wide phone, nothing fetched from elsewhere.
 */
import { t } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { categoryPath, sectionPath } from '@mirai/content-schemas/paths'
import { ARTICLE_CATEGORIES, termLabel } from '@mirai/content-schemas/taxonomies'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch, openPage, type WatchedPage } from './browser'

const LANGS: LocaleCode[] = ['ja', 'my', 'vi']
/** JP-MIRAI Assist's free line as seeded (cms/src/seed/data/site.ts, from the annual report). */
const ASSIST_TEL = 'tel:08001235717'
const EMERGENCY_TELS = ['tel:110', 'tel:119', 'tel:%237119', 'tel:171']

let browser: Browser
const opened: WatchedPage[] = []

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  for (const { context } of opened) await context.close().catch(() => undefined)
  await browser?.close()
})

async function visit(path: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, path, { viewport })
  opened.push(watched)
  return watched
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y

describe.each(LANGS)('the home page in %s', (lang) => {
  it('puts the safety check, Assist and the emergency numbers above the categories', async () => {
    const { page } = await visit(`/${lang}/`)
    const safety = page.locator('a[data-home="safety"]')
    expect(await safety.getAttribute('href')).toBe(sectionPath(lang, 'safety'))
    expect(await safety.textContent()).toContain(t(lang, 'safety.title'))

    expect(await page.locator('a[data-home="assist"]').getAttribute('href')).toBe(ASSIST_TEL)
    const assist = page.locator('.help-assist')
    expect(await assist.textContent()).toContain('JP-MIRAI')
    // The number never breaks across lines: non-breaking hyphens.
    expect(await assist.textContent()).toContain('0800\u2011123\u20115717')
    expect(await assist.textContent()).toContain(t(lang, 'home.assistText'))
    // Screen readers hear whom the call goes to, not only "call 0800…".
    expect(await assist.getByRole('link', { name: 'JP-MIRAI' }).getAttribute('href')).toBe(ASSIST_TEL)
    // Tuesday to Saturday in one line, not five.
    expect(await page.locator('.help-hours').textContent()).toMatch(/10:00–18:00/)
    expect((await page.locator('.help-hours').textContent())!.match(/10:00–18:00/g)).toHaveLength(1)

    const categories = await top(page, '.tiles')
    for (const selector of ['a[data-home="safety"]', 'a[data-home="assist"]', '.emergency'])
      expect(await top(page, selector), selector).toBeLessThan(categories)
  })

  it('calls the emergency numbers it shows, each named in the reader language', async () => {
    const { page } = await visit(`/${lang}/`)
    const calls = page.locator('.emergency a.emergency-call')
    expect(await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(EMERGENCY_TELS)
    // Each link is named by its number and service, whatever else the card says.
    const region = page.locator('.emergency')
    for (const [number, key, tel] of [
      ['110', 'emergency.police', 'tel:110'],
      ['119', 'emergency.fire', 'tel:119'],
      ['#7119', 'emergency.medical', 'tel:%237119'],
      ['171', 'emergency.disaster', 'tel:171'],
    ] as const) {
      const name = `${number} ${t(lang, key)}`
      expect(await region.getByRole('link', { name, exact: true }).getAttribute('href'), name).toBe(tel)
    }
    const texts = await page.locator('.emergency .emergency-item').allTextContents()
    expect(texts[0]).toContain('110')
    expect(texts[0]).toContain(t(lang, 'emergency.police'))
    expect(texts[1]).toContain('119')
    expect(texts[1]).toContain(t(lang, 'emergency.fire'))
    expect(texts[2]).toContain('#7119')
    expect(texts[2]).toContain(t(lang, 'emergency.medical'))
    // #7119 is not nationwide, and the page says so; the others carry no such note.
    expect(texts[2]).toContain(t(lang, 'emergency.someAreas'))
    for (const i of [0, 1, 3]) expect(texts[i]).not.toContain(t(lang, 'emergency.someAreas'))
    expect(texts[3]).toContain('171')
    expect(texts[3]).toContain(t(lang, 'emergency.disaster'))
    // The heading is in the reader's language and names the region screen readers list.
    expect(await page.getByRole('region', { name: t(lang, 'emergency.title') }).count()).toBe(1)
  })

  it('has a tile for every category, named by its label, leading to that category page', async () => {
    const { page } = await visit(`/${lang}/`)
    const tiles = page.locator('.tiles a')
    expect(await tiles.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      ARTICLE_CATEGORIES.map((c) => categoryPath(lang, c.value)),
    )
    for (const { value } of ARTICLE_CATEGORIES) {
      const label = termLabel(ARTICLE_CATEGORIES, value, lang)
      // The picture is decorative: the link's accessible name is the label alone.
      expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(
        categoryPath(lang, value),
      )
    }
    const first = ARTICLE_CATEGORIES[0].value
    await tiles.first().click()
    await page.waitForURL(`**${categoryPath(lang, first)}`)
    expect(await page.locator('h1').textContent()).toBe(termLabel(ARTICLE_CATEGORIES, first, lang))
  })

  it('is used with the keyboard alone: every entry in order, with a visible focus, Enter opens it', async () => {
    const { page } = await visit(`/${lang}/`)
    const wanted = [
      sectionPath(lang, 'safety'),
      ASSIST_TEL,
      ...EMERGENCY_TELS,
      ...ARTICLE_CATEGORIES.map((c) => categoryPath(lang, c.value)),
    ]
    const reached: string[] = []
    for (let i = 0; i < 80 && reached.length < wanted.length; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || !el.closest('main')) return null
        // The ring is the link's own or, where the link covers its whole card, that of its ::after.
        const ring = [getComputedStyle(el), getComputedStyle(el, '::after')].find((s) => s.outlineStyle !== 'none')
        return {
          href: el.getAttribute('href'),
          outline: ring?.outlineStyle ?? 'none',
          width: ring ? parseFloat(ring.outlineWidth) : 0,
        }
      })
      if (!focused?.href || !wanted.includes(focused.href)) continue
      expect(focused.outline, focused.href).not.toBe('none')
      expect(focused.width, focused.href).toBeGreaterThanOrEqual(2)
      reached.push(focused.href)
    }
    expect(reached).toEqual(wanted)

    // Back to the first entry, and Enter follows it.
    await page.locator('a[data-home="safety"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${sectionPath(lang, 'safety')}`)
  })

  it('fits a 320 px wide screen, with targets of at least 48 px and pictures of a fixed size', async () => {
    const { page, foreignRequests, consoleErrors } = await visit(`/${lang}/`, { width: 320, height: 640 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const targets = page.locator('a[data-home], .emergency a.emergency-call, .tiles a')
    expect(await targets.count()).toBe(2 + EMERGENCY_TELS.length + ARTICLE_CATEGORIES.length)
    // What a finger hits: the link's box, or the card a call link covers; a tap near any of its
    // corners or in its middle lands on that link.
    const areas = await targets.evaluateAll((links) =>
      links.map((a) => {
        const card = a.closest('.emergency-item, .help-assist') ?? a
        card.scrollIntoView({ block: 'center' })
        const area = card.getBoundingClientRect()
        const points = [
          [area.left + 4, area.top + 4],
          [area.right - 4, area.top + 4],
          [area.left + area.width / 2, area.top + area.height / 2],
          [area.left + 4, area.bottom - 4],
          [area.right - 4, area.bottom - 4],
        ] as const
        const hits = points.filter(([x, y]) => {
          const target = document.elementFromPoint(x, y)
          return target !== null && (target === a || a.contains(target))
        })
        return {
          href: a.getAttribute('href'),
          left: area.left,
          right: area.right,
          width: area.width,
          height: area.height,
          hits: hits.length,
        }
      }),
    )
    for (const box of areas) {
      expect(box.width, box.href!).toBeGreaterThanOrEqual(48)
      expect(box.height, box.href!).toBeGreaterThanOrEqual(48)
      expect(box.left, box.href!).toBeGreaterThanOrEqual(0)
      expect(box.right, box.href!).toBeLessThanOrEqual(320)
      expect(box.hits, `taps on ${box.href} that reach the link`).toBe(5)
    }
    // Two tiles side by side even on the narrowest phone: a picture grid, not a long list.
    const [a, b] = await page
      .locator('.tiles a')
      .evaluateAll((links) => links.slice(0, 2).map((l) => l.getBoundingClientRect().top))
    expect(a).toBe(b)
    // Icons are decorative and drawn at the size their markup reserves, so nothing moves when they paint.
    const icons = await page.locator('main svg.icon').evaluateAll((svgs) =>
      svgs.map((s) => ({
        hidden: s.getAttribute('aria-hidden'),
        declared: Number(s.getAttribute('width')),
        drawn: s.getBoundingClientRect().width,
      })),
    )
    expect(icons.length).toBe(2 + EMERGENCY_TELS.length + ARTICLE_CATEGORIES.length)
    for (const icon of icons) expect(icon).toEqual({ hidden: 'true', declared: icon.declared, drawn: icon.declared })
    expect(foreignRequests).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})

describe('the home page without JavaScript', () => {
  it('still shows every entry: nothing there depends on a script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/vi/`)
    expect(await page.locator('a[data-home], .emergency a.emergency-call, .tiles a').count()).toBe(
      2 + EMERGENCY_TELS.length + ARTICLE_CATEGORIES.length,
    )
    await context.close()
  })
})
