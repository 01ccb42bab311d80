import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import {
  categoryPath,
  docPath,
  internalLinkPath,
  pageAlternates,
  pageLocaleFor,
  pageTranslation,
  sectionPath,
  shareImagePath,
  sitemapPath,
  switchLanguage,
} from '../src/paths'

describe('docPath', () => {
  it('puts a document under its section, in the reader’s language', () => {
    expect(docPath('vi', 'articles', 'wages')).toBe('/vi/articles/wages/')
    expect(docPath('my', 'good-practices', 'gp-1')).toBe('/my/good-practices/gp-1/')
    expect(docPath('zh', 'newsletters', 'bulletin-3')).toBe('/zh/newsletters/bulletin-3/')
  })

  it('sends every language to an organisation page that exists: English, or Japanese for Japanese readers', () => {
    const paths = Object.fromEntries(LOCALE_CODES.map((lang) => [lang, docPath(lang, 'pages', 'about')]))
    expect(paths).toEqual({
      ja: '/ja/about/',
      en: '/en/about/',
      zh: '/en/about/',
      es: '/en/about/',
      pt: '/en/about/',
      id: '/en/about/',
      tl: '/en/about/',
      my: '/en/about/',
      vi: '/en/about/',
    })
    expect(pageLocaleFor('pages', 'vi')).toBe('en')
    expect(pageLocaleFor('articles', 'vi')).toBe('vi')
  })
})

describe('paths', () => {
  it('puts every document under its language with the shared slug', () => {
    expect(docPath('vi', 'articles', 'minimum-wage')).toBe('/vi/articles/minimum-wage/')
    expect(docPath('my', 'good-practices', 'good-practice-13')).toBe('/my/good-practices/good-practice-13/')
    expect(docPath('en', 'pages', 'about')).toBe('/en/about/')
  })

  it('refuses a collection without public pages', () => {
    expect(() => docPath('ja', 'activity-reports', 'x')).toThrow('No public page for collection "activity-reports"')
  })

  it('numbers list pages from 2', () => {
    expect(sectionPath('ja', 'articles')).toBe('/ja/articles/')
    expect(sectionPath('ja', 'articles', 3)).toBe('/ja/articles/page/3/')
    expect(categoryPath('es', 'daily-life', 2)).toBe('/es/articles/category/daily-life/page/2/')
  })

  it('keeps the page when switching language', () => {
    expect(switchLanguage('/vi/articles/minimum-wage/', 'my')).toBe('/my/articles/minimum-wage/')
    expect(switchLanguage('/ja/', 'en')).toBe('/en/')
    expect(switchLanguage('/', 'tl')).toBe('/tl/')
    expect(switchLanguage('/xx/whatever/', 'tl')).toBe('/tl/')
  })
})

describe('pageAlternates', () => {
  it('lists an organisation page only in English and Japanese, whatever other text the CMS holds', () => {
    const translations = { vi: { title: 'Về chúng tôi' }, en: { title: 'About us' }, ja: { title: '私たちについて' } }
    expect(pageAlternates('pages', translations)).toEqual(['ja', 'en'])
    expect(pageAlternates('pages', { vi: { title: 'Về chúng tôi' }, en: { title: 'About us' } })).toEqual(['en'])
  })

  it('lists every language with text for the other collections, in the site’s order', () => {
    expect(pageAlternates('articles', { vi: 'Lương', en: 'Wages', my: ' ' })).toEqual(['en', 'vi'])
    expect(pageAlternates('articles', null)).toEqual([])
  })
})

describe('pageTranslation', () => {
  const about = { vi: { title: 'Về chúng tôi' }, en: { title: 'About us' }, ja: { title: '私たちについて' } }

  it('picks an organisation page’s text among the languages it is built in', () => {
    expect(pageTranslation('pages', about, 'vi')).toEqual({
      lang: 'en',
      content: { title: 'About us' },
      isFallback: true,
    })
    expect(pageTranslation('pages', about, 'ja')).toEqual({
      lang: 'ja',
      content: { title: '私たちについて' },
      isFallback: false,
    })
    expect(pageTranslation('pages', { ja: about.ja }, 'en')).toMatchObject({ lang: 'ja', isFallback: true })
  })

  it('says when a page has no text in any language it is built in', () => {
    expect(pageTranslation('pages', { vi: about.vi }, 'vi')).toBeNull()
  })

  it('is the ordinary fallback pick for the other collections', () => {
    expect(pageTranslation('articles', about, 'vi')).toEqual({
      lang: 'vi',
      content: { title: 'Về chúng tôi' },
      isFallback: false,
    })
  })
})

describe('internalLinkPath', () => {
  it('links to the target’s page for the reader, an organisation page in a language it exists in', () => {
    expect(internalLinkPath('vi', { relationTo: 'articles', value: { id: 'a1', slug: 'wages' } })).toBe(
      '/vi/articles/wages/',
    )
    expect(internalLinkPath('vi', { relationTo: 'pages', value: { id: 'p1', slug: 'about' } })).toBe('/en/about/')
    expect(internalLinkPath('ja', { relationTo: 'pages', value: { id: 'p1', slug: 'about' } })).toBe('/ja/about/')
  })

  it('leads nowhere without a slug (not public, not populated) or without pages for the collection', () => {
    expect(internalLinkPath('en', { relationTo: 'articles', value: 'a1' })).toBeNull()
    expect(internalLinkPath('en', { relationTo: 'articles', value: { id: 'a1' } })).toBeNull()
    expect(internalLinkPath('en', { relationTo: 'articles', value: { id: 'a1', slug: '' } })).toBeNull()
    expect(internalLinkPath('en', { relationTo: 'articles', value: { id: 'a1', slug: 7 } })).toBeNull()
    expect(internalLinkPath('en', { relationTo: 'articles', value: null })).toBeNull()
    expect(internalLinkPath('en', { relationTo: 'activity-reports', value: { id: 'r1', slug: 'r' } })).toBeNull()
  })
})

describe('share image and sitemap paths', () => {
  it('gives each language its own share image, outside any page folder', () => {
    expect(shareImagePath('my')).toBe('/my/share-image.png')
    expect(new Set(LOCALE_CODES.map(shareImagePath)).size).toBe(LOCALE_CODES.length)
  })

  it('names the sitemap and the numbered parts of a sitemap index', () => {
    expect(sitemapPath()).toBe('/sitemap.xml')
    expect(sitemapPath(1)).toBe('/sitemap-1.xml')
  })
})
