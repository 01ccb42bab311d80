import { describe, expect, it } from 'vitest'

import { shapeSiteSettings } from '../../src/export/shape/siteSettings'
import { shapeTags } from '../../src/export/shape/tags'
import { inLanguages, jaOnly, siteSettings, tag } from './fixtures'

describe('site settings', () => {
  it('gives each consultation service its shared details once and its name per language', () => {
    const ja = siteSettings({
      // A page listing the services says when they last changed (the site's "last updated").
      updatedAt: '2026-11-30T10:02:03+09:00',
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
      updatedAt: '2026-11-30T01:02:03.000Z',
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
        region: 'nationwide',
        closedOnHolidays: false,
        yearEndClosure: null,
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
          region: 'nationwide',
          closedOnHolidays: false,
          yearEndClosure: null,
          translations: { ja: { name: '労働相談', description: null } },
        },
      ],
      social: [{ platform: 'x', url: 'https://x.com/jp' }],
    })
  })
})

describe('consultation services', () => {
  const shaped = (service: Record<string, unknown>) =>
    shapeSiteSettings(
      inLanguages({
        ja: siteSettings({ organisation: { name: 'JP-MIRAI' }, consultation: { name: '窓口', ...service } }),
      }),
    ).consultation

  it("carry where they serve, their languages beyond the site's and the days they close", () => {
    expect(
      shaped({
        languages: ['ja', 'ne', 'km'],
        region: 'prefectures',
        prefectures: ['aichi', 'gifu'],
        closedOnHolidays: true,
        yearEndClosure: { from: '12-29', to: '01-03' },
      }),
    ).toMatchObject({
      languages: ['ja', 'ne', 'km'],
      region: ['aichi', 'gifu'],
      closedOnHolidays: true,
      yearEndClosure: { from: '12-29', to: '01-03' },
    })
  })

  it('serve all of Japan unless prefectures are both chosen and listed, and have no half closure', () => {
    // A "some prefectures" service with none listed, and prefectures left behind on a nationwide one.
    expect(shaped({ region: 'prefectures', prefectures: [] }).region).toBe('nationwide')
    expect(shaped({ region: 'nationwide', prefectures: ['tokyo'] }).region).toBe('nationwide')
    expect(shaped({ yearEndClosure: { from: '12-29', to: null } }).yearEndClosure).toBeNull()
    expect(shaped({ yearEndClosure: {} }).yearEndClosure).toBeNull()
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
