/**
 * What every shaper may ask besides the documents themselves: the media library's lookups, the
 * rich-text slimmer, the public pages links may go to, and where to say what was left out.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { FreshnessInput, Image, RichText } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull } from '../localized'
import { slimRichText, type RichTextValue } from '../richText'
import { PublicPages } from './publicPages'

export interface VideoFile {
  url: string
  mimeType: string
}

/** The media library's answers (media.ts): null for an absent or unpublishable file. */
export interface MediaLookups {
  image: (value: unknown) => Image | null
  file: (value: unknown) => VideoFile | null
}

/** Rich text as exported (richText.ts); a required field stays typed as present. */
export interface RichSlimmer {
  (value: RichTextValue): RichText
  (value: RichTextValue | null | undefined): RichText | null
}

export interface ShapeContext extends MediaLookups {
  rich: RichSlimmer
  /** The exported documents with a page, filled collection by collection as they are shaped. */
  pages: PublicPages
  /** What was left out of the site and why, for the build's record. */
  warn: (message: string) => void
}

export function shapeContext(
  media: MediaLookups,
  slug: (collection: string, id: string | null) => string | undefined,
  warnings: string[],
): ShapeContext {
  function rich(value: RichTextValue): RichText
  function rich(value: RichTextValue | null | undefined): RichText | null
  function rich(value: RichTextValue | null | undefined) {
    return slimRichText(value, { image: media.image, slug })
  }
  return {
    image: media.image,
    file: media.file,
    rich,
    pages: new PublicPages(),
    warn: (message) => warnings.push(message),
  }
}

/** The fields every document with a page starts with. */
export const pageBase = (doc: { id: string; slug: string; updatedAt: string }) => ({
  id: String(doc.id),
  slug: doc.slug,
  updatedAt: isoOrNull(doc.updatedAt)!,
})

/**
 * A language counts as translated when it has a title and every text its page cannot do without:
 * a title saved as a translator's draft, then published with the Japanese before its text was
 * written, has no body and would stop the build. Until it has, readers get the fallback, and
 * the build's record says why. `required` maps each such field to how the warning names it.
 */
export const translatedWith =
  (ctx: Pick<ShapeContext, 'warn'>, what: string, required: Record<string, string>, title = 'title') =>
  (doc: object, locale: LocaleCode): boolean => {
    if (!hasText(Reflect.get(doc, title))) return false
    const missing = Object.entries(required)
      .filter(([field]) => !hasText(Reflect.get(doc, field)))
      .map(([, label]) => label)
    if (missing.length > 0)
      ctx.warn(
        `${what} (${locale}): has a title but no ${missing.join(' or ')}; shown in another language until it has`,
      )
    return missing.length === 0
  }

/** Where the export's reader put a document's freshness (fetch.ts): the CMS's status stays the team's. */
export const FRESHNESS_KEY = 'freshness'

/**
 * A shaped document with its freshness as read from the CMS, naming as outdated only languages
 * the document is exported in (a language without a text has nothing to be outdated).
 */
export function withFreshness<T extends { translations: Partial<Record<LocaleCode, unknown>> }>(
  doc: object,
  shaped: T,
): T & { freshness?: FreshnessInput } {
  const read = Reflect.get(doc, FRESHNESS_KEY) as FreshnessInput | undefined
  if (!read) return shaped
  const exported = (locale: LocaleCode) => locale !== read.source && shaped.translations[locale] !== undefined
  return { ...shaped, freshness: { ...read, outdated: read.outdated.filter(exported) } }
}
