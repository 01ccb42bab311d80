/**
 * The per-language ready gate's data, as pure functions. A translator's saved text of a published
 * document that is not yet ready for readers waits in the document's `pendingTranslations`, by
 * language and by translation unit (units.ts paths), while the document keeps — and readers get —
 * the text that was live. Units, not whole fields: an editor may add or reorder rows meanwhile, and
 * applying the waiting text must not take their rows back.
 */
import { isLocaleCode, type LocaleCode } from '@mirai/content-schemas/locales'
import type { FlattenedField } from 'payload'

import type { AllLocales } from '../../export/splitLocales'
import { unitValues, withUnitValue } from '../units'

export interface PendingText {
  /** Unit path → the waiting value. */
  units: Record<string, unknown>
  at: string
  by: string | null
}

export type PendingTranslations = Partial<Record<LocaleCode, PendingText>>

export function asPending(value: unknown): PendingTranslations {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const out: PendingTranslations = {}
  for (const [locale, entry] of Object.entries(value)) {
    const units = (entry as Partial<PendingText> | null)?.units
    if (!isLocaleCode(locale) || typeof units !== 'object' || units === null || Array.isArray(units)) continue
    const { at, by } = entry as PendingText
    out[locale] = { units: { ...units }, at: String(at ?? ''), by: typeof by === 'string' ? by : null }
  }
  return out
}

/** The units whose value in `incoming` differs from `live` (both one language's copy). */
export function changedUnits(
  live: AllLocales,
  incoming: AllLocales,
  fields: readonly FlattenedField[],
): Record<string, unknown> {
  const before = unitValues(live, fields)
  const changed: Record<string, unknown> = {}
  // Any difference counts, formatting too: it is what readers would see change.
  for (const [path, value] of unitValues(incoming, fields))
    if (JSON.stringify(value ?? null) !== JSON.stringify(before.get(path) ?? null)) changed[path] = value
  return changed
}

/**
 * `doc` (one language's copy) with the waiting units put in; a unit whose row is gone is left out
 * (there is nothing left to translate there).
 */
export function withPending(
  doc: AllLocales,
  fields: readonly FlattenedField[],
  units: Record<string, unknown>,
): AllLocales {
  let out = doc
  for (const [path, value] of Object.entries(units)) {
    try {
      out = withUnitValue(out, fields, path, value)
    } catch {
      // The row this text belonged to was removed by an editor since.
    }
  }
  return out
}

/** The waiting units whose value `incoming` leaves as it is `live`. */
export function untouchedUnits(
  live: AllLocales,
  incoming: AllLocales,
  fields: readonly FlattenedField[],
  units: Record<string, unknown>,
): Record<string, unknown> {
  const changed = changedUnits(live, incoming, fields)
  return Object.fromEntries(Object.entries(units).filter(([path]) => !(path in changed)))
}
