/**
 * The nine public languages of the portal, in the order readers see them in the language chooser.
 * One table so the CMS (Payload localization), the site (routes, `lang`, fonts) and the
 * newsletters agree on codes and names.
 */
export interface LocaleInfo {
  /** Code used in URLs (`/vi/…`) and as the Payload locale code. */
  readonly code: string
  /** BCP 47 tag for `lang` / `hreflang` attributes. */
  readonly bcp47: string
  /**
   * Open Graph's `language_TERRITORY` form (`og:locale`), which has no bare-language form: the
   * territory is the one share previews commonly know the language by (Brazil, as for `bcp47`).
   */
  readonly ogLocale: string
  /** Name of the language in the language itself (language chooser, switcher). */
  readonly nativeName: string
  readonly englishName: string
  readonly dir: 'ltr' | 'rtl'
  /** Script the language is written in (ISO 15924). */
  readonly script: 'Jpan' | 'Latn' | 'Hans' | 'Mymr'
  /** What rendering the script needs; read by the site when choosing font stacks. */
  readonly scriptNotes: string
}

export const LOCALES = [
  {
    code: 'ja',
    bcp47: 'ja',
    ogLocale: 'ja_JP',
    nativeName: '日本語',
    englishName: 'Japanese',
    dir: 'ltr',
    script: 'Jpan',
    scriptNotes:
      'System Japanese font stack (Noto Sans JP is over 1 MB). Easy-Japanese content carries furigana as <ruby> markup.',
  },
  {
    code: 'en',
    bcp47: 'en',
    ogLocale: 'en_US',
    nativeName: 'English',
    englishName: 'English',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System sans-serif stack.',
  },
  {
    code: 'zh',
    bcp47: 'zh-Hans',
    ogLocale: 'zh_CN',
    nativeName: '简体中文',
    englishName: 'Chinese (Simplified)',
    dir: 'ltr',
    script: 'Hans',
    scriptNotes: 'System Simplified Chinese stack; must not fall back to a Japanese font for Han glyphs.',
  },
  {
    code: 'es',
    bcp47: 'es',
    ogLocale: 'es_ES',
    nativeName: 'Español',
    englishName: 'Spanish',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System sans-serif stack.',
  },
  {
    code: 'pt',
    bcp47: 'pt-BR',
    ogLocale: 'pt_BR',
    nativeName: 'Português',
    englishName: 'Portuguese (Brazil)',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System sans-serif stack.',
  },
  {
    code: 'id',
    bcp47: 'id',
    ogLocale: 'id_ID',
    nativeName: 'Bahasa Indonesia',
    englishName: 'Indonesian',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System sans-serif stack.',
  },
  {
    code: 'tl',
    bcp47: 'tl',
    ogLocale: 'tl_PH',
    nativeName: 'Tagalog',
    englishName: 'Tagalog',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System sans-serif stack. Payload has no admin UI translation for Tagalog.',
  },
  {
    code: 'my',
    bcp47: 'my',
    ogLocale: 'my_MM',
    nativeName: 'မြန်မာဘာသာ',
    englishName: 'Burmese',
    dir: 'ltr',
    script: 'Mymr',
    scriptNotes:
      'Needs a Unicode Myanmar font shipped with the site (Noto Sans Myanmar); phones set to Zawgyi garble Unicode text without it. Taller line height.',
  },
  {
    code: 'vi',
    bcp47: 'vi',
    ogLocale: 'vi_VN',
    nativeName: 'Tiếng Việt',
    englishName: 'Vietnamese',
    dir: 'ltr',
    script: 'Latn',
    scriptNotes: 'System stack with full Vietnamese diacritics (stacked tone marks need some line height).',
  },
] as const satisfies readonly LocaleInfo[]

export type LocaleCode = (typeof LOCALES)[number]['code']

export const LOCALE_CODES = LOCALES.map((l) => l.code) as readonly LocaleCode[] as [LocaleCode, ...LocaleCode[]]

export const DEFAULT_LOCALE: LocaleCode = 'ja'

/** English organisation pages live under /en/ and, where translated, /ja/. */
export const ORGANISATION_PAGE_LOCALES = ['en', 'ja'] as const satisfies readonly LocaleCode[]

const byCode = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]))

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && byCode.has(value)
}

export function getLocale(code: string): LocaleInfo {
  const info = byCode.get(code)
  if (!info) throw new Error(`Unknown locale "${code}". Expected one of: ${LOCALE_CODES.join(', ')}`)
  return info
}

/**
 * Languages to try, in order, when a document has no translation in `code`.
 * Japanese is the source language of the organisation's content; English is the language most
 * readers of the other seven languages can read next, so it comes before Japanese.
 */
export function fallbackChain(code: LocaleCode): LocaleCode[] {
  if (code === 'ja') return []
  if (code === 'en') return ['ja']
  return ['en', 'ja']
}
