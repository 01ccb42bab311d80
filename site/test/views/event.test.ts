import { describe, expect, it } from 'vitest'

import { eventCard, eventView } from '../../src/lib/views/event'
import { event } from '../fixtures/views'

describe('event view', () => {
  it('says when and where in Japan time, with the organiser and speakers', () => {
    const view = eventView(event, 'en')
    expect(view.when).toBe('Tuesday, December 1, 2026 14:00–16:00')
    expect(view).toMatchObject({
      venue: '会場, 東京',
      organiser: '主催者',
      icsHref: '/en/events/seminar.ics',
      registrationDeadline: 'November 25, 2026',
    })
    expect(view.speakers).toEqual([
      { name: 'Tanaka', affiliation: 'University', lang: undefined },
      { name: 'Sato', affiliation: null, lang: undefined },
    ])
  })

  it('gives a card with the date range', () => {
    expect(eventCard(event, 'ja')).toMatchObject({ href: '/ja/events/seminar/', title: 'セミナー' })
  })
})
