/**
 * The safety self-check as built from the seeded CMS: the plain list every reader gets without
 * JavaScript, and the interactive check — answered in Japanese and Burmese, with the keyboard
 * alone, without a single request while answering, with consultation services ordered by what is
 * open at the (fixed) moment, and storing nothing unless asked.
 */
import type { Browser, Page } from 'playwright-core'
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
    expect(await documents.locator('a').first().getAttribute('href')).toBe(
      '/ja/articles/things-your-employer-must-not-do/',
    )
    expect(await documents.getAttribute('data-severity')).toBe('serious')
    // Where to get help: one list, the finder below the check, JP-MIRAI Assist first, with tap-to-call.
    expect(await page.locator('#finder li[data-service] h4').first().textContent()).toBe('JP-MIRAIアシスト')
    expect(await page.locator('#finder a[href="tel:08001235717"]').count()).toBe(1)
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

  it('without JavaScript shows no dead buttons: the check rendered into the page stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/vi/safety/`)
    expect(await page.locator('#safety-question').count()).toBe(1)
    expect(await page.locator('#safety-question').isHidden()).toBe(true)
    expect(await page.getByRole('button', { name: 'Có', exact: true }).count()).toBe(0)
    expect(await page.locator('#safety-static').isVisible()).toBe(true)
    await context.close()
  })

  it('has its first question in the HTML, so nothing on the page moves while the check starts', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } })
    const page = await context.newPage()
    for (const lang of ['ja', 'vi']) {
      const response = await page.goto(`${baseURL()}/${lang}/safety/`, { waitUntil: 'networkidle' })
      const html = (await response!.text()).replace(/<astro-island[^>]*>/, '')
      // The question and its buttons come with the page (server-rendered), not after hydration.
      expect(html).toMatch(/<h2 id="safety-question"[^>]*>[\s\S]*?45/)
      expect(html).toMatch(/<div class="safety-answers" role="group"/)
      expect(await page.locator('#safety-static').isHidden()).toBe(true)
      // Every layout shift since navigation (Chromium keeps them for a buffered observer).
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]
              resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0))
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(0), 1000)
          }),
      )
      expect(shift, lang).toBeLessThanOrEqual(0.05)
      // Hydrated: the first answer works.
      await page.getByRole('button', { name: lang === 'ja' ? 'はい' : 'Có', exact: true }).click()
      expect(await page.locator('.safety-check .meta').first().textContent()).toMatch(/2/)
    }
    await context.close()
  })

  /** Answers every question: "yes" to those in `yes`, "no" to the rest; returns the requests made meanwhile. */
  async function answer(page: Page, yes: string[], labels: { yes: string; no: string }): Promise<string[]> {
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll('#safety-static .safety-questions > li')].map((li) => li.id.replace(/^q-/, '')),
    )
    for (const key of keys) {
      await page.getByRole('button', { name: yes.includes(key) ? labels.yes : labels.no, exact: true }).click()
    }
    await page.locator('#safety-result').waitFor()
    return requests
  }

  it('answered in Japanese: the right items, serious ones first, with their explanations, and no request while answering', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ja/safety/`, { waitUntil: 'networkidle' })
    expect(await page.locator('#safety-static').isHidden()).toBe(true)
    expect(await page.locator('#safety-question').textContent()).toContain('45')
    const requests = await answer(page, ['no-days-off', 'documents-kept-by-others'], { yes: 'はい', no: 'いいえ' })
    expect(requests).toEqual([])
    const found = page.locator('.safety-found > li')
    expect(await found.evaluateAll((items) => items.map((li) => li.getAttribute('data-key')))).toEqual([
      'documents-kept-by-others',
      'no-days-off',
    ])
    expect(await found.first().locator('a').first().getAttribute('href')).toBe(
      '/ja/articles/things-your-employer-must-not-do/',
    )
    expect(await found.first().locator('rt').first().textContent()).toBe('ざいりゅう')
    // Nothing was stored on the device.
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)
    await context.close()
  })

  it('answered in Burmese, in Burmese', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL()}/my/safety/`, { waitUntil: 'networkidle' })
    await answer(page, ['violence'], { yes: 'ဟုတ်', no: 'မဟုတ်' })
    const found = page.locator('.safety-found > li')
    expect(await found.count()).toBe(1)
    expect(await found.first().textContent()).toContain('အကြမ်းဖက်မှု')
    expect(await found.first().locator('a').first().getAttribute('href')).toBe('/my/articles/where-to-get-help/')
    expect(await page.locator('#safety-result').textContent()).toBe('သင့်ရလဒ်')
    await context.close()
  })

  it('orders the consultation services by what is open at the moment, in Japan time', async () => {
    const order = async (moment: string) => {
      const context = await browser.newContext({ timezoneId: 'Europe/Lisbon' })
      const page = await context.newPage()
      await page.clock.setFixedTime(new Date(moment))
      await page.goto(`${baseURL()}/en/safety/`, { waitUntil: 'networkidle' })
      await answer(page, [], { yes: 'Yes', no: 'No' })
      const names = await page
        .locator('.safety-services > li')
        .evaluateAll((items) =>
          items.map((li) => `${li.querySelector('strong')!.textContent} ${li.getAttribute('data-open')}`),
        )
      await context.close()
      return names
    }
    // Tuesday 11:00 in Japan: JP-MIRAI Assist (Tue–Sat 10–18) is open, the hotline (weekdays 17–22) is not.
    expect(await order('2026-11-24T11:00:00+09:00')).toEqual([
      'JP-MIRAI Assist yes',
      'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare) no',
    ])
    // Monday 19:00 in Japan: only the hotline is open.
    expect(await order('2026-11-23T19:00:00+09:00')).toEqual([
      'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare) yes',
      'JP-MIRAI Assist no',
    ])
  })

  it('shows a service as closed on its closed dates from the build (the hotline at the turn of the year)', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Lisbon' })
    const page = await context.newPage()
    // Wednesday 30 December 19:00 in Japan: the hotline's weekday hours (17–22), but it is closed
    // from 29 December to 3 January; JP-MIRAI Assist opens again on Thursday at 10:00.
    await page.clock.setFixedTime(new Date('2026-12-30T19:00:00+09:00'))
    await page.goto(`${baseURL()}/en/safety/`, { waitUntil: 'networkidle' })
    await answer(page, [], { yes: 'Yes', no: 'No' })
    const names = await page
      .locator('.safety-services > li')
      .evaluateAll((items) =>
        items.map((li) => `${li.querySelector('strong')!.textContent} ${li.getAttribute('data-open')}`),
      )
    expect(names).toEqual([
      'JP-MIRAI Assist no',
      'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare) no',
    ])
    await context.close()
  })

  it('knows Japan’s public holidays: a service closed on them is not open on a 祝日, though its hours say so', async () => {
    const open = async (moment: string) => {
      const context = await browser.newContext({ timezoneId: 'America/New_York' })
      try {
        const page = await context.newPage()
        await page.clock.setFixedTime(new Date(moment))
        await page.goto(`${baseURL()}/en/safety/`, { waitUntil: 'networkidle' })
        await answer(page, [], { yes: 'Yes', no: 'No' })
        return await page
          .locator('.safety-services > li')
          .evaluateAll((items) =>
            items.map((li) => `${li.querySelector('strong')!.textContent} ${li.getAttribute('data-open')}`),
          )
      } finally {
        await context.close()
      }
    }
    const HOTLINE = 'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare)'
    // An ordinary Thursday, 17:30 in Japan: Assist (Tue–Sat 10–18) and the hotline (weekdays 17–22) are open.
    expect(await open('2027-02-18T17:30:00+09:00')).toEqual([`JP-MIRAI Assist yes`, `${HOTLINE} yes`])
    // Thursday 11 February 2027, 建国記念の日 (a date of the year after the build's): Assist, closed
    // on public holidays in this build, is not open; the hotline, open on holidays, is.
    expect(await open('2027-02-11T17:30:00+09:00')).toEqual([`${HOTLINE} yes`, `JP-MIRAI Assist no`])
  })

  it('can be completed with the keyboard alone, and keeps the result only when asked', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL()}/vi/safety/`, { waitUntil: 'networkidle' })
    const total = await page.locator('#safety-static .safety-questions > li').count()
    // Tab to the first answer button, then answer every question from the keyboard.
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.textContent === 'Có')); i++)
      await page.keyboard.press('Tab')
    for (let i = 0; i < total; i++) {
      // "Có" (yes) for the first question, "Không" (no) for the others.
      if (i > 0) {
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
      }
      await page.keyboard.press('Enter')
    }
    await page.locator('#safety-result').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-result')
    expect(
      await page.locator('.safety-found > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key'))),
    ).toEqual(['overtime-over-45-hours'])
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)
    await page.getByRole('button', { name: 'Lưu kết quả trên thiết bị này' }).click()
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.locator('.safety-found > li').count()).toBe(1)
    expect(await page.locator('.safety-actions').textContent()).toContain('Đã lưu trên thiết bị này')
    await page.getByRole('button', { name: 'Xóa kết quả đã lưu' }).click()
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)
    await context.close()
  })
})
