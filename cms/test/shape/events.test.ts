import { describe, expect, it } from 'vitest'

import { shapeEvents } from '../../src/export/shape/events'
import { event, inLanguages, testContext, text } from './fixtures'

describe('events', () => {
  it('gives times as ISO, the organiser and venue per language, and each speaker’s affiliation where written', () => {
    const { ctx } = testContext()
    const ja = event({
      id: 'e1',
      start: '2026-12-01T14:00:00+09:00',
      venue: { name: '会場', address: '東京' },
      organiser: { kind: 'co-hosted', name: '共催団体' },
      speakers: [{ name: 'Nguyen', affiliation: '弁護士' }, { name: 'Sato' }],
      programme: text('プログラム'),
      registrationDeadline: null,
    })
    const vi = {
      ...ja,
      title: 'Hội thảo',
      venue: {},
      organiser: { kind: 'co-hosted' as const },
      speakers: [{ name: 'Nguyen', affiliation: 'Luật sư' }, { name: 'Sato' }],
      programme: null,
    }
    const [shaped] = shapeEvents([inLanguages({ ja, vi })], ctx)
    expect(shaped).toMatchObject({
      start: '2026-12-01T05:00:00.000Z',
      online: false,
      registrationDeadline: null,
      organiserKind: 'co-hosted',
      attendance: null,
    })
    expect(shaped!.speakers).toEqual([
      { name: 'Nguyen', translations: { ja: { affiliation: '弁護士' }, vi: { affiliation: 'Luật sư' } } },
      { name: 'Sato', translations: {} },
    ])
    expect(shaped!.translations.vi).toEqual({
      title: 'Hội thảo',
      summary: null,
      organiserName: null,
      venueName: null,
      venueAddress: null,
      programme: null,
      report: null,
    })
    expect(shaped!.translations.ja).toMatchObject({
      organiserName: '共催団体',
      venueName: '会場',
      venueAddress: '東京',
    })
  })
})
