/**
 * The safety self-check page as built from the seeded CMS. (The interactive check on top of it is
 * still to come; this is the page every reader gets, with or without JavaScript.)
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launch } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the safety self-check page', () => {
  it('lists every question with the articles that explain it, without JavaScript, in Japanese with furigana', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ja/safety/`)
    const questions = page.locator('.safety-questions > li')
    expect(await questions.count()).toBe(11)
    const documents = page.locator('#q-documents-kept-by-others')
    expect(await documents.locator('ruby rt').first().textContent()).toBe('ざいりゅう')
    expect(await documents.locator('a').first().getAttribute('href')).toBe('/ja/articles/things-your-employer-must-not-do/')
    expect(await documents.getAttribute('data-severity')).toBe('serious')
    // Where to get help: JP-MIRAI Assist first, with tap-to-call.
    expect(await page.locator('.services > li h3').first().textContent()).toBe('JP-MIRAIアシスト')
    expect(await page.locator('.services a[href="tel:08001235717"]').count()).toBe(1)
    await context.close()
  })

  it('is in Burmese too, with the question text in Burmese', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/my/safety/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('my')
    expect(await page.locator('#q-no-days-off').textContent()).toContain('အားလပ်ရက် မရှိပါ။')
    await context.close()
  })
})
