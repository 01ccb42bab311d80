import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import { docPath, pageLocaleFor, sectionPath, switchLanguage } from '../src/paths'

describe('docPath', () => {
  it('puts a document under its section, in the reader’s language', () => {
    expect(docPath('vi', 'articles', 'wages')).toBe('/vi/articles/wages/')
    expect(docPath('my', 'good-practices', 'gp-1')).toBe('/my/good-practices/gp-1/')
    expect(docPath('zh', 'newsletters', 'bulletin-3')).toBe('/zh/newsletters/bulletin-3/')
  })

  it('sends every language to an organisation page that exists: English, or Japanese for Japanese readers', () => {
    const paths = Object.fromEntries(LOCALE_CODES.map((lang) => [lang, docPath(lang, 'pages', 'about')]))
    expect(paths).toEqual({ ja: '/ja/about/', en: '/en/about/', zh: '/en/about/', es: '/en/about/', pt: '/en/about/', id: '/en/about/', tl: '/en/about/', my: '/en/about/', vi: '/en/about/' })
    expect(pageLocaleFor('pages', 'vi')).toBe('en')
    expect(pageLocaleFor('articles', 'vi')).toBe('vi')
  })

  it('refuses a collection without pages instead of inventing a path', () => {
    expect(() => docPath('ja', 'media', 'x')).toThrow(/No public page for collection "media"/)
  })
})

describe('section and language paths', () => {
  it('numbers list pages after the first', () => {
    expect(sectionPath('vi', 'articles')).toBe('/vi/articles/')
    expect(sectionPath('vi', 'articles', 3)).toBe('/vi/articles/page/3/')
  })

  it('swaps only the language segment, and sends unknown paths home', () => {
    expect(switchLanguage('/vi/articles/wages/', 'ja')).toBe('/ja/articles/wages/')
    expect(switchLanguage('/xx/articles/', 'ja')).toBe('/ja/')
  })
})
