/**
 * Translation status of a document: the Japanese source has a revision number that goes up each
 * time its text changes; each translation records the source revision it was made from. A
 * translation older than the source is "outdated" — "source updated since".
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { richTextToPlainText } from '@mirai/content-schemas/richtext'
import type { FreshnessInput } from '@mirai/content-schemas/schemas'

export interface TranslationRecord {
  /** The source revision this language's text was last written against. */
  revision: number
  at: string
  by?: string | null
}

export interface TranslationStatus {
  /** Revision of the Japanese source text. */
  source: number
  locales: Partial<Record<LocaleCode, TranslationRecord>>
}

export type TranslationCell = 'source' | 'missing' | 'outdated' | 'current'

export const emptyStatus = (): TranslationStatus => ({ source: 0, locales: {} })

export function asStatus(value: unknown): TranslationStatus {
  const v = value as Partial<TranslationStatus> | null | undefined
  return { source: typeof v?.source === 'number' ? v.source : 0, locales: { ...(v?.locales ?? {}) } }
}

/**
 * The text of a field as far as translation is concerned: rich text by its words, so saving a
 * document without editing it (or changing only formatting) does not make translations outdated.
 */
export function fingerprint(value: unknown, type: string): string {
  if (value === undefined || value === null || value === '') return ''
  if (type === 'richText') return richTextToPlainText(value)
  return JSON.stringify(value)
}

/** The status after a write in `locale` that did (or did not) change its text. */
export function afterWrite(
  previous: TranslationStatus,
  locale: LocaleCode,
  textChanged: boolean,
  at: string,
  by: string | null,
): TranslationStatus {
  if (!textChanged) return previous
  const next: TranslationStatus = { source: previous.source, locales: { ...previous.locales } }
  if (locale === DEFAULT_LOCALE) {
    next.source = previous.source + 1
    next.locales[locale] = { revision: next.source, at, by }
  } else {
    next.locales[locale] = { revision: previous.source, at, by }
  }
  return next
}

/** One cell of the documents × languages table. */
export function cellFor(status: TranslationStatus, locale: LocaleCode, hasText: boolean): TranslationCell {
  if (locale === DEFAULT_LOCALE) return 'source'
  if (!hasText) return 'missing'
  const record = status.locales[locale]
  // Text written before status tracking began counts as current until the source changes.
  if (!record) return status.source <= 1 ? 'current' : 'outdated'
  return record.revision < status.source ? 'outdated' : 'current'
}

/**
 * What readers may learn from a status: when the source text last changed and which languages,
 * if they have a text, were written against an older one (`cellFor`'s "outdated"). Nothing about
 * who wrote what, nor when a translation was saved.
 */
export function freshnessOf(status: TranslationStatus): FreshnessInput {
  const at = status.locales[DEFAULT_LOCALE]?.at
  const sourceUpdatedAt = at && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : null
  return {
    source: DEFAULT_LOCALE,
    sourceUpdatedAt,
    outdated: LOCALE_CODES.filter((locale) => cellFor(status, locale, true) === 'outdated'),
  }
}
