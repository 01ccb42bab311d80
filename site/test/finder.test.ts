import type * as S from '@mirai/content-schemas/schemas'
import { describe, expect, it } from 'vitest'

import { finderView } from '../src/lib/finder'
import { serviceView } from '../src/lib/services'

const calendar = { years: [2026, 2027], holidays: [] }
const base: S.SiteSettings['consultation'] = {
  free: true,
  languages: ['ja'],
  hours: [],
  region: 'nationwide',
  closedOnHolidays: false,
  yearEndClosure: null,
  translations: { en: { name: 'x' } },
}
const service = (name: string, fields: Partial<S.SiteSettings['consultation']>) =>
  serviceView({ ...base, ...fields, translations: { en: { name } } }, 'en', calendar)

describe('finderView', () => {
  const services = [
    service('Assist', { languages: ['ja', 'en', 'ne'] }),
    service('Osaka desk', { region: ['osaka'], languages: ['ja', 'km'] }),
    service('Tokai line', { region: ['gifu', 'aichi'], languages: ['pt', 'ja'] }),
    service('Hotline', { languages: ['en'] }),
  ]
  const view = finderView(services, 'en')

  it('lists the nationwide services once at the top, then each prefecture in the official order', () => {
    expect(view.groups.map((g) => [g.key, g.title, g.services.map((s) => s.name)])).toEqual([
      ['nationwide', 'All of Japan', ['Assist', 'Hotline']],
      ['gifu', 'Gifu', ['Tokai line']],
      ['aichi', 'Aichi', ['Tokai line']],
      ['osaka', 'Osaka', ['Osaka desk']],
    ])
    // The same service under two prefectures keeps one key, so the filter counts it once.
    expect(view.groups[1]!.services[0]!.key).toBe(view.groups[2]!.services[0]!.key)
  })

  it('offers every prefecture, and each language some service speaks once, with its own name', () => {
    expect(view.prefectures).toHaveLength(47)
    expect(view.prefectures[0]).toEqual({ value: 'hokkaido', label: 'Hokkaido' })
    expect(view.languages).toEqual([
      { code: 'ja', label: 'Japanese — 日本語' },
      { code: 'en', label: 'English' },
      { code: 'pt', label: 'Portuguese — Português' },
      { code: 'km', label: 'Khmer — ខ្មែរ' },
      { code: 'ne', label: 'Nepali — नेपाली' },
    ])
    expect(finderView(services, 'ja').languages[0]).toEqual({ code: 'ja', label: '日本語' })
  })

  it('has no nationwide group when every service is regional', () => {
    expect(finderView([services[1]!], 'ja').groups.map((g) => [g.key, g.title])).toEqual([['osaka', '大阪府']])
    expect(finderView([], 'en').groups).toEqual([])
  })
})
