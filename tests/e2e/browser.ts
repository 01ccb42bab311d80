/**
 * Debian's Chromium driven by playwright-core (no browser download). Every page opened here
 * records console errors and any request that is not to the local site, so tests can assert
 * "no errors" and "nothing leaves localhost".
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const baseURL = () => inject('baseURL')

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

export interface WatchedPage {
  page: Page
  context: BrowserContext
  consoleErrors: string[]
  foreignRequests: string[]
}

export async function openPage(
  browser: Browser,
  path: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 412, height: 915 } })
  const page = await context.newPage()
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []
  const origin = baseURL()
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(e.message))
  // Anything not from the local site is recorded and refused (the test machine has no internet anyway).
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin)) return route.continue()
    foreignRequests.push(url)
    return route.abort()
  })
  await page.goto(origin + path, { waitUntil: 'networkidle' })
  return { page, context, consoleErrors, foreignRequests }
}
