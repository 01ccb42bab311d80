import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import { categoryPath, docPath, pageLocaleFor, sectionPath, switchLanguage } from '../src/paths'

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
