/**
 * Links that never break, in the browser: an article published and then renamed in the CMS before
 * the build (globalSetup) is reached from its old address in every language — through nginx with
 * the rules the build wrote, through a host without rules by the refresh page left at the old
 * address, and offline through the service worker, which opens the saved new page.
 */
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { LOCALE_CODES, getLocale } from '@mirai/content-schemas/locales'
import { serveStatic } from '@mirai/scripts/serve'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { baseURL, launch, openPage } from './browser'
import { MOVED } from './globalSetup'

const oldPath = (lang: string) => `/${lang}/articles/${MOVED.from}/`
const newPath = (lang: string) => `/${lang}/articles/${MOVED.to}/`

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('a renamed article', () => {
  it('is reached from its old address in every language, through nginx', async () => {
    for (const lang of LOCALE_CODES) {
      const { page, context, consoleErrors, foreignRequests } = await openPage(browser, oldPath(lang))
      try {
        expect(new URL(page.url()).pathname, lang).toBe(newPath(lang))
        expect(await page.getAttribute('html', 'lang'), lang).toBe(getLocale(lang).bcp47)
        expect(await page.locator('h1').first().textContent(), lang).toContain(MOVED.title)
        expect(consoleErrors, lang).toEqual([])
        expect(foreignRequests, lang).toEqual([])
      } finally {
        await context.close()
      }
    }
  })

  it('nginx answers the old address with a permanent redirect that keeps the query string', async () => {
    const res = await fetch(`${baseURL()}${oldPath('vi')}?from=newsletter`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(new URL(res.headers.get('location')!, baseURL()).pathname).toBe(newPath('vi'))
    expect(res.headers.get('location')).toContain('?from=newsletter')
  })

  it('the new address alone is in the sitemap', async () => {
    const sitemap = await (await fetch(`${baseURL()}/sitemap.xml`)).text()
    expect(sitemap).not.toContain(MOVED.from)
  })
})

describe('on a host without redirect rules', () => {
  it('the page left at the old address sends the browser on, in its language, and says where', async () => {
    const dist = inject('distDir')
    for (const lang of ['ja', 'my', 'vi']) {
      const html = readFileSync(path.join(dist, oldPath(lang), 'index.html'), 'utf8')
      expect(html).toContain(`<html lang="${getLocale(lang).bcp47}"`)
      expect(html).toContain('<meta name="robots" content="noindex">')
      expect(html).toContain(
        `<link rel="canonical" href="${new URL(newPath(lang), process.env.SITE_URL ?? baseURL()).href}">`,
      )
      const { page, context } = await openPage(browser, '/')
      try {
        // The host has no rule for the old address: it answers with the file the build left there.
        await context.route(`${baseURL()}${oldPath(lang)}`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
        )
        await page.goto(`${baseURL()}${oldPath(lang)}`)
        await page.waitForURL(`${baseURL()}${newPath(lang)}`)
        expect(await page.locator('h1').first().textContent(), lang).toContain(MOVED.title)
      } finally {
        await context.close()
      }
    }
  })

  it('the page is readable and usable for a browser that does not go on by itself', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      const html = readFileSync(path.join(inject('distDir'), oldPath('vi'), 'index.html'), 'utf8')
      // Without the refresh: what a reader sees is a heading and a link in their language.
      await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''))
      expect(await page.locator('main h1').textContent()).toBe('Trang này đã được chuyển')
      expect(await page.locator('main a').getAttribute('href')).toBe(newPath('vi'))
      expect(await page.locator('main a').textContent()).toBe('Đến trang mới')
    } finally {
      await context.close()
    }
  })
})

describe('offline', () => {
  let server: Server
  afterAll(async () => {
    if (server?.listening) await new Promise((resolve) => server.close(resolve))
  })

  it('the old address opens the saved new page, and no copy is kept under the old one', async () => {
    server = await serveStatic(inject('distDir'), 0)
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const context = await browser.newContext()
    const page = await context.newPage()
    const saved = () =>
      page.evaluate(async () => (await (await caches.open('pages')).keys()).map((r) => new URL(r.url).pathname))
    try {
      await page.goto(`${origin}/vi/`, { waitUntil: 'networkidle' })
      await page.evaluate(() => navigator.serviceWorker.ready)
      // Controlled from now on: read the article through its old address, online.
      await page.goto(`${origin}${oldPath('vi')}`, { waitUntil: 'networkidle' })
      expect(new URL(page.url()).pathname).toBe(newPath('vi'))
      for (let i = 0; i < 50 && !(await saved()).includes(newPath('vi')); i++)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect(await saved()).toContain(newPath('vi'))
      expect(await saved()).not.toContain(oldPath('vi'))

      await context.setOffline(true)
      await new Promise((resolve) => server.close(resolve))
      server.closeAllConnections?.()
      await page.goto(`${origin}${oldPath('vi')}`)
      expect(new URL(page.url()).pathname).toBe(newPath('vi'))
      expect(await page.locator('h1').first().textContent()).toContain(MOVED.title)
      expect(await page.locator('.offline-note').count()).toBe(1)
    } finally {
      await context.close()
    }
  })
})
