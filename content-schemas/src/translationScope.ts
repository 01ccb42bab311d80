/**
 * Which languages a document is written and translated in: the one answer behind the translation
 * status, the translators' queue, the XLIFF export and the readers' "the original was updated"
 * notice. Each document has a source language (its own `sourceLocale` field, chosen by editors);
 * the others of its collection's languages are its translations. Organisation pages are written in
 * English and exist in English and Japanese only; the interface text's source is the code's English;
 * everything else is written in Japanese first and translated into all nine.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, ORGANISATION_PAGE_LOCALES, type LocaleCode } from './locales'

/** The document field holding its source language (a locale code, not localized). */
export const SOURCE_LOCALE_FIELD = 'sourceLocale'

/** The languages documents of `collection` are meant to exist in, source included. */
export function translationLocalesOf(collection: string): readonly LocaleCode[] {
  return collection === 'pages' ? ORGANISATION_PAGE_LOCALES : LOCALE_CODES
}

/** Collections whose documents are all written in one language, which editors do not choose. */
const FIXED_SOURCE: Readonly<Record<string, LocaleCode>> = {
  // The interface text's source is the code's English (i18n/schema.ts), whose placeholders the rest keep.
  'interface-text': 'en',
}

/** Whether editors choose the source language of `collection`'s documents (a `sourceLocale` field). */
export const hasSourceLocaleChoice = (collection: string): boolean => !(collection in FIXED_SOURCE)

/** The source language a new document of `collection` starts with. */
export function defaultSourceLocale(collection: string): LocaleCode {
  return FIXED_SOURCE[collection] ?? (collection === 'pages' ? 'en' : DEFAULT_LOCALE)
}

/**
 * A document's source language: its own field when that names one of its collection's languages,
 * else the collection's default (documents saved before the field existed, or not selected).
 */
export function sourceLocaleOf(
  collection: string,
  doc: { [SOURCE_LOCALE_FIELD]?: unknown } | null | undefined,
): LocaleCode {
  if (!hasSourceLocaleChoice(collection)) return defaultSourceLocale(collection)
  const value = doc?.[SOURCE_LOCALE_FIELD]
  const locales = translationLocalesOf(collection)
  return locales.find((code) => code === value) ?? defaultSourceLocale(collection)
}

/** The languages a document is translated into: its collection's languages but its source. */
export function targetLocalesOf(collection: string, source: LocaleCode): LocaleCode[] {
  return translationLocalesOf(collection).filter((code) => code !== source)
}
