/**
 * Offline reading through the service worker, against a server of its own that the test really
 * shuts down: after one visit, the language's home, the safety check and the visited article open
 * with a note saying when they were saved; a page never visited says it was not saved; online,
 * pages always come from the network.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { serveStatic } from '@mirai/scripts/serve'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch } from './browser'

let browser: Browser
let server: Server
let origin: string
let context: BrowserContext
let page: Page

const savedUrls = () =>
  page.evaluate(async () => (await (await caches.open('pages')).keys()).map((r) => new URL(r.url).pathname))

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
      if (
        saved.includes('/vi/') &&
        saved.includes('/vi/safety/') &&
        saved.includes('/vi/articles/minimum-wage-in-japan/')
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await savedUrls()).sort()).toEqual(['/vi/', '/vi/articles/minimum-wage-in-japan/', '/vi/safety/'])
    // Online, no offline note: the page came from the network.
    expect(await page.locator('.offline-note').count()).toBe(0)
  })

  it('with the network gone, opens the home, the safety check and the visited article, saying when they were saved', async () => {
    // Cut the network in the browser, and take the server away too.
    await context.setOffline(true)
    const closed = new Promise((resolve) => server.close(resolve))
    server.closeAllConnections?.()
    await closed
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
    expect(await page.locator('.offline-note').textContent()).toBe(
      'Bạn đang ngoại tuyến và trang này chưa được lưu. Hãy mở lại khi có kết nối.',
    )
    expect(await page.locator('a[href="/vi/safety/"]').count()).toBe(1)
  })
})

describe('hardening 14: the offline copies across deploys', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'mirai-sw-test-'))
  const live = path.join(work, 'site')
  let deployServer: Server
  let deployOrigin: string
  let ctx: BrowserContext
  let tab: Page
  const saved = () =>
    tab.evaluate(async () => (await (await caches.open('pages')).keys()).map((r) => new URL(r.url).pathname))
  const cacheNames = () => tab.evaluate(() => caches.keys())
  // By the clock, so that a wait that fails names what it waited for, well before the test's own timeout.
  const until = async (what: () => Promise<boolean>, label: string, ms = 15_000) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline;) {
      if (await what()) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`timed out waiting for ${label}`)
  }
  const article = '/vi/articles/minimum-wage-in-japan/'
  const withdrawn = '/vi/articles/garbage-sorting-rules/'
  let oldBundle = ''

  /** The next deploy: its stylesheet under a new hashed name, one article withdrawn, a new worker. */
  function nextDeploy(): string {
    const next = path.join(work, 'deploy-2')
    cpSync(realpathSync(inject('distDir')), next, { recursive: true })
    const bundle = readdirSync(path.join(next, '_astro')).find((f) => f.endsWith('.css'))!
    oldBundle = `/_astro/${bundle}`
    const renamed = bundle.replace(/\.css$/, '.next.css')
    renameSync(path.join(next, '_astro', bundle), path.join(next, '_astro', renamed))
    for (const file of readdirSync(next, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))) {
      const full = path.join(next, file)
      writeFileSync(full, readFileSync(full, 'utf8').replaceAll(`/_astro/${bundle}`, `/_astro/${renamed}`))
    }
    rmSync(path.join(next, withdrawn), { recursive: true })
    const worker = readFileSync(path.join(next, 'sw.js'), 'utf8')
      .replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-deploy"')
      .replaceAll(`/_astro/${bundle}`, `/_astro/${renamed}`)
      .replace(/const REMOVED = \[/, `const REMOVED = [${JSON.stringify(withdrawn)},`)
    writeFileSync(path.join(next, 'sw.js'), worker)
    return next
  }

  beforeAll(async () => {
    symlinkSync(realpathSync(inject('distDir')), live)
    deployServer = await serveStatic(live, 0)
    deployOrigin = `http://127.0.0.1:${(deployServer.address() as AddressInfo).port}`
    ctx = await browser.newContext()
    tab = await ctx.newPage()
  })
  afterAll(async () => {
    await ctx?.close()
    if (deployServer.listening) {
      const closed = new Promise((resolve) => deployServer.close(resolve))
      deployServer.closeAllConnections?.()
      await closed
    }
    rmSync(work, { recursive: true, force: true })
  })

  it('keeps at most 50 saved pages, dropping the oldest first but never a language’s home or safety check', async () => {
    await tab.goto(`${deployOrigin}${article}`, { waitUntil: 'networkidle' })
    await tab.evaluate(() => navigator.serviceWorker.ready)
    await tab.reload({ waitUntil: 'networkidle' })
    await until(async () => (await saved()).includes('/vi/safety/'), 'the language pages')
    const dist = realpathSync(inject('distDir'))
    // The refresh page left at a renamed page's old address is not a page of its own: the worker
    // saves the new address instead (redirects.e2e.test.ts), so it is not one of the 56.
    const redirected = new Set(Object.keys(JSON.parse(readFileSync(path.join(dist, 'sw-redirects.json'), 'utf8'))))
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter(
        (f) => f.endsWith(`${path.sep}index.html`) && /^(en|tl|es)\/[^/]+\//.test(f) && !/\/(safety|404)\//.test(f),
      )
      .map((f) => `/${path.dirname(f)}/`)
      .filter((p) => !redirected.has(p))
      .slice(0, 56)
    expect(pages.length).toBe(56)
    for (const p of pages) await tab.goto(`${deployOrigin}${p}`, { waitUntil: 'load' })
    await until(async () => (await saved()).includes(pages.at(-1)!), 'the last page to be saved')
    const kept = await saved()
    expect(kept.length).toBeLessThanOrEqual(50)
    expect(kept).toEqual(expect.arrayContaining(['/vi/', '/vi/safety/', ...pages.slice(-40)]))
    expect(kept).not.toContain(pages[0])
    // The same page with a query string is the same saved page, not another one that pushes real pages out.
    for (let i = 0; i < 5; i++) await tab.goto(`${deployOrigin}/vi/?n=${i}`, { waitUntil: 'load' })
    const afterQueries = await tab.evaluate(async () =>
      (await (await caches.open('pages')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search),
    )
    expect(afterQueries.filter((p) => p.includes('?'))).toEqual([])
    expect(afterQueries).toEqual(expect.arrayContaining(pages.slice(-40)))
    // Make room for the pages of the next test.
    await tab.evaluate(async () => {
      const cache = await caches.open('pages')
      for (const r of await cache.keys()) if (!/^\/vi\//.test(new URL(r.url).pathname)) await cache.delete(r)
    })
  })

  it('after a deploy, a saved page still opens offline with its own styles, and a withdrawn page is gone', async () => {
    await tab.goto(`${deployOrigin}${article}`, { waitUntil: 'networkidle' })
    await tab.goto(`${deployOrigin}${withdrawn}`, { waitUntil: 'networkidle' })
    await until(
      async () => (await saved()).includes(withdrawn) && (await saved()).includes(article),
      'both articles to be saved',
    )
    const next = nextDeploy()
    symlinkSync(next, `${live}.next`)
    renameSync(`${live}.next`, live)
    await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
    await until(
      async () =>
        (await cacheNames()).includes('static-next-deploy') &&
        (await cacheNames()).filter((n) => n.startsWith('static-')).length === 1,
      'the new worker to take over',
    )
    await until(async () => !(await saved()).includes(withdrawn), 'the withdrawn page to be dropped')
    expect(await tab.evaluate(async (url) => Boolean(await caches.match(url)), oldBundle)).toBe(true)

    await ctx.setOffline(true)
    // close() waits for every open connection to end: end them (Chromium keeps some alive) first.
    const closed = new Promise((resolve) => deployServer.close(resolve))
    deployServer.closeAllConnections?.()
    await closed
    await tab.goto(`${deployOrigin}${article}`)
    expect(await tab.locator('.offline-note').textContent()).toMatch(/^Bạn đang ngoại tuyến\. Trang này được lưu ngày/)
    const styled = await tab.evaluate(() =>
      [...document.styleSheets].filter((s) => s.href?.includes('/_astro/')).map((s) => s.cssRules.length),
    )
    expect(styled.length).toBeGreaterThan(0)
    expect(styled.every((rules) => rules > 0)).toBe(true)
    await tab.goto(`${deployOrigin}${withdrawn}`)
    expect(await tab.locator('.offline-note').textContent()).toBe(
      'Bạn đang ngoại tuyến và trang này chưa được lưu. Hãy mở lại khi có kết nối.',
    )
  })
})
