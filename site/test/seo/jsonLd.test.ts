import { describe, expect, it } from 'vitest'

import type { SiteSettings } from '@mirai/content-schemas/schemas'

import { sectionTrail } from '../../src/lib/seo/crumbs'
import {
  article,
  breadcrumbList,
  event,
  HEADLINE_MAX,
  jsonLdScript,
  organization,
  organizationOf,
  type EventInput,
} from '../../src/lib/seo/jsonLd'

const SITE = 'https://portal.example.org'

describe('article', () => {
  it('has headline, language, dates in UTC, absolute images, author and publisher', () => {
    const data = article({
      site: SITE,
      path: '/vi/articles/wages/',
      headline: 'Lương tối thiểu',
      description: 'Mức lương',
      contentLang: 'vi',
      datePublished: '2026-01-02T09:00:00+09:00',
      dateModified: '2026-03-01T00:00:00Z',
      images: ['/media/wages.jpg'],
      publisher: { name: 'JP-MIRAI' },
    })
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Lương tối thiểu',
      description: 'Mức lương',
      inLanguage: 'vi',
      datePublished: '2026-01-02T00:00:00.000Z',
      dateModified: '2026-03-01T00:00:00.000Z',
      image: [`${SITE}/media/wages.jpg`],
      author: { '@type': 'Organization', name: 'JP-MIRAI' },
      publisher: { '@type': 'Organization', name: 'JP-MIRAI' },
      mainEntityOfPage: `${SITE}/vi/articles/wages/`,
      url: `${SITE}/vi/articles/wages/`,
    })
  })

  it('shortens a long headline and dates an unmodified article by its publication', () => {
    const data = article({
      site: SITE,
      path: '/ja/articles/x/',
      headline: 'あ'.repeat(500),
      contentLang: 'ja',
      datePublished: '2026-01-02T00:00:00Z',
      images: [],
      publisher: { name: 'JP-MIRAI' },
    })
    expect([...String(data.headline)].length).toBe(HEADLINE_MAX)
    expect(data.dateModified).toBe(data.datePublished)
    expect('image' in data).toBe(false)
    expect('description' in data).toBe(false)
  })
})

describe('event', () => {
  const base: EventInput = {
    site: SITE,
    path: '/en/events/forum/',
    name: 'Forum',
    contentLang: 'en',
    start: '2026-11-21T05:00:00Z',
    end: '2026-11-21T08:00:00Z',
    online: false,
    venueName: 'JICA Ichigaya',
    venueAddress: '10-5 Ichigaya Honmura-cho, Shinjuku, Tokyo',
    images: [],
  }

  it('gives times in Japan time with the offset, and the venue as a Place in Japan', () => {
    const data = event(base)
    expect(data.startDate).toBe('2026-11-21T14:00:00+09:00')
    expect(data.endDate).toBe('2026-11-21T17:00:00+09:00')
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(data.location).toEqual({
      '@type': 'Place',
      name: 'JICA Ichigaya',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '10-5 Ichigaya Honmura-cho, Shinjuku, Tokyo',
        addressCountry: 'JP',
      },
    })
  })

  it('gives an online event a virtual location: its registration address, or its page', () => {
    const online = { ...base, online: true, venueName: null, venueAddress: null }
    expect(event({ ...online, onlineUrl: 'https://forms.example.org/x' }).location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://forms.example.org/x',
    })
    // A hostile address is not passed on: the event's own page takes its place.
    expect(event({ ...online, onlineUrl: 'javascript:alert(1)' }).location).toEqual({
      '@type': 'VirtualLocation',
      url: `${SITE}/en/events/forum/`,
    })
    expect(event(online).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
  })

  it('gives a hybrid event both locations', () => {
    const data = event({ ...base, online: true })
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect((data.location as { '@type': string }[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation'])
  })

  it('refuses an event whose time is not a date', () => {
    expect(() => event({ ...base, start: 'soon' })).toThrow('Not a date')
  })
})

describe('organization', () => {
  const settings = {
    organisation: {
      email: 'ask@jp-mirai.org',
      phone: null,
      url: 'https://jp-mirai.org/',
      translations: { ja: { name: '一般社団法人JP-MIRAI', address: '東京都' }, en: { name: 'JP-MIRAI' } },
    },
    social: [
      { platform: 'facebook', url: 'https://www.facebook.com/jpmirai' },
      { platform: 'bad', url: 'javascript:alert(1)' },
      { platform: 'broken', url: 'http://[' },
    ],
  } as unknown as SiteSettings

  it('names JP-MIRAI in the page’s language with its address, contacts and profiles (web addresses only)', () => {
    expect(organization(SITE, organizationOf(settings, 'my', '/my/'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'JP-MIRAI',
      url: 'https://jp-mirai.org/',
      email: 'ask@jp-mirai.org',
      sameAs: ['https://www.facebook.com/jpmirai'],
    })
    expect(organization(SITE, organizationOf(settings, 'ja', '/ja/'))).toMatchObject({
      name: '一般社団法人JP-MIRAI',
      address: '東京都',
    })
  })

  it('falls back to the portal’s home when the organisation has no website', () => {
    const none = { ...settings, organisation: { ...settings.organisation, url: null } } as unknown as SiteSettings
    expect(organization(SITE, organizationOf(none, 'en', '/en/')).url).toBe(`${SITE}/en/`)
  })
})

describe('breadcrumbList', () => {
  it('numbers the trail from the language’s home to the page, with absolute URLs', () => {
    const data = breadcrumbList(SITE, sectionTrail('vi', 'articles', { name: 'Lương', path: '/vi/articles/wages/' }))
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${SITE}/vi/` },
      { '@type': 'ListItem', position: 2, name: expect.any(String), item: `${SITE}/vi/articles/` },
      { '@type': 'ListItem', position: 3, name: 'Lương', item: `${SITE}/vi/articles/wages/` },
    ])
  })

  it('refuses an empty trail', () => {
    expect(() => breadcrumbList(SITE, [])).toThrow('at least one crumb')
  })
})

describe('jsonLdScript', () => {
  it('cannot be closed or commented out by a document’s text, and parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script><!-- & \u2028 \u2029' }
    const text = jsonLdScript(data)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(data)
  })
})
