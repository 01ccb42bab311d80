import { fallbackChain, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

export type Translations<T> = Partial<Record<LocaleCode, T>>

export interface Localized<T> {
  /** Language the content is actually in (differs from the page's when falling back). */
  lang: LocaleCode
  content: T
  isFallback: boolean
}

/**
 * The text to show on a page in `lang`: its own translation, else the first language of the
 * shared fallback chain that has one, else any translation at all (a document always has one).
 */
export function pickTranslation<T>(translations: Translations<T>, lang: LocaleCode): Localized<T> {
  const own = translations[lang]
  if (own) return { lang, content: own, isFallback: false }
  for (const candidate of [...fallbackChain(lang), ...LOCALE_CODES]) {
    const content = translations[candidate]
    if (content) return { lang: candidate, content, isFallback: true }
  }
  throw new Error('A document without any translation reached the site; the snapshot schema should have refused it')
}

/** Languages the document is really written in, in the site's language order. */
export function translatedLocales(translations: Translations<unknown>): LocaleCode[] {
  return LOCALE_CODES.filter((code) => Boolean(translations[code]))
}

/** A label from a term's labels (taxonomies), with the same fallback as documents. */
export function labelIn(labels: Partial<Record<LocaleCode, string>>, lang: LocaleCode): string {
  return pickTranslation(labels, lang).content
}
