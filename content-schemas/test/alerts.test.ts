import { describe, expect, it } from 'vitest'

import {
  ALERTS_CLOSE,
  ALERTS_OPEN,
  alertBoundariesAfter,
  alertEnded,
  alertOn,
  alertsToPublish,
  checkAlertLink,
  withoutAlerts,
} from '../src/alerts'
import { buildTime } from '../src/buildTime'
import { LOCALE_CODES } from '../src/locales'
import { alert } from '../src/schemas'
import { ALERT_KIND_TERMS, ALERT_SEVERITY_TERMS } from '../src/taxonomies'

const at = (iso: string) => new Date(iso)
const base = {
  id: 'a1',
  updatedAt: '2026-11-20T00:00:00.000Z',
  kind: 'typhoon',
  severity: 'warning',
  startsAt: '2026-11-21T00:00:00.000Z',
  endsAt: '2026-11-22T00:00:00.000Z',
  prefectures: ['tokyo'],
  link: { url: 'https://www.jma.go.jp/' },
  translations: { ja: { title: '台風が近づいています' } },
} as const

describe('alert links', () => {
  it.each([
    'https://www.jma.go.jp/bosai/',
    'http://example.org/x?y=1#z',
    'mailto:info@example.org',
    'tel:+81-3-1234-5678',
    '/ja/articles/typhoon/',
  ])('accepts %s', (url) => expect(checkAlertLink(url)).toEqual({ ok: true }))

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['https://example.org/\r\nSet-Cookie: x=1'],
    [' https://example.org/'],
    ['#top'],
    ['?q=1'],
    ['../up'],
    ['https://example.org/' + 'a'.repeat(2000)],
    ['<script>alert(1)</script>'],
  ])('refuses %j', (url) => expect(checkAlertLink(url).ok).toBe(false))
})

describe('when an alert is on', () => {
  it('is on from its start until just before its end, and over from its end', () => {
    expect(alertOn(base, at('2026-11-20T23:59:59.999Z'))).toBe(false)
    expect(alertOn(base, at('2026-11-21T00:00:00.000Z'))).toBe(true)
    expect(alertOn(base, at('2026-11-21T23:59:59.999Z'))).toBe(true)
    expect(alertOn(base, at('2026-11-22T00:00:00.000Z'))).toBe(false)
    expect(alertEnded(base, at('2026-11-22T00:00:00.000Z'))).toBe(true)
  })

  it('publishes what is not over, upcoming included, most urgent first', () => {
    const alerts = [
      { ...base, id: 'over', endsAt: '2026-11-21T06:00:00.000Z' },
      { ...base, id: 'info', severity: 'info' as const },
      { ...base, id: 'later-warning', startsAt: '2026-11-21T09:00:00.000Z' },
      { ...base, id: 'critical', severity: 'critical' as const },
      { ...base, id: 'upcoming', startsAt: '2026-11-25T00:00:00.000Z', endsAt: '2026-11-26T00:00:00.000Z' },
      { ...base, id: 'warning' },
    ]
    expect(alertsToPublish(alerts, at('2026-11-21T06:00:00.000Z')).map((a) => a.id)).toEqual([
      'critical',
      'warning',
      'later-warning',
      'upcoming',
      'info',
    ])
  })

  it('asks for a build at a future start and end only', () => {
    expect(alertBoundariesAfter(base, at('2026-11-20T00:00:00.000Z'))).toEqual([base.startsAt, base.endsAt])
    expect(alertBoundariesAfter(base, at('2026-11-21T12:00:00.000Z'))).toEqual([base.endsAt])
    expect(alertBoundariesAfter(base, at('2026-11-23T00:00:00.000Z'))).toEqual([])
  })
})

describe('the alert schema', () => {
  it('takes an alert with an address or a page link', () => {
    expect(alert.safeParse(base).success).toBe(true)
    expect(
      alert.safeParse({ ...base, link: { collection: 'articles', slug: 'typhoon' }, prefectures: [] }).success,
    ).toBe(true)
  })

  it('refuses an alert that ends before it starts, a javascript: link, an unknown prefecture or kind', () => {
    expect(alert.safeParse({ ...base, endsAt: base.startsAt }).error?.issues[0]?.message).toBe(
      'must end after it starts',
    )
    expect(alert.safeParse({ ...base, link: { url: 'javascript:alert(1)' } }).success).toBe(false)
    expect(alert.safeParse({ ...base, prefectures: ['atlantis'] }).success).toBe(false)
    expect(alert.safeParse({ ...base, kind: 'zombies' }).success).toBe(false)
    expect(alert.safeParse({ ...base, translations: { ja: { title: 'x'.repeat(121) } } }).success).toBe(false)
    expect(alert.safeParse({ ...base, translations: {} }).success).toBe(false)
  })
})

describe('alert terms', () => {
  it.each([...ALERT_KIND_TERMS, ...ALERT_SEVERITY_TERMS].map((t) => [t.value, t] as const))(
    '%s has a label in all nine languages',
    (_value, term) => {
      expect(Object.keys(term.label).sort()).toEqual([...LOCALE_CODES].sort())
      for (const code of LOCALE_CODES) expect(term.label[code].trim()).toBeTruthy()
    },
  )
})

describe('the alerts block of a page', () => {
  it('is cut out whole, and a page without one is left as it is', () => {
    const page = `<body><a>skip</a>${ALERTS_OPEN}<section><div class="wrap">x</div></section>${ALERTS_CLOSE}<header>h</header></body>`
    expect(withoutAlerts(page)).toBe('<body><a>skip</a><header>h</header></body>')
    expect(withoutAlerts('<body>no alerts</body>')).toBe('<body>no alerts</body>')
    expect(withoutAlerts(`<body>${ALERTS_OPEN}never closed`)).toBe(`<body>${ALERTS_OPEN}never closed`)
  })
})

describe('buildTime', () => {
  it('is SITE_NOW when set, and refuses one that is not a date', () => {
    expect(buildTime({ SITE_NOW: '2026-11-21T12:00:00+09:00' }).toISOString()).toBe('2026-11-21T03:00:00.000Z')
    expect(() => buildTime({ SITE_NOW: 'soon' })).toThrow('SITE_NOW "soon" is not a date')
  })
})
