import { describe, expect, it } from 'vitest'

import { DEFAULT_LOCALE, fallbackChain, getLocale, isLocaleCode, LOCALE_CODES, LOCALES } from '../src/locales'

describe('LOCALE_CODES', () => {
  it('lists the nine languages in language-chooser order, without duplicates', () => {
    expect(LOCALE_CODES).toEqual(['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'])
    expect(new Set(LOCALE_CODES).size).toBe(LOCALE_CODES.length)
  })

  it('has Japanese as the default', () => {
    expect(DEFAULT_LOCALE).toBe('ja')
    expect(LOCALE_CODES[0]).toBe(DEFAULT_LOCALE)
  })
})

describe('LOCALES', () => {
  it('maps codes to BCP 47 tags', () => {
    expect(Object.fromEntries(LOCALES.map((l) => [l.code, l.bcp47]))).toEqual({
      ja: 'ja',
      en: 'en',
      zh: 'zh-Hans',
      es: 'es',
      pt: 'pt-BR',
      id: 'id',
      tl: 'tl',
      my: 'my',
      vi: 'vi',
    })
  })

  // Not compared with the canonical form: CLDR canonicalises `tl` to `fil`, yet `tl` is what the site uses.
  it('has well-formed BCP 47 tags', () => {
    for (const { bcp47 } of LOCALES) expect(() => Intl.getCanonicalLocales(bcp47)).not.toThrow()
  })

  it("names each language in Open Graph's language_TERRITORY form, the same language as its BCP 47 tag", () => {
    for (const { bcp47, ogLocale } of LOCALES) {
      expect(ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/)
      expect(ogLocale.split('_')[0]).toBe(bcp47.split('-')[0])
    }
    expect(new Set(LOCALES.map((l) => l.ogLocale)).size).toBe(LOCALES.length)
  })

  it('has a native and an English name for every language', () => {
    for (const locale of LOCALES) {
      expect(locale.nativeName.trim()).not.toBe('')
      expect(locale.englishName.trim()).not.toBe('')
    }
  })
})

describe('isLocaleCode', () => {
  it.each(['ja', 'en', 'zh', 'pt', 'my', 'vi'])('accepts %j', (code) => {
    expect(isLocaleCode(code)).toBe(true)
  })

  it.each(['', 'JA', 'zh-Hans', 'pt-BR', 'fr', 'toString', 'constructor', null, undefined, 1, {}])(
    'rejects %j',
    (value) => {
      expect(isLocaleCode(value)).toBe(false)
    },
  )
})

describe('getLocale', () => {
  it('returns the locale for a code', () => {
    expect(getLocale('my')).toMatchObject({ code: 'my', bcp47: 'my', script: 'Mymr', dir: 'ltr' })
  })

  it('names the unknown code and the valid ones in its error', () => {
    expect(() => getLocale('fr')).toThrow('Unknown locale "fr". Expected one of: ja, en, zh, es, pt, id, tl, my, vi')
  })
})

describe('fallbackChain', () => {
  it('has no fallback for Japanese, the source language', () => {
    expect(fallbackChain('ja')).toEqual([])
  })

  it('falls back from English to Japanese', () => {
    expect(fallbackChain('en')).toEqual(['ja'])
  })

  const OTHER_LOCALES = ['zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'] as const
  it.each(OTHER_LOCALES)('falls back from %s to English, then Japanese', (code) => {
    expect(fallbackChain(code)).toEqual(['en', 'ja'])
  })

  it('never includes the locale itself and returns a fresh array', () => {
    for (const code of LOCALE_CODES) expect(fallbackChain(code)).not.toContain(code)
    const chain = fallbackChain('vi')
    chain.push('vi')
    expect(fallbackChain('vi')).toEqual(['en', 'ja'])
  })
})
