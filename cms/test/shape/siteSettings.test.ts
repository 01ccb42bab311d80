import { describe, expect, it } from 'vitest'

import { shapeSiteSettings } from '../../src/export/shape/siteSettings'
import { shapeTags } from '../../src/export/shape/tags'
import { inLanguages, jaOnly, siteSettings, tag } from './fixtures'

describe('site settings', () => {
  it('gives each consultation service its shared details once and its name per language', () => {
    const ja = siteSettings({
      organisation: { name: 'JP-MIRAI', email: 'info@example.org', address: '東京' },
      consultation: {
        name: '相談窓口',
        phone: '',
        languages: ['ja', 'vi'],
        hours: [{ day: 'mon', opens: '10:00', closes: '17:00', id: 'h1' }],
      },
      otherServices: [{ name: '労働相談', free: false, url: 'https://help.example' }],
      social: [{ platform: 'x', url: 'https://x.com/jp', id: 's1' }],
    })
    const vi = {
      ...ja,
      organisation: { ...ja.organisation, address: null },
      consultation: { ...ja.consultation, name: 'Tư vấn' },
      otherServices: [{ name: '' }],
    }
    expect(shapeSiteSettings(inLanguages({ ja, vi }))).toEqual({
      organisation: {
        email: 'info@example.org',
        phone: null,
        url: null,
        translations: { ja: { name: 'JP-MIRAI', address: '東京' }, vi: { name: 'JP-MIRAI', address: null } },
      },
      consultation: {
        phone: null,
        email: null,
        chatUrl: null,
        url: null,
        free: true,
        languages: ['ja', 'vi'],
        hours: [{ day: 'mon', opens: '10:00', closes: '17:00' }],
        translations: { ja: { name: '相談窓口', description: null }, vi: { name: 'Tư vấn', description: null } },
      },
      otherServices: [
        {
          phone: null,
          email: null,
          chatUrl: null,
          url: 'https://help.example',
          free: false,
          languages: [],
          hours: [],
          translations: { ja: { name: '労働相談', description: null } },
        },
      ],
      social: [{ platform: 'x', url: 'https://x.com/jp' }],
    })
  })
})

describe('tags', () => {
  it('are named in each language that has a name', () => {
    const doc = tag({ id: 't1', name: '賃金', slug: 'wages' })
    expect(
      shapeTags([
        inLanguages({ ja: doc, vi: { ...doc, name: 'Tiền lương' }, en: { ...doc, name: '' } }),
        jaOnly(tag({ id: 't2' })),
      ]),
    ).toEqual([
      { id: 't1', slug: 'wages', name: { ja: '賃金', vi: 'Tiền lương' } },
      { id: 't2', slug: 'tag-t2', name: { ja: 'タグ' } },
    ])
  })
})
