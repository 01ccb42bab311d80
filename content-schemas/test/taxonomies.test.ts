import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  MEMBER_CATEGORIES,
  SENDING_COUNTRIES,
  termLabel,
  valuesOf,
} from '../src/taxonomies'

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/

const FULLY_TRANSLATED = {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  SENDING_COUNTRIES,
} as const

const ALL_TAXONOMIES = { ...FULLY_TRANSLATED, MEMBER_CATEGORIES } as const

describe('valuesOf', () => {
  it('lists the values in order', () => {
    expect(valuesOf(SENDING_COUNTRIES).slice(0, 3)).toEqual(['vn', 'id', 'ph'])
    expect(valuesOf(ARTICLE_CATEGORIES)).toHaveLength(ARTICLE_CATEGORIES.length)
  })

  it('refuses an empty taxonomy', () => {
    expect(() => valuesOf([])).toThrow('A taxonomy needs at least one term')
  })
})

describe('termLabel', () => {
  it('returns the label in the requested language', () => {
    expect(termLabel(ARTICLE_CATEGORIES, 'daily-life', 'vi')).toBe('Cuộc sống hằng ngày')
    expect(termLabel(SENDING_COUNTRIES, 'mm', 'ja')).toBe('ミャンマー')
  })

  it('falls back to English where a taxonomy has no label in the language', () => {
    expect(termLabel(MEMBER_CATEGORIES, 'embassy', 'vi')).toBe('Embassies')
    expect(termLabel(MEMBER_CATEGORIES, 'embassy', 'ja')).toBe('大使館')
  })

  it('names the unknown value and the valid ones in its error', () => {
    expect(() => termLabel(CODE_OF_CONDUCT_COMMITMENTS, 'nope', 'en')).toThrow(
      'Unknown term "nope". Expected one of: legal-compliance, human-rights-and-conditions, mutual-understanding, skills-development, promote-platform',
    )
  })
})

describe.each(Object.entries(FULLY_TRANSLATED))('%s', (_name, terms) => {
  it.each(terms.map((term) => [term.value, term] as const))('%s has a label in all nine languages', (_value, term) => {
    const label: Partial<Record<string, string>> = term.label
    expect(Object.keys(label).sort()).toEqual([...LOCALE_CODES].sort())
    for (const code of LOCALE_CODES) expect(label[code]?.trim()).toBeTruthy()
  })
})

describe.each(Object.entries(ALL_TAXONOMIES))('%s values', (_name, terms) => {
  it('are unique ASCII kebab-case', () => {
    const values = terms.map((term) => term.value)
    expect(new Set(values).size).toBe(values.length)
    for (const value of values) expect(value).toMatch(KEBAB_CASE)
  })
})

describe('CODE_OF_CONDUCT_COMMITMENTS', () => {
  it('are numbered 1 to 5 in order', () => {
    expect(CODE_OF_CONDUCT_COMMITMENTS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5])
  })
})

describe('SENDING_COUNTRIES', () => {
  it('use ISO 3166-1 alpha-2 codes and unique kebab-case slugs', () => {
    for (const country of SENDING_COUNTRIES) expect(country.value).toMatch(/^[a-z]{2}$/)
    const slugs = SENDING_COUNTRIES.map((c) => c.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(KEBAB_CASE)
  })
})

describe('MEMBER_CATEGORIES', () => {
  const cases = MEMBER_CATEGORIES.map((term) => [term.value, term] as const)
  it.each(cases)('%s has English and Japanese labels', (_value, term) => {
    expect(term.label.en.trim()).not.toBe('')
    expect(term.label.ja.trim()).not.toBe('')
  })
})
