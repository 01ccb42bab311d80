/**
 * The safety check opened from a workplace's flyer (`?site=<code>`), against the seeded CMS
 * answering on its own port: the consent screen in the reader's language, "keep private" (the
 * default) sending nothing, "share" sending exactly the allowed fields once at the end, the
 * request for Assist to call, all with the keyboard too — and the page's security policy letting
 * only the safety check talk to the CMS.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { baseURL, launch } from './browser'

const cms = () => inject('cmsOrigin')
const workplaces = () => inject('workplaces')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface Seen {
  page: Page
  context: BrowserContext
  /** Requests to the CMS, in order. */
  toCms: Request[]
  /** Requests anywhere but the site and the CMS (refused). */
  elsewhere: string[]
  errors: string[]
}

async function open(path: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Seen> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 412, height: 915 } })
  const page = await context.newPage()
  const seen: Seen = { page, context, toCms: [], elsewhere: [], errors: [] }
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(baseURL())) return route.continue()
    if (url.startsWith(cms())) {
      seen.toCms.push(route.request())
      return route.continue()
    }
    seen.elsewhere.push(url)
    return route.abort()
  })
  page.on('pageerror', (e) => seen.errors.push(e.message))
  await page.goto(baseURL() + path, { waitUntil: 'networkidle' })
  return seen
}

/** The question keys, in order, from the page's plain list. */
const questionKeys = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#safety-static .safety-questions > li')].map((li) => li.id.replace(/^q-/, '')),
  )

async function answerAll(page: Page, yes: string[], labels: { yes: string; no: string }): Promise<string[]> {
  const keys = await questionKeys(page)
  for (const key of keys)
    await page.getByRole('button', { name: yes.includes(key) ? labels.yes : labels.no, exact: true }).click()
  await page.locator('#safety-result').waitFor()
  return keys
}

/** Serious and critical axe findings on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
}

const posts = (seen: Seen) => seen.toCms.filter((r) => r.method() === 'POST')

describe('the safety check opened from a flyer', () => {
  it('in Japanese: says which workplace, with furigana, keeps answers private by default, and shares exactly the answers when asked', async () => {
    const workplace = workplaces()[0]!
    const seen = await open(`/ja/safety/?site=${workplace.code}`)
    const { page } = seen
    const screen = page.locator('.safety-share')
    await screen.waitFor()
    expect(await screen.textContent()).toContain(workplace.name)
    // The threshold the company's figures start at, as the CMS says it.
    expect(await screen.textContent()).toMatch(/5/)
    expect(await screen.locator('ruby rt').count()).toBeGreaterThan(3)
    // Focus is on the screen's heading, for screen readers; the private choice is the selected one.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-share')
    const radios = screen.locator('input[type=radio]')
    expect(await radios.nth(0).isChecked()).toBe(true)
    expect(await radios.nth(1).isChecked()).toBe(false)
    expect(await axeProblems(page)).toEqual([])
    // Only the workplace was looked up so far: no answer has left.
    expect(seen.toCms.map((r) => r.method())).toEqual(['GET'])
    expect(seen.toCms[0]!.url()).toBe(`${cms()}/api/business-sites/lookup?code=${workplace.code}`)

    await radios.nth(1).check()
    await screen.locator('button.big').click()
    // The introduction of the private check ("sent to no one") is no longer true, and goes.
    expect(await page.locator('#safety-intro').isHidden()).toBe(true)
    const keys = await answerAll(page, ['no-days-off', 'documents-kept-by-others'], { yes: 'はい', no: 'いいえ' })
    await page.locator('.safety-shared[data-shared="sent"]').waitFor()

    const sent = posts(seen)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.url()).toBe(`${cms()}/api/safety-answers/submit`)
    const body = JSON.parse(sent[0]!.postData() ?? '') as Record<string, unknown>
    // Exactly the allowed fields: the code, the language, one yes/no per question, the device's token.
    expect(Object.keys(body).sort()).toEqual(['answers', 'language', 'site', 'token'])
    expect(body.site).toBe(workplace.code)
    expect(body.language).toBe('ja')
    expect(body.answers).toEqual(
      Object.fromEntries(keys.map((k) => [k, k === 'no-days-off' || k === 'documents-kept-by-others'])),
    )
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    // No cookie, no page address, sent as plain text (no preflight).
    const headers = await sent[0]!.allHeaders()
    expect(headers.cookie).toBeUndefined()
    expect(headers.referer).toBeUndefined()
    expect(headers['content-type']).toMatch(/^text\/plain/)
    // The token is all the device keeps; the answers stay unsaved unless the reader keeps them.
    expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual(['mirai-safety-device'])
    expect(seen.elsewhere).toEqual([])
    expect(seen.errors).toEqual([])
    await seen.context.close()
  })

  it('in Burmese: "keep private" sends nothing at all', async () => {
    const seen = await open(`/my/safety/?site=${workplaces()[1]!.code}`)
    const { page } = seen
    await page.locator('.safety-share').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('my')
    expect(await page.locator('.safety-share').textContent()).toContain(workplaces()[1]!.name)
    await page.locator('.safety-share button.big').click()
    expect(await page.locator('#safety-intro').isVisible()).toBe(true)
    await answerAll(page, ['violence'], { yes: 'ဟုတ်', no: 'မဟုတ်' })
    expect(await page.locator('.safety-shared').getAttribute('data-shared')).toBe('private')
    await page.waitForTimeout(500)
    expect(seen.toCms.map((r) => r.method())).toEqual(['GET'])
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)
    await seen.context.close()
  })

  it('in Vietnamese, with the keyboard alone: choosing to share, answering, and the one request at the end', async () => {
    const seen = await open(`/vi/safety/?site=${workplaces()[2]!.code}`)
    const { page } = seen
    await page.locator('.safety-share').waitFor()
    // From the heading: Tab to the choice, arrow to "share", Tab to the button, Enter.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-question')
    const total = (await questionKeys(page)).length
    for (let i = 0; i < total; i++) {
      // The first Tab reaches "Có" (yes) from the heading; a second one "Không" (no).
      await page.keyboard.press('Tab')
      if (i > 0) await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
    }
    await page.locator('.safety-shared[data-shared="sent"]').waitFor()
    const [post] = posts(seen)
    const body = JSON.parse(post!.postData() ?? '') as { language: string; answers: Record<string, boolean> }
    expect(body.language).toBe('vi')
    expect(Object.entries(body.answers).filter(([, v]) => v)).toEqual([['overtime-over-45-hours', true]])
    expect(posts(seen)).toHaveLength(1)
    await seen.context.close()
  })

  it('with a code that takes no answers: says so, and the check stays on the device', async () => {
    const seen = await open('/en/safety/?site=aaaaaaaaaaaaaaaa')
    const { page } = seen
    await page.locator('.safety-notice').waitFor()
    await answerAll(page, [], { yes: 'Yes', no: 'No' })
    expect(seen.toCms.map((r) => r.method())).toEqual(['GET'])
    // A value that is not a code is not even looked up.
    const other = await open('/en/safety/?site=<script>')
    await other.page.locator('.safety-notice').waitFor()
    expect(other.toCms).toEqual([])
    await Promise.all([seen.context.close(), other.context.close()])
  })
})

describe('asking JP-MIRAI Assist to call', () => {
  it('sends only what the reader filled in, never the workplace code, and gives a reference number', async () => {
    const seen = await open(`/vi/safety/?site=${workplaces()[3]!.code}`)
    const { page } = seen
    await page.locator('.safety-share button.big').click()
    await answerAll(page, ['no-days-off'], { yes: 'Có', no: 'Không' })
    expect(posts(seen)).toEqual([])
    await page.locator('.safety-result button.big').click()
    const form = page.locator('.safety-assist form')
    await form.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-assist')
    expect(await axeProblems(page)).toEqual([])
    // Sending without a way to reach the reader says what is missing and sends nothing.
    await form.locator('button[type=submit]').click()
    expect(await form.locator('[role=alert]').count()).toBe(1)
    expect(await form.locator('#assist-contact').getAttribute('aria-invalid')).toBe('true')
    expect(posts(seen)).toEqual([])

    await form.locator('input[name=assist-method]').nth(2).check()
    await form.locator('#assist-app').selectOption('zalo')
    await form.locator('#assist-contact').fill('minh.zalo.42')
    // The language list names each language in Vietnamese and in its own words.
    expect(await form.locator('#assist-language option[value=ne]').textContent()).toMatch(/Nepal.*नेपाली/)
    expect(await form.locator('#assist-language').inputValue()).toBe('vi')
    await form.locator('fieldset').nth(1).locator('input[type=checkbox]').first().check()
    await form.locator('#assist-name').fill('Minh')
    await form.locator('#assist-include').check()
    await form.locator('button[type=submit]').click()
    await page.locator('.safety-assist-sent').waitFor()

    const [request] = posts(seen)
    expect(request!.url()).toBe(`${cms()}/api/consultation-requests/submit`)
    const body = JSON.parse(request!.postData() ?? '')
    expect(body).toEqual({
      method: 'messaging',
      app: 'zalo',
      contact: 'minh.zalo.42',
      language: 'vi',
      days: ['tue'],
      times: [],
      name: 'Minh',
      siteLanguage: 'vi',
      concerns: ['no-days-off'],
    })
    const reference = /JM-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await page.locator('.safety-assist-sent').textContent()) ?? '')
    expect(reference).not.toBeNull()
    expect(await page.locator('.safety-assist').textContent()).toContain('10:00')
    await seen.context.close()
  })

  it('works without a flyer code too, and the answered items go only when ticked', async () => {
    const seen = await open('/en/safety/')
    const { page } = seen
    await answerAll(page, ['violence'], { yes: 'Yes', no: 'No' })
    expect(seen.toCms).toEqual([])
    await page.getByRole('button', { name: 'Ask JP-MIRAI Assist to contact me' }).click()
    await page.getByLabel('Your phone number').fill('090-1234-5678')
    await page.getByRole('button', { name: 'Send the request' }).click()
    await page.locator('.safety-assist-sent').waitFor()
    const body = JSON.parse(posts(seen)[0]!.postData() ?? '')
    expect(body).toEqual({
      method: 'phone',
      contact: '090-1234-5678',
      language: 'en',
      days: [],
      times: [],
      siteLanguage: 'en',
    })
    await seen.context.close()
  })
})

describe('who may talk to the CMS', () => {
  it('only the safety check: its policy names the CMS, every other page refuses to connect there', async () => {
    const safety = await fetch(`${baseURL()}/ja/safety/`)
    expect(safety.headers.get('content-security-policy')).toContain(`connect-src 'self' ${cms()}`)
    const home = await fetch(`${baseURL()}/ja/`)
    expect(home.headers.get('content-security-policy')).toContain("connect-src 'self';")

    const seen = await open('/ja/')
    const outcome = await seen.page.evaluate(async (url) => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)),
      )
      const result = await fetch(url).then(
        () => 'connected',
        () => 'refused',
      )
      return { result, directive: await violation }
    }, `${cms()}/api/business-sites/lookup?code=x`)
    expect(outcome).toEqual({ result: 'refused', directive: 'connect-src' })
    expect(seen.toCms).toEqual([])
    await seen.context.close()
  })
})
