/**
 * Which language a reader gets a text in: their own where it has text, else the first language
 * of the shared fallback chain that has it, else any language that has it — the one rule for
 * pages, labels and newsletters.
 */
import { fallbackChain, LOCALE_CODES, type LocaleCode } from './locales'
import { hasText } from './translated'

export type Translations<T> = Partial<Record<LocaleCode, T>>

export interface Localized<T> {
  /** Language the content is actually in (differs from the reader's when falling back). */
  lang: LocaleCode
  content: T
  isFallback: boolean
}

/** The languages to try for a reader of `lang`, in order, each once. */
const fallbackOrder = (lang: LocaleCode): LocaleCode[] => [...new Set([lang, ...fallbackChain(lang), ...LOCALE_CODES])]

/** The text to show a reader of `lang`, or null when no language has one. */
export function findTranslation<T>(
  translations: Translations<T> | null | undefined,
  lang: LocaleCode,
): Localized<T> | null {
  for (const candidate of fallbackOrder(lang)) {
    const content = translations?.[candidate]
    if (hasText(content)) return { lang: candidate, content: content as T, isFallback: candidate !== lang }
  }
  return null
}

/** Like `findTranslation`, for documents that always have a translation (the snapshot schema refuses others). */
export function pickTranslation<T>(translations: Translations<T>, lang: LocaleCode): Localized<T> {
  const found = findTranslation(translations, lang)
  if (!found)
    throw new Error('A document without any translation reached the site; the snapshot schema should have refused it')
  return found
}

/** Languages that really have text, in the site's language order. */
export function translatedLocales(translations: Translations<unknown> | null | undefined): LocaleCode[] {
  return LOCALE_CODES.filter((code) => hasText(translations?.[code]))
}

/** A label from a term's or a document's labels, with the same fallback as documents. */
export function labelIn(labels: Translations<string>, lang: LocaleCode): string {
  return pickTranslation(labels, lang).content
}

/** `values` with each language's value mapped, the same languages kept. */
export function mapValues<T, R>(values: Translations<T>, map: (value: T) => R): Translations<R> {
  const out: Translations<R> = {}
  for (const [lang, value] of Object.entries(values) as [LocaleCode, T][]) out[lang] = map(value)
  return out
}
