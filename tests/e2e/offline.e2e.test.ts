/**
 * Offline reading through the service worker, against a server of its own that the test really
 * shuts down: after one visit, the language's home, the safety check and the visited article open
 * with a note saying when they were saved; a page never visited says it was not saved; online,
 * pages always come from the network.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { serveStatic } from '@mirai/scripts/serve'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch } from './browser'

let browser: Browser
let server: Server
let origin: string
let context: BrowserContext
let page: Page

const savedUrls = () => page.evaluate(async () => (await (await caches.open('pages')).keys()).map((r) => new URL(r.url).pathname))

beforeAll(async () => {
  browser = await launch()
  server = await serveStatic(inject('distDir'), 0)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  context = await browser.newContext()
  page = await context.newPage()
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
  if (server.listening) await new Promise((resolve) => server.close(resolve))
})

describe('offline reading', () => {
  it('online, serves pages from the network and saves the language home and safety check on the first visit', async () => {
    await page.goto(`${origin}/vi/articles/minimum-wage-in-japan/`, { waitUntil: 'networkidle' })
    await page.evaluate(() => navigator.serviceWorker.ready)
    // The first load is not controlled yet; from the next one on, the worker answers.
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
    for (let i = 0; i < 50; i++) {
      const saved = await savedUrls()
      if (saved.includes('/vi/') && saved.includes('/vi/safety/') && saved.includes('/vi/articles/minimum-wage-in-japan/')) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await savedUrls()).sort()).toEqual(['/vi/', '/vi/articles/minimum-wage-in-japan/', '/vi/safety/'])
    // Online, no offline note: the page came from the network.
    expect(await page.locator('.offline-note').count()).toBe(0)
  })

  it('with the network gone, opens the home, the safety check and the visited article, saying when they were saved', async () => {
    // Cut the network in the browser, and take the server away too.
    await context.setOffline(true)
    await new Promise((resolve) => server.close(resolve))
    server.closeAllConnections?.()
    for (const path of ['/vi/', '/vi/safety/', '/vi/articles/minimum-wage-in-japan/']) {
      await page.goto(`${origin}${path}`)
      const note = await page.locator('.offline-note').textContent()
      expect(note, path).toMatch(/^Bạn đang ngoại tuyến\. Trang này được lưu ngày .+\.$/)
      expect(await page.locator('html').getAttribute('lang'), path).toBe('vi')
    }
    // The safety check still works offline: its script and style were saved too.
    await page.goto(`${origin}/vi/safety/`)
    await page.getByRole('button', { name: 'Có', exact: true }).click()
    expect(await page.locator('.safety-check .meta').textContent()).toContain('Câu 2')
  })

  it('says so when a page was never visited', async () => {
    await page.goto(`${origin}/vi/articles/garbage-sorting-rules/`)
    expect(await page.locator('.offline-note').textContent()).toBe('Bạn đang ngoại tuyến và trang này chưa được lưu. Hãy mở lại khi có kết nối.')
    expect(await page.locator('a[href="/vi/safety/"]').count()).toBe(1)
  })
})
