/**
 * The side-by-side view's rows: for each translation unit, the source text as it is now, marked
 * with what changed since the version the translation was made from, beside the translation.
 * Pure: the Payload reads are in ../sideBySide.ts.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { richTextToPlainText } from '@mirai/content-schemas/richtext'

import type { TranslationUnit, UnitType } from '../units'
import { wordDiff, type DiffPart } from './wordDiff'

export interface SideBySideRow {
  path: string
  field: string
  type: UnitType
  /** The source now, as parts; with no earlier source to compare with, one `same` part. */
  source: DiffPart[]
  translation: string
  /** The source of this unit differs from the one the translation was made from. */
  changed: boolean
  /** A unit the source no longer has (a row an editor removed): its old text, deleted. */
  removed: boolean
}

/** Text a translator compares: rich text by its words, paragraphs kept as blank lines. */
export function unitText(value: unknown, type: UnitType): string {
  if (value === undefined || value === null) return ''
  if (type === 'richText') return richTextToPlainText(value)
  return typeof value === 'string' ? value : String(value)
}

const plain = (text: string): DiffPart[] => (text === '' ? [] : [{ kind: 'same', text }])

/**
 * `units` are the document's now; `before` the units of the source version the translation was
 * made from, or null when there is none to compare with (then nothing is marked as changed).
 */
export function sideBySideRows(
  units: readonly TranslationUnit[],
  before: readonly TranslationUnit[] | null,
  source: LocaleCode,
  target: LocaleCode,
): SideBySideRow[] {
  const old = new Map((before ?? []).map((unit) => [unit.path, unitText(unit.values[source], unit.type)]))
  const rows: SideBySideRow[] = units.map((unit) => {
    const now = unitText(unit.values[source], unit.type)
    const then = before ? (old.get(unit.path) ?? '') : now
    return {
      path: unit.path,
      field: unit.field,
      type: unit.type,
      source: then === now ? plain(now) : wordDiff(then, now, source),
      translation: unitText(unit.values[target], unit.type),
      changed: then !== now,
      removed: false,
    }
  })
  if (!before) return rows
  // Units gone from the source since: shown where they stood, after the unit that preceded them.
  const present = new Set(units.map((unit) => unit.path))
  let after: string | null = null
  for (const unit of before) {
    if (present.has(unit.path)) {
      after = unit.path
      continue
    }
    const text = unitText(unit.values[source], unit.type)
    if (text === '') continue
    const at = after === null ? 0 : rows.findIndex((row) => row.path === after) + 1
    rows.splice(at, 0, {
      path: unit.path,
      field: unit.field,
      type: unit.type,
      source: [{ kind: 'del', text }],
      translation: '',
      changed: true,
      removed: true,
    })
    after = unit.path
  }
  return rows
}
