import { describe, expect, it } from 'vitest'

import { article, describeIssues, event, siteSettings } from '../src/schemas'

const body = { root: { type: 'root', children: [] } }

const validArticle = {
  id: '6a0c6c0e-4c1f-4c59-9c53-0d5e0e0b0c01',
  slug: 'minimum-wage',
  updatedAt: '2026-01-10T01:00:00.000Z',
  publishedAt: '2026-01-10T10:00:00+09:00',
  category: 'work-and-wages',
  tags: [],
  countries: ['vn'],
  relatedVideos: [],
  heroImage: null,
  translations: {
    ja: { title: '最低賃金', summary: null, body },
    vi: { title: 'Lương tối thiểu', body },
  },
}

describe('article schema', () => {
  it('accepts a document translated into some languages only', () => {
    const parsed = article.parse(validArticle)
    expect(Object.keys(parsed.translations)).toEqual(['ja', 'vi'])
  })

  it('rejects an unknown category', () => {
    const result = article.safeParse({ ...validArticle, category: 'gossip' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['category'])
  })

  it('rejects a non-ASCII slug', () => {
    expect(article.safeParse({ ...validArticle, slug: '最低賃金' }).success).toBe(false)
  })

  it('rejects an unknown language and a document with no translation at all', () => {
    expect(article.safeParse({ ...validArticle, translations: { xx: { title: 'a', body } } }).success).toBe(false)
    expect(article.safeParse({ ...validArticle, translations: {} }).success).toBe(false)
  })

  it('names the document, the language and the field of a problem', () => {
    const result = article.safeParse({
      ...validArticle,
      translations: { ...validArticle.translations, vi: { title: '', body } },
    })
    expect(result.success).toBe(false)
    const lines = describeIssues('articles', validArticle.id, result.error!)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^articles 6a0c6c0e-4c1f-4c59-9c53-0d5e0e0b0c01 \(vi\): translations\.vi\.title: /)
  })
})

describe('event schema', () => {
  const validEvent = {
    id: 'e1',
    slug: 'members-forum-2026',
    updatedAt: '2026-01-10T01:00:00.000Z',
    kind: 'forum',
    audience: 'members-only',
    start: '2026-12-05T14:00:00+09:00',
    end: '2026-12-05T17:00:00+09:00',
    online: true,
    organiserKind: 'jp-mirai',
    speakers: [],
    translations: { ja: { title: '会員フォーラム' } },
  }

  it('accepts a valid event', () => {
    expect(event.parse(validEvent).audience).toBe('members-only')
  })

  it('rejects an event that ends before it starts', () => {
    const result = event.safeParse({ ...validEvent, end: '2026-12-05T13:00:00+09:00' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['end'])
  })
})

describe('site settings schema', () => {
  it('rejects opening hours that are not HH:MM', () => {
    const settings = {
      organisation: { translations: { en: { name: 'JP-MIRAI' } } },
      consultation: {
        free: true,
        languages: ['ja'],
        hours: [{ day: 'mon', opens: '9am', closes: '17:00' }],
        translations: { ja: { name: 'JP-MIRAI アシスト' } },
      },
      social: [],
    }
    const result = siteSettings.safeParse(settings)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['consultation', 'hours', 0, 'opens'])
  })

  describe('consultation services', () => {
    const withService = (fields: Record<string, unknown>) => ({
      organisation: { translations: { en: { name: 'JP-MIRAI' } } },
      consultation: { free: true, languages: ['ja'], hours: [], translations: { ja: { name: 'アシスト' } } },
      otherServices: [{ free: true, languages: ['ja'], hours: [], translations: { ja: { name: '窓口' } }, ...fields }],
      social: [],
    })
    const issue = (fields: Record<string, unknown>) =>
      siteSettings.safeParse(withService(fields)).error?.issues[0]?.path.slice(2)

    it('serve all of Japan, closing on no extra day, unless they say otherwise', () => {
      const parsed = siteSettings.parse(withService({}))
      expect(parsed.otherServices[0]).toMatchObject({
        region: 'nationwide',
        closedOnHolidays: false,
        yearEndClosure: null,
      })
      const regional = siteSettings.parse(
        withService({
          languages: ['ne', 'km', 'uk'],
          region: ['aichi', 'osaka'],
          closedOnHolidays: true,
          yearEndClosure: { from: '12-29', to: '01-03' },
        }),
      ).otherServices[0]
      expect(regional?.region).toEqual(['aichi', 'osaka'])
      expect(regional?.languages).toEqual(['ne', 'km', 'uk'])
    })

    it('refuse unknown languages and prefectures, an empty list of prefectures and closures that are not days', () => {
      expect(issue({ languages: ['xx'] })).toEqual(['languages', 0])
      expect(issue({ languages: ['<script>'] })).toEqual(['languages', 0])
      expect(issue({ region: ['atlantis'] })).toEqual(['region'])
      expect(issue({ region: [] })).toEqual(['region'])
      expect(issue({ region: 'prefectures' })).toEqual(['region'])
      expect(issue({ yearEndClosure: { from: '12-29', to: '02-30' } })).toEqual(['yearEndClosure', 'to'])
      expect(issue({ yearEndClosure: { from: '12-29\r\n', to: '01-03' } })).toEqual(['yearEndClosure', 'from'])
      expect(issue({ closedOnHolidays: 'yes' })).toEqual(['closedOnHolidays'])
    })
  })
})

describe('references carry what a link shows', () => {
  const video = {
    id: 'v1',
    slug: 'safety-at-work',
    translations: { ja: { title: '職場の安全' }, en: { title: 'Safety at work' } },
  }
  const tag = { id: 't1', slug: 'wages', name: { ja: '賃金', en: 'Wages' } }

  it('accepts tags and related videos with their slug and titles', () => {
    const parsed = article.parse({ ...validArticle, tags: [tag], relatedVideos: [video] })
    expect(parsed.relatedVideos[0]).toEqual(video)
    expect(parsed.tags[0]?.name.en).toBe('Wages')
  })

  it('refuses a bare id, a reference without a slug and one without any title', () => {
    expect(article.safeParse({ ...validArticle, relatedVideos: ['v1'] }).success).toBe(false)
    expect(
      article.safeParse({ ...validArticle, relatedVideos: [{ id: 'v1', translations: video.translations }] }).success,
    ).toBe(false)
    const untitled = article.safeParse({ ...validArticle, relatedVideos: [{ ...video, translations: {} }] })
    expect(untitled.success).toBe(false)
    expect(untitled.error?.issues[0]?.path).toEqual(['relatedVideos', 0, 'translations'])
    expect(article.safeParse({ ...validArticle, tags: ['t1'] }).success).toBe(false)
  })
})
