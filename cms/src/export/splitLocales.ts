/**
 * Payload answers `locale: 'all'` with every localized value as `{ ja: …, en: … }`. One such query
 * per collection is many times faster than one query per language; this turns each document of
 * that answer, guided by the field config, straight into the copy each language reads — so the
 * exporter builds a document's translations from that one document, with nothing to join.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { FlattenedField } from 'payload'

/** A document as Payload returns it for `locale: 'all'`: localized values keyed by language. */
export type AllLocales = Record<string, unknown>

/** One document in every language. */
export interface InLocales<D> {
  /** The source-language copy: shared fields (the same in every copy) are read from it. */
  base: D
  /**
   * Each language's copy, in the site's language order. Typed as the generated Payload type,
   * which says what the source language requires: a localized value may be absent in another.
   */
  byLocale: Map<LocaleCode, D>
}

const isObject = (value: unknown): value is AllLocales =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `doc` (from a `locale: 'all'` query) as a query in each language without fallback would have returned it. */
export function inLocales<D>(doc: AllLocales, fields: readonly FlattenedField[]): InLocales<D> {
  // The one place the answer's shape is taken on trust: the field config made it.
  const byLocale = new Map(LOCALE_CODES.map((locale) => [locale, pickLocale(doc, fields, locale) as D]))
  return { base: byLocale.get(DEFAULT_LOCALE)!, byLocale }
}

/** The document as a query in `locale` without fallback would have returned it. */
export function pickLocale(doc: AllLocales, fields: readonly FlattenedField[], locale: LocaleCode): AllLocales {
  const out: AllLocales = { ...doc }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in doc)) continue
    const value = doc[field.name]
    if ('localized' in field && field.localized) {
      // A localized field holds one value per language; nothing inside it is localized again.
      out[field.name] = isObject(value) ? (value[locale] ?? null) : null
      continue
    }
    out[field.name] = pickNested(value, field, locale)
  }
  return out
}

function pickNested(value: unknown, field: FlattenedField, locale: LocaleCode): unknown {
  if (field.type === 'group' || field.type === 'tab') {
    return isObject(value) ? pickLocale(value, field.flattenedFields, locale) : value
  }
  if (field.type === 'array') {
    return Array.isArray(value)
      ? value.map((row) => (isObject(row) ? pickLocale(row, field.flattenedFields, locale) : row))
      : value
  }
  if (field.type === 'blocks') {
    return Array.isArray(value)
      ? value.map((row) => {
          if (!isObject(row)) return row
          const block = field.blocks.find((b) => b.slug === row.blockType)
          return block ? pickLocale(row, block.flattenedFields, locale) : row
        })
      : value
  }
  return value
}
