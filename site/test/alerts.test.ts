import { ALERTS_CLOSE, ALERTS_OPEN } from '@mirai/content-schemas/alerts'
import { t } from '@mirai/content-schemas/i18n'
import type { Alert } from '@mirai/content-schemas/schemas'
import { describe, expect, it } from 'vitest'

import { alertsBlockHtml, alertViews } from '../src/lib/alerts'

const NOW = new Date('2026-11-21T06:00:00.000Z')
const alert = (fields: Partial<Alert> = {}): Alert => ({
  id: 'a1',
  updatedAt: '2026-11-20T00:00:00.000Z',
  kind: 'typhoon',
  severity: 'critical',
  startsAt: '2026-11-21T00:00:00.000Z',
  endsAt: '2026-11-22T09:00:00.000Z',
  prefectures: [],
  link: null,
  translations: {
    ja: { title: '台風が近づいています', body: '外出をひかえてください。', linkLabel: null },
    en: { title: 'A typhoon is approaching', body: 'Stay indoors.', linkLabel: 'How to prepare' },
  },
  ...fields,
})

describe('alerts in a language', () => {
  it('are shown in the reader’s language with labels, the end time and a link to the page in that language', () => {
    const [view] = alertViews([alert({ link: { collection: 'articles', slug: 'typhoon-guide' } })], 'ja', NOW)
    expect(view).toMatchObject({
      badge: '緊急 · 台風',
      contentLang: 'ja',
      title: '台風が近づいています',
      link: { href: '/ja/articles/typhoon-guide/', label: t('ja', 'alert.details'), lang: 'ja' },
      upcoming: false,
      notice: null,
      areas: null,
    })
    expect(view!.until).toBe('2026年11月22日 18:00まで')
  })

  it('fall back along the chain with a notice in the reader’s language, marked with the text’s language', () => {
    const [view] = alertViews([alert({ prefectures: ['tokyo', 'chiba'] })], 'vi', NOW)
    expect(view).toMatchObject({ contentLang: 'en', title: 'A typhoon is approaching', badge: 'Khẩn cấp · Bão' })
    expect(view!.notice).toBe(t('vi', 'alert.notTranslated', { language: 'Tiếng Việt', fallback: 'English' }))
    expect(view!.areas).toEqual({ names: 'Tokyo, Chiba', lang: 'en' })
    const html = alertsBlockHtml([view!], 'vi')
    expect(html).toContain('<span lang="en">A typhoon is approaching</span>')
    expect(html).toContain('<p class="alert-body" lang="en">Stay indoors.</p>')
    expect(html).toContain('<span>Khu vực bị ảnh hưởng: <span lang="en">Tokyo, Chiba</span></span>')
    // No link text in English: the site's own, in Vietnamese, not marked as English.
    const link = alertsBlockHtml(
      alertViews([alert({ link: { url: '/vi/' }, translations: { en: { title: 'Typhoon' } } })], 'vi', NOW),
      'vi',
    )
    expect(link).toContain(`<a href="/vi/">${t('vi', 'alert.details')}</a>`)
  })

  it('leave out what is over, and carry an upcoming one hidden', () => {
    const views = alertViews(
      [
        alert({ id: 'over', endsAt: '2026-11-21T06:00:00.000Z' }),
        alert({ id: 'next', startsAt: '2026-11-23T00:00:00.000Z', endsAt: '2026-11-24T00:00:00.000Z' }),
      ],
      'en',
      NOW,
    )
    expect(views.map((v) => [v.id, v.upcoming])).toEqual([['next', true]])
    expect(alertsBlockHtml(views, 'en')).toMatch(/<section [^>]*data-alert-ends="2026-11-24T00:00:00.000Z" hidden>/)
  })
})

describe('the alerts block', () => {
  it('is a region per alert named by its heading, never a live region, and empty but present without alerts', () => {
    const html = alertsBlockHtml(alertViews([alert()], 'en', NOW), 'en')
    expect(html.startsWith(ALERTS_OPEN) && html.endsWith(ALERTS_CLOSE)).toBe(true)
    expect(html).toContain('<section class="alert alert-critical" aria-labelledby="alert-a1"')
    expect(html).toContain('<h2 id="alert-a1" class="alert-title"><span class="alert-badge">Urgent · Typhoon</span>')
    expect(html).not.toMatch(/aria-live|role="alert"|role="status"/)
    expect(ALERTS_OPEN).toContain('data-pagefind-ignore')
    expect(alertsBlockHtml([], 'en')).toBe(ALERTS_OPEN + ALERTS_CLOSE)
  })

  it('escapes HTML and script in the text and the link', () => {
    const hostile = alert({
      id: 'x"><script>alert(1)</script>',
      link: { url: 'https://example.org/?a=1&b="><script>' },
      translations: {
        en: {
          title: '<img src=x onerror=alert(1)>',
          body: `</section>${ALERTS_CLOSE}<script>alert(2)</script>`,
          linkLabel: '<b>x</b>',
        },
      },
    })
    const html = alertsBlockHtml(alertViews([hostile], 'en', NOW), 'en')
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;&gt;&lt;script&gt;"')
    // The block's end mark appears once: text cannot end the block early.
    expect(html.split(ALERTS_CLOSE)).toHaveLength(2)
  })
})
