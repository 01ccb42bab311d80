/**
 * The search page in the reader's language: Pagefind's Component UI with every string from the
 * site's own interface text (Pagefind has no Tagalog, and its own wording elsewhere), queries in
 * scripts Pagefind segments differently (Japanese, Chinese, Burmese, Tagalog) finding the seeded
 * pages of that language only, and furigana left out of the index.
 */
import { t } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch, openPage, type WatchedPage } from './browser'

let browser: Browser
const opened: WatchedPage[] = []

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function searchPage(lang: LocaleCode): Promise<Page> {
  const watched = await openPage(browser, `/${lang}/search/`)
  opened.push(watched)
  return watched.page
}

async function type(page: Page, query: string) {
  await page.locator('#search pagefind-input input').fill(query)
}

/** The result links once results are in. */
async function results(page: Page): Promise<string[]> {
  await page.locator('#search .pf-result-link').first().waitFor({ timeout: 15_000 })
  return page.locator('#search .pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
}

/** The summary line, once it says something about `query`. */
async function summary(page: Page, query: string): Promise<string> {
  const line = page.locator('#search pagefind-summary')
  await expect.poll(async () => (await line.textContent()) ?? '', { timeout: 15_000 }).toContain(query)
  await page.waitForTimeout(300) // "searching for …" gives way to the count
  return ((await line.textContent()) ?? '').trim()
}

describe('queries in each script find the seeded pages of that language', () => {
  it.each([
    ['ja', '在留カード', '/ja/articles/residence-card-basics/'],
    ['ja', 'ごみ', '/ja/articles/garbage-sorting-rules/'],
    ['zh', '垃圾分类', '/zh/articles/garbage-sorting-rules/'],
    ['my', 'အမှိုက်', '/my/articles/garbage-sorting-rules/'],
    ['tl', 'basura', '/tl/articles/garbage-sorting-rules/'],
  ] as const)('%s: %s', async (lang, query, expected) => {
    const page = await searchPage(lang)
    await type(page, query)
    const hrefs = await results(page)
    expect(hrefs).toContain(expected)
    // Each language searches its own pages: no fallback copies, no other language.
    for (const href of hrefs) expect(href.startsWith(`/${lang}/`), href).toBe(true)
  })

  it('does not index furigana: the tax article is found by its words, its readings are not in the index', async () => {
    const article = '/ja/articles/tax-and-pension-basics/'
    // 所得税 carries its reading しょとくぜい as <rt> on the page …
    const html = await (await fetch(new URL(article, baseURL()))).text()
    expect(html).toMatch(/<rt>しょとくぜい<\/rt>/)
    const page = await searchPage('ja')
    // … and the indexed text of the page has the word without it.
    // As a string: the test runner would rewrite a dynamic import in a function.
    const indexed: string | null = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      const found = await pagefind.search('所得税')
      for (const result of found.results) {
        const data = await result.data()
        if (data.url === ${JSON.stringify(article)}) return data.content
      }
      return null
    })()`)
    expect(indexed).toContain('所得税')
    expect(indexed).not.toContain('しょとくぜい')
  })
})

/** Pagefind's English strings, as the served Component UI carries them. */
async function pagefindEnglish(): Promise<Record<string, string>> {
  const bundle = await (await fetch(new URL('/pagefind/pagefind-component-ui.js', baseURL()))).text()
  const match = /\{placeholder:"Search",[^}]*\}/.exec(bundle)
  expect(match, 'the English strings of the Component UI').not.toBeNull()
  return Object.fromEntries([...match![0].matchAll(/(\w+):"([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
}

/** Words of Pagefind's English (around its placeholders) that would give it away. */
const englishFragments = (english: Record<string, string>) =>
  Object.values(english)
    .flatMap((text) => text.split(/\[[A-Z_]+\]/))
    .map((fragment) => fragment.replace(/[.:…]+$/g, '').trim())
    .filter((fragment) => fragment.length >= 4)

/** Whether `text` has `fragment` as words of its own (Tagalog "resulta" is not English "result"). */
const hasWords = (text: string, fragment: string) =>
  new RegExp(`(?<!\\p{L})${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu').test(text)

/** The interface text a reader sees or hears in the search area (results' own content aside). */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = []
    const roots = [
      document.getElementById('search')!,
      ...document.querySelectorAll<HTMLElement>('[data-pagefind-announcer]'),
    ]
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element && node.closest('.pf-result')) continue
        // What is not rendered (display: none, hidden) is neither seen nor read out.
        const element = node instanceof Element ? node : node.parentElement
        if (!element?.checkVisibility()) continue
        if (node.nodeType === Node.TEXT_NODE) {
          if (!element.closest('.pf-result, noscript')) out.push(node.textContent ?? '')
          continue
        }
        for (const name of ['placeholder', 'aria-label', 'title', 'alt'])
          if (element.hasAttribute(name)) out.push(element.getAttribute(name)!)
      }
    }
    return out.map((text) => text.trim()).filter(Boolean)
  })

describe('the interface is the site’s, in the page’s language', () => {
  it('passes every string Pagefind has, each from the site’s own text', async () => {
    const english = await pagefindEnglish()
    const page = await searchPage('tl')
    const strings = JSON.parse((await page.locator('#search-strings').textContent())!)
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort())
    for (const key of Object.keys(english)) expect(strings[key], key).not.toBe(english[key])
  })

  it.each(['tl', 'my'] as const)('%s: labels, counts, results list, no results and clear', async (lang) => {
    const english = englishFragments(await pagefindEnglish())
    const page = await searchPage(lang)
    const input = page.locator('#search pagefind-input input')
    expect(await input.getAttribute('placeholder')).toBe(t(lang, 'search.placeholder'))
    // The box's accessible name and hint, as a screen reader gets them.
    const label = await page.locator(`label[for="${await input.getAttribute('id')}"]`).textContent()
    expect(label?.trim()).toBe(t(lang, 'search.label'))
    const hint = await page.locator(`[id="${await input.getAttribute('aria-describedby')}"]`).textContent()
    expect(hint?.trim()).toBe(t(lang, 'search.inputHint'))

    // A word on many pages: the count line and "load more" in the reader's language.
    const common = lang === 'tl' ? 'sa' : 'နှင့်'
    await type(page, common)
    await results(page)
    const count = await summary(page, common)
    const shown = /\d+|[၀-၉]+/.exec(count)?.[0]
    expect(shown, count).toBeTruthy()
    expect([
      t(lang, 'search.manyResults', { count: shown!, term: common }),
      t(lang, 'search.oneResult', { count: shown!, term: common }),
    ]).toContain(count)
    // The list of results is named for screen readers (it loads more as the reader scrolls).
    expect(await page.locator('#search pagefind-results ul').first().getAttribute('aria-label')).toBe(
      t(lang, 'search.results'),
    )
    const clear = page.locator('#search .pf-input-clear')
    expect((await clear.textContent())?.trim()).toBe(t(lang, 'search.clear'))
    let seen = await interfaceText(page)

    // Nothing found.
    await type(page, 'zqxjvw')
    expect(await summary(page, 'zqxjvw')).toBe(t(lang, 'search.noResults', { term: 'zqxjvw' }))
    seen = [...seen, ...(await interfaceText(page))]

    await clear.click()
    await expect.poll(() => input.inputValue()).toBe('')
    seen = [...seen, ...(await interfaceText(page))]

    for (const text of seen)
      for (const fragment of english) expect(hasWords(text, fragment), `${text} ∋ ${fragment}`).toBe(false)
  })

  it('shows its own message, not Pagefind’s English, when the search cannot load', async () => {
    const context = await browser.newContext()
    await context.route('**/*', (route) =>
      route.request().url().includes('/pagefind/pagefind.js') ? route.abort() : route.continue(),
    )
    const page = await context.newPage()
    await page.goto(`${baseURL()}/tl/search/`, { waitUntil: 'networkidle' })
    await type(page, 'basura')
    const failed = page.locator('#search [data-search-failed]')
    await failed.waitFor({ state: 'visible', timeout: 15_000 })
    expect((await failed.textContent())?.trim()).toBe(t('tl', 'search.failed'))
    expect(await page.locator('#search .pf-error').first().isVisible()).toBe(false)
    expect(await page.locator('#search pagefind-summary').isVisible()).toBe(false)
    const english = englishFragments(await pagefindEnglish())
    for (const text of await interfaceText(page))
      for (const fragment of [...english, 'Error', 'Could not load'])
        expect(hasWords(text, fragment), `${text} ∋ ${fragment}`).toBe(false)
    await context.close()
  })
})

describe('every search page opened above', () => {
  it('made no request outside the local site and logged no errors', () => {
    expect(opened.length).toBeGreaterThan(5)
    for (const watched of opened) {
      expect(watched.foreignRequests, watched.page.url()).toEqual([])
      expect(watched.consoleErrors, watched.page.url()).toEqual([])
    }
  })
})
