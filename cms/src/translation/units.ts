/**
 * A document's translatable text as units: one per localized text, textarea or rich-text field,
 * wherever it sits (top level, groups, array rows, blocks), each with a stable path and its value
 * in every language. The side-by-side view, the XLIFF export and the XLIFF import all walk a
 * document through here, so "what a translator translates" is decided once.
 *
 * Paths name rows by their id, not their position (`sections.<id>.items.<id>.label`), so a unit
 * still finds its text when an editor reorders rows between an export and its import.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { SOURCE_LOCALE_FIELD } from '@mirai/content-schemas/translation-scope'
import type { FlattenedField } from 'payload'

import type { AllLocales } from '../export/splitLocales'
import { TRANSLATION_STATUS_FIELD } from './track'

export type UnitType = 'text' | 'textarea' | 'richText'

export interface TranslationUnit {
  /** Field names and row ids from the document's root, joined by dots. */
  path: string
  /** The field names alone (`sections.items.label`), for people. */
  field: string
  type: UnitType
  values: Partial<Record<LocaleCode, unknown>>
}

const UNIT_TYPES: readonly string[] = ['text', 'textarea', 'richText'] satisfies UnitType[]
const SKIPPED = new Set([TRANSLATION_STATUS_FIELD, SOURCE_LOCALE_FIELD])

const isObject = (value: unknown): value is AllLocales =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const join = (...parts: string[]) => parts.filter(Boolean).join('.')

/** Every unit of `doc`, a document as Payload returns it for `locale: 'all'`, in field order. */
export function translationUnits(doc: AllLocales, fields: readonly FlattenedField[]): TranslationUnit[] {
  const units: TranslationUnit[] = []
  walk(doc, fields, '', '', units, (value) =>
    isObject(value) ? Object.fromEntries(LOCALE_CODES.filter((l) => l in value).map((l) => [l, value[l]])) : {},
  )
  return units
}

/** Each unit's value in `doc`, a document as read in one language: path → value. */
export function unitValues(doc: AllLocales, fields: readonly FlattenedField[]): Map<string, unknown> {
  const units: TranslationUnit[] = []
  walk(doc, fields, '', '', units, (value) => ({ ja: value }))
  return new Map(units.map((unit) => [unit.path, unit.values.ja]))
}

type ValuesOf = (value: unknown) => TranslationUnit['values']

function walk(
  doc: AllLocales,
  fields: readonly FlattenedField[],
  path: string,
  names: string,
  out: TranslationUnit[],
  valuesOf: ValuesOf,
) {
  for (const field of fields) {
    if (!('name' in field) || SKIPPED.has(field.name)) continue
    const value = doc[field.name]
    const here = join(path, field.name)
    const named = join(names, field.name)
    if ('localized' in field && field.localized) {
      // A localized container (a whole array per language) has no unit a CAT tool could keep
      // aligned across languages; only localized leaves are translation units.
      if (!UNIT_TYPES.includes(field.type)) continue
      out.push({ path: here, field: named, type: field.type as UnitType, values: valuesOf(value) })
      continue
    }
    if (field.type === 'group' || field.type === 'tab') {
      if (isObject(value)) walk(value, field.flattenedFields, here, named, out, valuesOf)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value)
        if (isObject(row) && typeof row.id === 'string')
          walk(row, field.flattenedFields, join(here, row.id), named, out, valuesOf)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        const block = isObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        if (block && isObject(row) && typeof row.id === 'string')
          walk(row, block.flattenedFields, join(here, row.id), join(named, block.slug), out, valuesOf)
      }
    }
  }
}

/**
 * `doc` (as read in one language, the shape an update in that language takes) with the unit at
 * `path` set to `value`. Throws if the document has no such unit (a row removed since the export).
 */
export function withUnitValue(
  doc: AllLocales,
  fields: readonly FlattenedField[],
  path: string,
  value: unknown,
): AllLocales {
  const [name, ...rest] = path.split('.')
  const field = fields.find((f) => 'name' in f && f.name === name)
  const missing = () => new Error(`The document has no translatable text at "${path}"`)
  if (!field || !name || SKIPPED.has(name)) throw missing()
  if ('localized' in field && field.localized) {
    if (rest.length > 0 || !UNIT_TYPES.includes(field.type)) throw missing()
    return { ...doc, [name]: value }
  }
  const current = doc[name]
  if ((field.type === 'group' || field.type === 'tab') && isObject(current)) {
    return { ...doc, [name]: withUnitValue(current, field.flattenedFields, rest.join('.'), value) }
  }
  if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(current)) {
    const [id, ...inner] = rest
    const index = current.findIndex((row) => isObject(row) && row.id === id)
    const row = current[index] as AllLocales | undefined
    if (!row) throw missing()
    const rowFields =
      field.type === 'array'
        ? field.flattenedFields
        : field.blocks.find((b) => b.slug === row.blockType)?.flattenedFields
    if (!rowFields) throw missing()
    const rows = [...current]
    rows[index] = withUnitValue(row, rowFields, inner.join('.'), value)
    return { ...doc, [name]: rows }
  }
  throw missing()
}
