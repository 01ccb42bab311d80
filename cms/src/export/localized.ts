/**
 * The snapshot wants one object per document with the shared fields once and the translated
 * fields per language: these build the per-language parts from a document's copies in each
 * language (splitLocales.ts).
 */
import type { Translations } from '@mirai/content-schemas/fallback'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { idOf } from '../utilities/idOf'

/** `{ [locale]: pick(doc) }` for the locales where the document has its own text. */
export function translationsOf<D, T>(
  byLocale: ReadonlyMap<LocaleCode, D>,
  isTranslated: (doc: D, locale: LocaleCode) => boolean,
  pick: (doc: D) => T,
): Translations<T> {
  const out: Translations<T> = {}
  for (const [locale, doc] of byLocale) if (isTranslated(doc, locale)) out[locale] = pick(doc)
  return out
}

/** Rows of a shared array (contacts, speakers, figures) with each row's text per language. */
export function rowsOf<D, Row, T, R>(
  byLocale: ReadonlyMap<LocaleCode, D>,
  baseRows: readonly Row[] | null | undefined,
  rowsIn: (doc: D) => readonly Row[] | null | undefined,
  shared: (row: Row) => T,
  isTranslated: (row: Row) => boolean,
  pick: (row: Row) => R,
): (T & { translations: Translations<R> })[] {
  return (baseRows ?? []).map((row, i) => {
    const translations: Translations<R> = {}
    for (const [locale, doc] of byLocale) {
      const localRow = rowsIn(doc)?.[i]
      if (localRow && isTranslated(localRow)) translations[locale] = pick(localRow)
    }
    return { ...shared(row), translations }
  })
}

/** The id of a relationship value, whether Payload gave the id or the document. */

export { idOf }
export { mapValues } from '@mirai/content-schemas/fallback'

export function idsOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(idOf).filter((v): v is string => v !== null) : []
}

/** Dates as ISO strings with an offset, as the schemas expect. */
export function isoOrNull(value: unknown): string | null {
  if (!value) return null
  const date = new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The same row of a shared blocks or array field in each language that has it. */
export function rowIn<D, R>(
  byLocale: ReadonlyMap<LocaleCode, D>,
  rows: (doc: D) => readonly R[] | null | undefined,
  i: number,
): Map<LocaleCode, R> {
  const out = new Map<LocaleCode, R>()
  for (const [locale, doc] of byLocale) {
    const row = rows(doc)?.[i]
    if (row) out.set(locale, row)
  }
  return out
}

/** The rows of one block type among a blocks field's rows (the same type in every language). */
export function narrow<R extends { blockType: string }, T extends R['blockType']>(
  rows: ReadonlyMap<LocaleCode, R>,
  blockType: T,
): Map<LocaleCode, Extract<R, { blockType: T }>> {
  const out = new Map<LocaleCode, Extract<R, { blockType: T }>>()
  for (const [locale, row] of rows)
    if (row.blockType === blockType) out.set(locale, row as Extract<R, { blockType: T }>)
  return out
}
