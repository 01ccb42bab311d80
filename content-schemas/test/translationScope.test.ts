import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import { defaultSourceLocale, sourceLocaleOf, targetLocalesOf, translationLocalesOf } from '../src/translationScope'

describe('translation scope', () => {
  it('organisation pages exist in English and Japanese only, English first', () => {
    expect(translationLocalesOf('pages')).toEqual(['en', 'ja'])
    expect(defaultSourceLocale('pages')).toBe('en')
    expect(targetLocalesOf('pages', 'en')).toEqual(['ja'])
  })

  it('everything else is written in Japanese and translated into the other eight', () => {
    expect(translationLocalesOf('articles')).toEqual(LOCALE_CODES)
    expect(defaultSourceLocale('articles')).toBe('ja')
    expect(targetLocalesOf('articles', 'ja')).toEqual(LOCALE_CODES.filter((l) => l !== 'ja'))
    expect(targetLocalesOf('articles', 'en')).not.toContain('en')
    expect(targetLocalesOf('articles', 'en')).toContain('ja')
  })

  it("takes a document's own source language when it is one of its collection's", () => {
    expect(sourceLocaleOf('articles', { sourceLocale: 'en' })).toBe('en')
    expect(sourceLocaleOf('pages', { sourceLocale: 'ja' })).toBe('ja')
  })

  it('falls back to the default for a missing, unknown or out-of-scope value', () => {
    expect(sourceLocaleOf('articles', {})).toBe('ja')
    expect(sourceLocaleOf('articles', null)).toBe('ja')
    expect(sourceLocaleOf('articles', { sourceLocale: 'xx' })).toBe('ja')
    expect(sourceLocaleOf('articles', { sourceLocale: 42 })).toBe('ja')
    // A Vietnamese "source" for an organisation page, which has no Vietnamese page, is not one.
    expect(sourceLocaleOf('pages', { sourceLocale: 'vi' })).toBe('en')
  })
})
