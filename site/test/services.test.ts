import { describe, expect, it } from 'vitest'

import type * as S from '@mirai/content-schemas/schemas'

import { serviceView } from '../src/lib/services'

const service: S.SiteSettings['consultation'] = {
  phone: '0120-000-000',
  free: true,
  languages: ['vi', 'ja'],
  hours: [
    { day: 'mon', opens: '10:00', closes: '17:00' },
    { day: 'sun', opens: '09:00', closes: '12:00' },
  ],
  translations: { ja: { name: 'JP-MIRAIアシスト' } },
  region: 'nationwide',
  closedOnHolidays: false,
  yearEndClosure: null,
}

describe('serviceView', () => {
  it('names opening days from Intl, capitalised where they stand alone', () => {
    expect(serviceView(service, 'en').hours).toEqual([
      { day: 'Monday', time: '10:00–17:00' },
      { day: 'Sunday', time: '09:00–12:00' },
    ])
    expect(serviceView(service, 'es').hours.map((h) => h.day)).toEqual(['Lunes', 'Domingo'])
    expect(serviceView(service, 'pt').hours.map((h) => h.day)).toEqual(['Segunda-feira', 'Domingo'])
    expect(serviceView(service, 'ja').hours.map((h) => h.day)).toEqual(['月曜日', '日曜日'])
  })

  it('labels the call button from the interface text, never wrapping inside', () => {
    expect(serviceView(service, 'en').call?.label).toBe('Call\u00a00120\u2011000\u2011000')
  })
})

describe('serviceView of a regional service', () => {
  const calendar = { years: [2026, 2027], holidays: ['2026-11-23', '2027-01-01'] }
  const regional: S.SiteSettings['consultation'] = {
    ...service,
    languages: ['ja', 'ne', 'vi', 'km'],
    region: ['aichi', 'gifu'],
    closedOnHolidays: true,
    yearEndClosure: { from: '12-29', to: '01-03' },
  }

  it('names every language in the reader’s language and in its own, the site’s first', () => {
    expect(serviceView(regional, 'en', calendar).languages).toEqual([
      { code: 'ja', tag: 'ja', name: '日本語', label: 'Japanese' },
      { code: 'vi', tag: 'vi', name: 'Tiếng Việt', label: 'Vietnamese' },
      { code: 'km', tag: 'km', name: 'ខ្មែរ', label: 'Khmer' },
      { code: 'ne', tag: 'ne', name: 'नेपाली', label: 'Nepali' },
    ])
    expect(serviceView(regional, 'ja', calendar).languages.map((l) => l.label)).toEqual([
      '日本語',
      'ベトナム語',
      'クメール語',
      'ネパール語',
    ])
  })

  it('says where it serves and when it is closed, and hands over the closed dates', () => {
    const en = serviceView(regional, 'en', calendar)
    expect(en.nationwide).toBe(false)
    expect(en.area).toBe('Aichi and Gifu')
    expect(serviceView(regional, 'ja', calendar).area).toBe('愛知県、岐阜県')
    expect(en.closedDays).toEqual(['Closed on public holidays', 'Closed from December 29 to January 3'])
    expect(serviceView(regional, 'es', calendar).closedDays[1]).toBe('Cerrado del 29 de diciembre al 3 de enero')
    expect(en.closed).toContain('2026-11-23')
    expect(en.closed).toContain('2026-12-31')
    expect(en.closed).not.toContain('2026-11-24')
    expect(serviceView(service, 'en', calendar)).toMatchObject({ nationwide: true, area: 'All of Japan', closed: [] })
  })
})
