import { t, tWithRuby, UI_NOTES } from '@mirai/content-schemas/i18n'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { afterEach, describe, expect, it, vi } from 'vitest'

import SafetyCheckIsland, { type IslandQuestion, type IslandService } from '../src/components/SafetyCheckIsland'
import Result from '../src/components/safety/Result'
import type { SharingKey, SharingText } from '../src/components/safety/text'
import { assistChoices } from '../src/lib/assistChoices'

const questions: IslandQuestion[] = [
  {
    key: 'overtime-over-45-hours',
    section: 'Working hours',
    severity: 'check',
    severityLabel: 'Check',
    html: '<p>Do you work more than <strong>45</strong> hours of overtime a month?</p>',
    explanations: [],
  },
  {
    key: 'documents-kept-by-others',
    section: 'Documents',
    severity: 'serious',
    severityLabel: 'Serious',
    html: '<p>Does someone else keep your <ruby>在留<rt>ざいりゅう</rt></ruby> card?</p>',
    lang: 'ja',
    explanations: [{ label: 'Things your employer must not do', href: '/en/articles/x/' }],
  },
]

const strings = {
  yes: t('en', 'safety.yes'),
  no: t('en', 'safety.no'),
  back: t('en', 'safety.back'),
  progress: t('en', 'safety.progress'),
  results: t('en', 'safety.results'),
  nothing: t('en', 'safety.nothing'),
  again: t('en', 'safety.again'),
  openNow: t('en', 'safety.openNow'),
  closedNow: t('en', 'safety.closedNow'),
  print: t('en', 'safety.print'),
  keep: t('en', 'safety.keep'),
  kept: t('en', 'safety.kept'),
  forget: t('en', 'safety.forget'),
  services: t('en', 'safety.services'),
  learnMore: t('en', 'safety.learnMore'),
  chat: t('en', 'consultation.chat'),
  email: t('en', 'consultation.email'),
}
const text = Object.fromEntries(
  (Object.keys(UI_NOTES) as SharingKey[])
    .filter((k) => /^(share|assist)\./.test(k))
    .map((k) => [k, tWithRuby('en', k)]),
) as SharingText

const render = () =>
  renderToString(
    h(SafetyCheckIsland, {
      questions,
      services: [],
      strings,
      lang: 'en',
      cms: 'https://cms.example.org',
      text,
      assist: assistChoices('en', ''),
      dateFormat: { locale: 'en', options: { timeZone: 'Asia/Tokyo', dateStyle: 'medium' } },
    }),
  )

describe('the safety check island rendered at build time', () => {
  it('is the first question with its answer buttons, read from the props alone (no browser)', () => {
    expect(typeof window).toBe('undefined')
    const html = render()
    expect(html).toContain('<h2 id="safety-question" tabindex="-1">')
    expect(html).toContain('Do you work more than <strong>45</strong> hours of overtime a month?')
    // The question is the heading's content, not a paragraph inside a heading.
    expect(html).not.toContain('<h2 id="safety-question" tabindex="-1"><span><p>')
    expect(html).toContain('Question 1 of 2 · Working hours')
    // Disabled until hydrated: a tap on a button that does nothing yet would be lost.
    expect(html).toContain(`<button type="button" class="big" disabled>${strings.yes}</button>`)
    expect(html).toContain(`<button type="button" class="big" disabled>${strings.no}</button>`)
    // Nothing of what only the browser knows: no back button, no result, no sharing.
    expect(html).not.toContain(strings.back)
    expect(html).not.toContain('safety-result')
    expect(html).not.toContain('safety-share')
  })

  it('renders the same whenever it is built, so hydration in the browser changes nothing', () => {
    expect(render()).toBe(render())
  })
})

describe('the result: which services are open now, in Japan time', () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  const weekdays = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
    day,
    opens: '09:00',
    closes: '17:00',
  }))
  const service = (name: string, closed: string[]): IslandService => ({
    name,
    phone: null,
    chatUrl: null,
    email: null,
    hoursText: '',
    slots: weekdays,
    closed,
  })
  /** The services' names with "yes"/"no" for open, in the order the result lists them, at `moment`. */
  const openAt = (moment: string, services: IslandService[]) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(moment))
    const html = renderToString(
      h(Result, {
        questions,
        answers: {},
        services,
        strings,
        lang: 'en',
        cms: null,
        text,
        assist: assistChoices('en', ''),
        dateFormat: { locale: 'en', options: { timeZone: 'Asia/Tokyo', dateStyle: 'medium' } },
        saved: null,
        onSaved: () => undefined,
        onRestart: () => undefined,
      }),
    )
    return [...html.matchAll(/<li data-open="(yes|no)"><strong>([^<]*)<\/strong>/g)].map((m) => `${m[2]} ${m[1]}`)
  }

  it('shows a service closed on public holidays as closed on one (Labour Thanksgiving Day, a Monday)', () => {
    // Listed first, so only its closed dates can move it below the other.
    const services = [service('Closed on holidays', ['2026-11-23']), service('Open on holidays', [])]
    expect(openAt('2026-11-23T10:00:00+09:00', services)).toEqual(['Open on holidays yes', 'Closed on holidays no'])
    // The next day, a Tuesday and no holiday, both are open, in the order given.
    expect(openAt('2026-11-24T10:00:00+09:00', services)).toEqual(['Closed on holidays yes', 'Open on holidays yes'])
  })
})
