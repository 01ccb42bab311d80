/**
 * Translation status of a document: its source text (in the document's source language,
 * translationScope.ts) has a revision number that goes up each time that text changes; each
 * translation records the source revision it was made from. A translation older than the source
 * is "outdated" — "source updated since".
 */
import { type LocaleCode } from '@mirai/content-schemas/locales'
import { richTextToPlainText } from '@mirai/content-schemas/richtext'
import type { FreshnessInput } from '@mirai/content-schemas/schemas'
import { sourceLocaleOf, translationLocalesOf } from '@mirai/content-schemas/translation-scope'

/** The languages one document is written (`source`) and meant to be translated in. */
export interface TranslationScope {
  source: LocaleCode
  locales: readonly LocaleCode[]
}

export const scopeOf = (collection: string, doc: { sourceLocale?: unknown } | null | undefined): TranslationScope => ({
  source: sourceLocaleOf(collection, doc),
  locales: translationLocalesOf(collection),
})

export interface TranslationRecord {
  /** The source revision this language's text was last written against. */
  revision: number
  at: string
  by?: string | null
}

export interface TranslationStatus {
  /** Revision of the source text. */
  source: number
  locales: Partial<Record<LocaleCode, TranslationRecord>>
}

/** `none`: a language the document is not meant to exist in (an organisation page in Vietnamese). */
export type TranslationCell = 'source' | 'none' | 'missing' | 'outdated' | 'current'

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
  source: LocaleCode,
  textChanged: boolean,
  at: string,
  by: string | null,
): TranslationStatus {
  if (!textChanged) return previous
  const next: TranslationStatus = { source: previous.source, locales: { ...previous.locales } }
  if (locale === source) {
    next.source = previous.source + 1
    next.locales[locale] = { revision: next.source, at, by }
  } else {
    next.locales[locale] = { revision: previous.source, at, by }
  }
  return next
}

/**
 * The status once an editor makes `to` the document's source language instead of `from`. The text
 * is the same as before, only which language is authoritative changed: the new source is its own
 * current revision, the old one is a translation of it as it stands, and every other translation
 * keeps the revision it was made from (current stays current, outdated stays outdated).
 */
export function rebase(
  previous: TranslationStatus,
  from: LocaleCode,
  to: LocaleCode,
  at: string,
  by: string | null,
): TranslationStatus {
  if (from === to) return previous
  const next: TranslationStatus = { source: previous.source, locales: { ...previous.locales } }
  const kept = (locale: LocaleCode) => ({ at, by, ...previous.locales[locale], revision: next.source })
  next.locales[to] = kept(to)
  if (previous.locales[from]) next.locales[from] = kept(from)
  return next
}

/** One cell of the documents × languages table. */
export function cellFor(
  status: TranslationStatus,
  locale: LocaleCode,
  hasText: boolean,
  scope: TranslationScope,
): TranslationCell {
  if (locale === scope.source) return 'source'
  if (!scope.locales.includes(locale)) return 'none'
  if (!hasText) return 'missing'
  const record = status.locales[locale]
  // Text written before status tracking began counts as current until the source changes.
  if (!record) return status.source <= 1 ? 'current' : 'outdated'
  return record.revision < status.source ? 'outdated' : 'current'
}

/**
 * What readers may learn from a status: the source language, when its text last changed and
 * which languages, if they have a text, were written against an older one (`cellFor`'s
 * "outdated"). Nothing about who wrote what, nor when a translation was saved.
 */
export function freshnessOf(status: TranslationStatus, scope: TranslationScope): FreshnessInput {
  const at = status.locales[scope.source]?.at
  const sourceUpdatedAt = at && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : null
  return {
    source: scope.source,
    sourceUpdatedAt,
    outdated: scope.locales.filter((locale) => cellFor(status, locale, true, scope) === 'outdated'),
  }
}
