import { describe, expect, it } from 'vitest'

import { t } from '@mirai/content-schemas/i18n'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import type { PictureData } from '../../src/lib/images'
import { clip } from '../../src/lib/seo/clip'
import {
  alternateLinks,
  defaultShareImage,
  DESCRIPTION_MAX,
  shareImageOf,
  shareTags,
  type MetaTag,
  type ShareInput,
} from '../../src/lib/seo/head'

const SITE = 'https://portal.example.org'
const picture = (src: string): PictureData => ({
  src,
  webpSrcset: null,
  sizes: '100vw',
  width: 1600,
  height: 900,
  alt: '在留カード',
  altLang: null,
  objectPosition: null,
})
const input = (over: Partial<ShareInput> = {}): ShareInput => ({
  site: SITE,
  lang: 'vi',
  path: '/vi/articles/wages/',
  title: 'Lương tối thiểu',
  description: 'Mức lương tối thiểu ở Nhật Bản.',
  noindex: false,
  alternates: ['ja', 'en', 'vi'],
  type: 'article',
  image: null,
  ...over,
})
const get = (tags: MetaTag[], key: string) =>
  tags.filter((tag) => tag.property === key || tag.name === key).map((tag) => tag.content)

describe('alternateLinks', () => {
  it('names each language the document is written in, and the language chooser as x-default', () => {
    expect(alternateLinks(SITE, '/vi/articles/wages/', ['ja', 'zh', 'vi'], false)).toEqual([
      { hreflang: 'ja', href: `${SITE}/ja/articles/wages/` },
      { hreflang: 'zh-Hans', href: `${SITE}/zh/articles/wages/` },
      { hreflang: 'vi', href: `${SITE}/vi/articles/wages/` },
      { hreflang: 'x-default', href: `${SITE}/` },
    ])
  })

  it('names no language version from a page that is not indexed (nobody names it back)', () => {
    expect(alternateLinks(SITE, '/my/newsletters/monthly-30/', ['ja', 'en', 'vi', 'id'], true)).toEqual([
      { hreflang: 'x-default', href: `${SITE}/` },
    ])
  })
})

describe('shareTags', () => {
  it('gives Open Graph and Twitter tags in the page’s language, with absolute URLs', () => {
    const tags = shareTags(input())
    expect(get(tags, 'og:title')).toEqual(['Lương tối thiểu'])
    expect(get(tags, 'twitter:title')).toEqual(['Lương tối thiểu'])
    expect(get(tags, 'og:url')).toEqual([`${SITE}/vi/articles/wages/`])
    expect(get(tags, 'og:site_name')).toEqual([t('vi', 'site.name')])
    expect(get(tags, 'og:locale')).toEqual(['vi_VN'])
    expect(get(tags, 'og:locale:alternate')).toEqual(['ja_JP', 'en_US'])
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image'])
  })

  it('falls back to the language’s generated image, 1200×630', () => {
    for (const lang of LOCALE_CODES) {
      const tags = shareTags(input({ lang, path: `/${lang}/safety/`, type: 'website' }))
      expect(get(tags, 'og:image')).toEqual([`${SITE}/${lang}/share-image.png`])
      expect(get(tags, 'twitter:image')).toEqual([`${SITE}/${lang}/share-image.png`])
      expect(get(tags, 'og:image:width')).toEqual(['1200'])
      expect(get(tags, 'og:image:height')).toEqual(['630'])
      expect(get(tags, 'og:image:alt')[0]).toContain(t(lang, 'site.tagline'))
    }
  })

  it('uses the document’s own picture, with its size and type', () => {
    const tags = shareTags(input({ image: shareImageOf(picture('/media/residence-card.jpg')) }))
    expect(get(tags, 'og:image')).toEqual([`${SITE}/media/residence-card.jpg`])
    expect(get(tags, 'og:image:type')).toEqual(['image/jpeg'])
    expect(get(tags, 'og:image:width')).toEqual(['1600'])
    expect(get(tags, 'og:image:alt')).toEqual(['在留カード'])
  })

  it('offers no other language from a fallback page', () => {
    expect(get(shareTags(input({ lang: 'my', noindex: true })), 'og:locale:alternate')).toEqual([])
    expect(get(shareTags(input({ lang: 'my', noindex: true })), 'og:locale')).toEqual(['my_MM'])
  })

  it('gives an article its dates, and other pages none', () => {
    const tags = shareTags(input({ publishedTime: '2026-01-02T03:04:05+09:00', modifiedTime: '2026-02-01T00:00:00Z' }))
    expect(get(tags, 'article:published_time')).toEqual(['2026-01-01T18:04:05.000Z'])
    expect(get(tags, 'article:modified_time')).toEqual(['2026-02-01T00:00:00.000Z'])
    expect(
      get(shareTags(input({ type: 'website', publishedTime: '2026-01-02T00:00:00Z' })), 'article:published_time'),
    ).toEqual([])
  })

  it('bounds a huge or multi-line description and keeps markup as text', () => {
    const hostile = `<script>alert(1)</script>\r\nline\u0000two ${'ကျွန်ုပ် '.repeat(100_000)}`
    const [description] = get(shareTags(input({ description: hostile })), 'og:description')
    expect([...description!].length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(description).toMatch(/^<script>alert\(1\)<\/script> line two ကျွန်ုပ်/)
    // eslint-disable-next-line no-control-regex -- the characters a hostile summary carried
    expect(description).not.toMatch(/[\r\n\u0000]/)
    expect(description!.endsWith('…')).toBe(true)
  })
})

describe('shareImageOf', () => {
  it('takes pictures previews show and leaves AVIF (and no picture) to the default', () => {
    expect(shareImageOf(picture('/media/a.png'))?.type).toBe('image/png')
    expect(shareImageOf(picture('/media/a.webp?v=2'))?.type).toBe('image/webp')
    expect(shareImageOf(picture('/media/a.avif'))).toBeNull()
    expect(shareImageOf(picture('/media/a.svg'))).toBeNull()
    expect(shareImageOf(null)).toBeNull()
  })

  it('keeps the default image’s path per language', () => {
    expect(defaultShareImage('zh').src).toBe('/zh/share-image.png')
  })
})

describe('clip', () => {
  it('cuts at a word with an ellipsis, or anywhere in scripts without spaces, never inside a character', () => {
    expect(clip('one two three four', 12)).toBe('one two…')
    expect(clip('日本で暮らす外国人労働者のための情報', 8)).toBe('日本で暮らす外…')
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…')
    expect(clip('  short  ', 10)).toBe('short')
  })
})
