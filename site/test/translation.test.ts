import { describe, expect, it } from 'vitest'

import { pickTranslation, translatedLocales } from '../src/lib/translation'

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
