/**
 * Payload returns one language per query. The snapshot wants one object per document with the
 * shared fields once and the translated fields per language, so the exporter queries every
 * language without fallback and folds the results together here.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'

export type Doc = Record<string, any>

/** Documents of one collection, keyed by locale, each list in the CMS's order. */
export type PerLocale = Map<LocaleCode, Doc[]>

/**
 * Folds per-locale query results into one record per document: `shared(doc)` from the default
 * locale's copy, `translation(doc)` from each locale where `isTranslated(doc)` holds.
 */
export function fold<T>(
  perLocale: PerLocale,
  defaultLocale: LocaleCode,
  build: (args: { base: Doc; byLocale: Map<LocaleCode, Doc> }) => T,
): T[] {
  const base = perLocale.get(defaultLocale) ?? []
  const index = new Map<LocaleCode, Map<string, Doc>>()
  for (const [locale, docs] of perLocale) index.set(locale, new Map(docs.map((d) => [String(d.id), d])))
  return base.map((doc) => {
    const byLocale = new Map<LocaleCode, Doc>()
    for (const [locale, docs] of index) {
      const copy = docs.get(String(doc.id))
      if (copy) byLocale.set(locale, copy)
    }
    return build({ base: doc, byLocale })
  })
}

/** `{ [locale]: pick(doc) }` for the locales where the document has its own text. */
export function translationsOf<T>(
  byLocale: Map<LocaleCode, Doc>,
  isTranslated: (doc: Doc, locale: LocaleCode) => boolean,
  pick: (doc: Doc) => T,
): Partial<Record<LocaleCode, T>> {
  const out: Partial<Record<LocaleCode, T>> = {}
  for (const [locale, doc] of byLocale) if (isTranslated(doc, locale)) out[locale] = pick(doc)
  return out
}

/** Rows of a shared array (contacts, speakers, figures) with each row's text per language. */
export function rowsOf<T, R>(
  byLocale: Map<LocaleCode, Doc>,
  baseRows: Doc[] | undefined,
  rowsIn: (doc: Doc) => Doc[] | undefined,
  shared: (row: Doc) => T,
  isTranslated: (row: Doc) => boolean,
  pick: (row: Doc) => R,
): (T & { translations: Partial<Record<LocaleCode, R>> })[] {
  return (baseRows ?? []).map((row, i) => {
    const translations: Partial<Record<LocaleCode, R>> = {}
    for (const [locale, doc] of byLocale) {
      const localRow = rowsIn(doc)?.[i]
      if (localRow && isTranslated(localRow)) translations[locale] = pick(localRow)
    }
    return { ...shared(row), translations }
  })
}

export const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

export function idOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

export function idsOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(idOf).filter((v): v is string => v !== null) : []
}

/** Dates as ISO strings with an offset, as the schemas expect. */
export function isoOrNull(value: unknown): string | null {
  if (!value) return null
  const date = new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
