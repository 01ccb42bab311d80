import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import { SECTIONS } from '../src/paths'
import { contact, event, page } from '../src/schemas/content'
import {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  CONTACT_KINDS,
  EVENT_AUDIENCE_TERMS,
  EVENT_AUDIENCES,
  EVENT_KIND_TERMS,
  EVENT_KINDS,
  EVENT_ORGANISER_KIND_TERMS,
  EVENT_ORGANISER_KINDS,
  FISCAL_HALVES,
  MEMBER_CATEGORIES,
  PAGE_KIND_TERMS,
  PAGE_KINDS,
  PREFECTURE_TERMS,
  PREFECTURES,
  REPORT_DUE_STATE_TERMS,
  REPORT_DUE_STATES,
  REPORT_KIND_TERMS,
  REPORT_KINDS,
  REPORT_STATUS_TERMS,
  REPORT_STATUSES,
  REPORT_VISIBILITY_TERMS,
  REPORT_VISIBILITIES,
  SAFETY_SECTION_TERMS,
  SENDING_COUNTRIES,
  SITE_SECTIONS,
  termLabel,
  valuesOf,
} from '../src/taxonomies'

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/

const FULLY_TRANSLATED = {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  SENDING_COUNTRIES,
  SITE_SECTIONS,
  CONTACT_KINDS,
  EVENT_KIND_TERMS,
} as const

const STAFF_TAXONOMIES = {
  REPORT_KIND_TERMS,
  REPORT_STATUS_TERMS,
  REPORT_DUE_STATE_TERMS,
  REPORT_VISIBILITY_TERMS,
  FISCAL_HALVES,
  SAFETY_SECTION_TERMS,
  EVENT_AUDIENCE_TERMS,
  EVENT_ORGANISER_KIND_TERMS,
  PAGE_KIND_TERMS,
  PREFECTURE_TERMS,
} as const

const ALL_TAXONOMIES = { ...FULLY_TRANSLATED, MEMBER_CATEGORIES, ...STAFF_TAXONOMIES } as const

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

describe.each(Object.entries(STAFF_TAXONOMIES))('%s', (_name, terms) => {
  it('has English and Japanese labels for staff', () => {
    for (const term of terms) {
      expect(term.label.en.trim()).not.toBe('')
      expect(term.label.ja.trim()).not.toBe('')
    }
  })
})

describe('termLabel fallback', () => {
  it('gives staff terms in English to readers of other languages, as documents fall back', () => {
    expect(termLabel(REPORT_STATUS_TERMS, 'returned', 'vi')).toBe('Returned for changes')
    expect(termLabel(FISCAL_HALVES, 'second', 'ja')).toBe('下期')
  })
})

describe('value lists', () => {
  it('come from the taxonomies', () => {
    expect(REPORT_KINDS).toEqual(valuesOf(REPORT_KIND_TERMS))
    expect(REPORT_STATUSES).toEqual(['draft', 'submitted', 'in-review', 'accepted', 'returned'])
    expect(REPORT_VISIBILITIES).toEqual(['private', 'members-only', 'proposed-good-practice'])
  })

  it('list the site sections in the order of the paths', () => {
    expect(valuesOf(SITE_SECTIONS)).toEqual([...SECTIONS])
  })

  it('are what the content schema accepts for contacts', () => {
    expect(valuesOf(CONTACT_KINDS)).toEqual(['embassy', 'labour-attache', 'consulate', 'hotline', 'support-centre'])
    expect(contact.shape.kind.options).toEqual(valuesOf(CONTACT_KINDS))
  })
})

describe('labelled value lists', () => {
  it('are what the content schema accepts for events and pages', () => {
    expect(EVENT_KINDS).toEqual(['seminar', 'workshop', 'gathering', 'forum', 'study-trip', 'other'])
    expect(event.shape.kind.options).toEqual(valuesOf(EVENT_KIND_TERMS))
    expect(EVENT_AUDIENCES).toEqual(['public', 'members-only'])
    expect(event.shape.audience.options).toEqual(valuesOf(EVENT_AUDIENCE_TERMS))
    expect(EVENT_ORGANISER_KINDS).toEqual(['jp-mirai', 'co-hosted', 'other-organisation'])
    expect(event.shape.organiserKind.options).toEqual(valuesOf(EVENT_ORGANISER_KIND_TERMS))
    expect(PAGE_KINDS).toEqual([
      'about',
      'code-of-conduct',
      'structure',
      'board',
      'activities',
      'annual-reports',
      'contact',
      'other',
    ])
    expect(page.shape.kind.options).toEqual(valuesOf(PAGE_KIND_TERMS))
  })

  it('name all 47 prefectures, from Hokkaido to Okinawa', () => {
    expect(PREFECTURES).toHaveLength(47)
    expect(PREFECTURES).toEqual(valuesOf(PREFECTURE_TERMS))
    expect([PREFECTURES[0], PREFECTURES[12], PREFECTURES[46]]).toEqual(['hokkaido', 'tokyo', 'okinawa'])
    expect(termLabel(PREFECTURE_TERMS, 'tokyo', 'ja')).toBe('東京都')
  })

  it('give a handed-in report the words of its status', () => {
    expect(REPORT_DUE_STATES).toEqual(['due', 'overdue', 'submitted', 'accepted'])
    for (const state of ['submitted', 'accepted'] as const)
      for (const lang of ['en', 'ja'] as const)
        expect(termLabel(REPORT_DUE_STATE_TERMS, state, lang)).toBe(termLabel(REPORT_STATUS_TERMS, state, lang))
    expect(termLabel(REPORT_DUE_STATE_TERMS, 'overdue', 'ja')).toBe('期限超過')
  })
})
