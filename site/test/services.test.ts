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
