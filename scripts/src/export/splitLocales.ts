/**
 * Payload answers `locale: 'all'` with every localized value as `{ ja: …, en: … }`. One such query
 * per collection is many times faster than one query per language; this splits its answer into
 * the per-language documents the rest of the exporter works with, guided by the field config.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document as a query in `locale` without fallback would have returned it. */
export function pickLocale(doc: Data, fields: readonly FlattenedField[], locale: LocaleCode): Data {
  const out: Data = { ...doc }
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
    return Array.isArray(value) ? value.map((row) => (isObject(row) ? pickLocale(row, field.flattenedFields, locale) : row)) : value
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
