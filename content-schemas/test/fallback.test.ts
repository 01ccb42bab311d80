import { describe, expect, it } from 'vitest'

import { findTranslation, labelIn, mapValues, pickTranslation, translatedLocales } from '../src/fallback'
import { hasText } from '../src/translated'

const rich = (text: string) => ({
  root: { type: 'root', children: text ? [{ type: 'paragraph', children: [{ type: 'text', text }] }] : [] },
})

describe('hasText', () => {
  it('counts non-blank strings, non-empty rich text and other present values', () => {
    expect(hasText('賃金')).toBe(true)
    expect(hasText('  ')).toBe(false)
    expect(hasText(null)).toBe(false)
    expect(hasText(undefined)).toBe(false)
    expect(hasText(rich('text'))).toBe(true)
    expect(hasText(rich(''))).toBe(false)
    expect(hasText({ title: 'x' })).toBe(true)
    expect(hasText(0)).toBe(true)
  })
})

describe('findTranslation / pickTranslation', () => {
  it('uses the reader’s own language when it has text', () => {
    expect(pickTranslation({ vi: 'Lương', en: 'Wages', ja: '賃金' }, 'vi')).toEqual({
      lang: 'vi',
      content: 'Lương',
      isFallback: false,
    })
  })

  it('falls back to English, then Japanese, skipping blank and empty rich text', () => {
    expect(findTranslation({ vi: ' ', en: 'Wages', ja: '賃金' }, 'vi')).toEqual({
      lang: 'en',
      content: 'Wages',
      isFallback: true,
    })
    expect(findTranslation({ vi: rich(''), ja: rich('本文') }, 'vi')?.lang).toBe('ja')
  })

  it('takes any language when the chain has none, and says when nothing exists', () => {
    expect(findTranslation({ my: 'မြန်မာ' }, 'vi')).toEqual({ lang: 'my', content: 'မြန်မာ', isFallback: true })
    expect(findTranslation({}, 'vi')).toBeNull()
    expect(findTranslation(null, 'vi')).toBeNull()
    expect(() => pickTranslation({}, 'vi')).toThrow(/without any translation/)
  })

  it('lists the languages that really have text, in the site’s order', () => {
    expect(translatedLocales({ vi: 'a', ja: 'b', en: '' })).toEqual(['ja', 'vi'])
    expect(labelIn({ en: 'Members only', ja: '会員限定' }, 'tl')).toBe('Members only')
  })
})

describe('pickTranslation', () => {
  const doc = { ja: { title: '最低賃金' }, en: { title: 'Minimum wage' }, vi: { title: 'Lương tối thiểu' } }

  it("uses the page's own language when translated", () => {
    expect(pickTranslation(doc, 'vi')).toEqual({ lang: 'vi', content: { title: 'Lương tối thiểu' }, isFallback: false })
  })

  it('falls back to English before Japanese for the other languages', () => {
    expect(pickTranslation(doc, 'my')).toEqual({ lang: 'en', content: { title: 'Minimum wage' }, isFallback: true })
    expect(pickTranslation({ ja: doc.ja }, 'tl')).toMatchObject({ lang: 'ja', isFallback: true })
  })

  it('falls back from English to Japanese', () => {
    expect(pickTranslation({ ja: doc.ja, vi: doc.vi }, 'en')).toMatchObject({ lang: 'ja', isFallback: true })
  })

  it('uses any translation there is when the chain has none (e.g. an English-only page)', () => {
    expect(pickTranslation({ vi: doc.vi }, 'ja')).toMatchObject({ lang: 'vi', isFallback: true })
  })

  it('lists translated languages in site order', () => {
    expect(translatedLocales({ vi: 1, ja: 2, my: 3 })).toEqual(['ja', 'my', 'vi'])
  })
})

describe('mapValues', () => {
  it('maps each language’s value and keeps the same languages', () => {
    expect(
      mapValues({ ja: { title: '動画', description: '説明' }, vi: { title: 'Video', description: null } }, (v) => ({
        title: v.title,
        summary: v.description,
      })),
    ).toEqual({ ja: { title: '動画', summary: '説明' }, vi: { title: 'Video', summary: null } })
    expect(mapValues({}, (v: string) => v.length)).toEqual({})
  })
})
