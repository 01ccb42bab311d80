/**
 * The ready gate on the built site: a translator's saved Vietnamese that is not marked ready is
 * not on the page (readers keep the text they had); the one marked ready is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'

import { baseURL, launch } from './browser'
import { READY_GATE } from './readyFixtures'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the ready gate on the built site', () => {
  it('keeps an unready Vietnamese edit off the page and puts a ready one on it', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseURL()}/vi/articles/${READY_GATE.held.slug}/`)
    expect((await page.locator('h1').textContent())?.trim()).toBe(READY_GATE.held.live)
    expect(await page.content()).not.toContain(READY_GATE.held.saved)
    await page.goto(`${baseURL()}/vi/articles/${READY_GATE.ready.slug}/`)
    expect((await page.locator('h1').textContent())?.trim()).toBe(READY_GATE.ready.saved)
    expect(await page.content()).not.toContain(READY_GATE.ready.live)
    // Nor does the section's list.
    const res = await page.request.get(`${baseURL()}/vi/articles/`)
    expect(await res.text()).not.toContain(READY_GATE.held.saved)
    await page.close()
  })
})
