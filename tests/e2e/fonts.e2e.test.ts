/**
 * The Burmese font on a cheap data plan: a Vietnamese or Japanese page draws the Burmese name in
 * the language switcher and the consultation box from a cut of the font made for it (so phones set
 * up for Zawgyi still read it), and never downloads the whole 47 KB font; a Burmese page gets the
 * whole font.
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

async function fontsOf(path: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } })
  const page = await context.newPage()
  const requested: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || /\.woff2(\?|$)/.test(request.url())) requested.push(request.url())
  })
  await page.goto(baseURL() + path, { waitUntil: 'networkidle' })
  // A font is loaded once text needs it, which may be after the page's load: wait for the one expected.
  const expected = path.startsWith('/my/') ? 'Noto Sans Myanmar' : 'Myanmar Names'
  await page
    .waitForFunction(
      (family) => [...document.fonts].some((f) => f.family.replaceAll('"', '') === family && f.status === 'loaded'),
      expected,
      { timeout: 5000 },
    )
    .catch(() => undefined)
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('"', '')),
  )
  const drawsName = await page.evaluate(() => document.fonts.check('16px "Myanmar Names"', 'မြန်မာဘာသာ'))
  await context.close()
  return { requested, loaded, drawsName }
}

describe('the Burmese font', () => {
  it.each(['/vi/', '/ja/articles/residence-card-basics/', '/en/help/'])(
    'on %s: the Burmese name from the cut, not the whole font',
    async (path) => {
      const { requested, loaded, drawsName } = await fontsOf(path)
      expect(requested.filter((url) => url.includes('noto-sans-myanmar'))).toEqual([])
      expect(loaded).toContain('Myanmar Names')
      expect(loaded).not.toContain('Noto Sans Myanmar')
      expect(drawsName).toBe(true)
    },
  )

  it('on a Burmese page: the whole font', async () => {
    const { requested, loaded } = await fontsOf('/my/')
    expect(requested.some((url) => url.includes('noto-sans-myanmar'))).toBe(true)
    expect(loaded).toContain('Noto Sans Myanmar')
    expect(loaded).not.toContain('Myanmar Names')
  })
})
