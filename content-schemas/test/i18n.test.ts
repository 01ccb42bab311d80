import { afterEach, describe, expect, it } from 'vitest'

import {
  applyEditedUiText,
  editedUiTextDigest,
  placeholderProblem,
  placeholdersOf,
  rubySegments,
  t,
  tWithRuby,
  UI_NOTES,
  UI_SOURCE,
  UI_TRANSLATIONS,
  type UiKey,
  uiTextProblems,
} from '../src/i18n'
import { withoutRuby } from '../src/i18n/ruby'
import { LOCALE_CODES } from '../src/locales'

const KEYS = Object.keys(UI_NOTES) as UiKey[]
const NAMESPACED = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/

describe('the key catalogue', () => {
  it('has namespaced keys, each with a note for translators', () => {
    for (const key of KEYS) {
      expect(key).toMatch(NAMESPACED)
      expect(UI_NOTES[key].trim().length, key).toBeGreaterThan(10)
    }
  })

  it('explains every placeholder of the English text in the note', () => {
    for (const key of KEYS)
      for (const name of placeholdersOf(UI_SOURCE[key])) expect(UI_NOTES[key], key).toContain(`{${name}}`)
  })

  it('has English, the source language, complete and without blanks', () => {
    expect(Object.keys(UI_SOURCE).sort()).toEqual([...KEYS].sort())
    for (const key of KEYS) expect(UI_SOURCE[key].trim(), key).not.toBe('')
  })
})

describe.each(LOCALE_CODES)('%s', (lang) => {
  const translation: Partial<Record<string, string>> = UI_TRANSLATIONS[lang]

  it('has only keys of the catalogue', () => {
    for (const key of Object.keys(translation)) expect(KEYS).toContain(key)
  })

  it('gives every key a text, its own or the English one', () => {
    for (const key of KEYS) expect(t(lang, key).trim(), key).not.toBe('')
  })

  it('uses only placeholders the English text has', () => {
    for (const key of KEYS) {
      const own = translation[key]
      if (own)
        expect(placeholdersOf(UI_SOURCE[key]), `${lang} ${key}`).toEqual(expect.arrayContaining(placeholdersOf(own)))
    }
  })
})

describe('t', () => {
  it('reads the text of a language', () => {
    expect(t('ja', 'nav.home')).toBe('ホーム')
    expect(t('vi', 'newsletter.issueNumber', { number: 12 })).toBe('Số 12')
  })

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(t('en', 'pagination.pageOf', { page: 2, total: 5 })).toBe('Page 2 of 5')
    expect(t('en', 'pagination.pageOf', { page: 2 })).toBe('Page 2 of {total}')
  })

  it('falls back to English for a key a language leaves out', () => {
    const withoutKey = Object.entries(UI_TRANSLATIONS).find(([, tr]) => KEYS.some((k) => !(k in tr)))
    if (!withoutKey) return
    const [lang, tr] = withoutKey as [(typeof LOCALE_CODES)[number], Record<string, string>]
    const key = KEYS.find((k) => !(k in tr))!
    expect(t(lang, key)).toBe(t('en', key))
  })

  it('has one wording for texts the site and the newsletters share', () => {
    expect(t('ja', 'event.membersOnly')).toBe('会員限定')
    expect(t('vi', 'article.readMore')).toBe('Đọc tiếp')
  })
})

describe('furigana in interface text', () => {
  it('reads the run of kanji before 《 or the base marked with ｜', () => {
    expect(rubySegments('会社《かいしゃ》は｜見る人《みるひと》だけ')).toEqual([
      { base: '会社', reading: 'かいしゃ' },
      'は',
      { base: '見る人', reading: 'みるひと' },
      'だけ',
    ])
    expect(rubySegments('no notation')).toEqual(['no notation'])
  })

  it('is left out by t and kept by tWithRuby', () => {
    const ja = UI_TRANSLATIONS.ja['share.together']
    if (!ja?.includes('《')) return
    expect(t('ja', 'share.together')).not.toMatch(/[《》｜]/)
    expect(tWithRuby('ja', 'share.together')).toContain('《')
  })

  it('is written only in Japanese, and every Japanese annotation has a base', () => {
    for (const lang of LOCALE_CODES)
      for (const [key, text] of Object.entries(UI_TRANSLATIONS[lang] as Record<string, string>)) {
        if (lang !== 'ja') expect(text, `${lang} ${key}`).not.toMatch(/《/)
        // An annotation the pattern did not take is left in the text as it was written.
        expect(withoutRuby(text), `${lang} ${key}`).not.toMatch(/[《》]/)
      }
  })
})

describe('interface text edited in the CMS', () => {
  afterEach(() => applyEditedUiText({}))

  it('comes before the code, per language and key, with English as the fallback', () => {
    const before = editedUiTextDigest()
    applyEditedUiText({ vi: { 'nav.home': 'Trang đầu' }, en: { 'nav.search': 'Find' } })
    expect(t('vi', 'nav.home')).toBe('Trang đầu')
    expect(t('ja', 'nav.home')).toBe('ホーム')
    expect(t('en', 'nav.search')).toBe('Find')
    expect(editedUiTextDigest()).not.toBe(before)
    applyEditedUiText({})
    expect(t('vi', 'nav.home')).toBe('Trang chủ')
    expect(editedUiTextDigest()).toBe(before)
  })

  it('names a lost or unknown placeholder, and such a text never reaches readers', () => {
    const table = {
      vi: { 'finder.count': 'Có dịch vụ', 'nav.home': 'Trang {page}' },
      ja: { 'pagination.pageOf': '{total}ページ中{page}ページ目' },
    }
    expect(uiTextProblems(table).map((p) => p.message)).toEqual([
      'interface text "finder.count" in vi lacks the placeholder {count}',
      'interface text "nav.home" in vi has {page}, which is not a placeholder of this text (it has none)',
    ])
    expect(placeholderProblem('pagination.pageOf', 'Page')).toBe('lacks the placeholders {page}, {total}')
    applyEditedUiText(table)
    expect(t('vi', 'finder.count', { count: 3 })).toBe(UI_TRANSLATIONS.vi['finder.count']!.replace('{count}', '3'))
    expect(t('ja', 'pagination.pageOf', { page: 2, total: 5 })).toBe('5ページ中2ページ目')
  })

  it('ignores keys and languages the code does not have', () => {
    applyEditedUiText({ vi: { 'no.such': 'x' }, xx: { 'nav.home': 'y' } } as never)
    expect(t('vi', 'nav.home')).toBe('Trang chủ')
  })
})
