/**
 * How current the text a page shows is: when the document last changed, and — when that text is
 * a translation written before its original last changed — the notice's facts: the original's
 * language, when it changed and where to read it.
 */
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import type { Freshness } from '@mirai/content-schemas/schemas'

import { formatDate } from '../dates'
import { docPath, pageLocaleFor } from '../paths'
import type { Translations } from '../translation'

export interface DateView {
  iso: string
  /** The day in the page's language (Japan time). */
  text: string
}

export interface OutdatedView {
  /** The original's language, its name in that language, and its page (null: it has none of its own). */
  source: LocaleCode
  sourceName: string
  href: string | null
  /** When the original's text changed (without a record of it, when the document last did). */
  sourceUpdated: DateView
}

export const dateView = (iso: string, lang: LocaleCode): DateView => ({ iso, text: formatDate(iso, lang) })

export const updatedView = (doc: { updatedAt: string }, lang: LocaleCode): DateView => dateView(doc.updatedAt, lang)

/**
 * The outdated notice for a page in `lang` showing the text of `contentLang` (its own or the
 * fallback's: either may be the outdated one), or null when that text is current or is the
 * original itself.
 */
export function outdatedView(
  doc: { slug: string; updatedAt: string; freshness?: Freshness | null; translations: Translations<unknown> },
  collection: string,
  contentLang: LocaleCode,
  lang: LocaleCode,
): OutdatedView | null {
  const freshness = doc.freshness
  if (!freshness || contentLang === freshness.source || !freshness.outdated.includes(contentLang)) return null
  // Without a text in the original's language there is no original to send the reader to.
  if (!doc.translations[freshness.source]) return null
  return {
    source: freshness.source,
    sourceName: getLocale(freshness.source).nativeName,
    // Organisation pages are built in some languages only: never a link to another language's page.
    href:
      pageLocaleFor(collection, freshness.source) === freshness.source
        ? docPath(freshness.source, collection, doc.slug)
        : null,
    sourceUpdated: dateView(freshness.sourceUpdatedAt ?? doc.updatedAt, lang),
  }
}
