/**
 * What every page type's view is made of: the document in the page's language (its translation
 * or the fallback), links to other documents, list cards.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { Freshness } from '@mirai/content-schemas/schemas'
import { ARTICLE_CATEGORIES, SENDING_COUNTRIES, termLabel } from '@mirai/content-schemas/taxonomies'

import type { PictureData } from '../images'
import { docPath, pageAlternates } from '../paths'
import { pickTranslation, type Translations } from '../translation'
import { outdatedView, updatedView, type DateView, type OutdatedView } from './freshness'

export interface Link {
  label: string
  href: string
  /** Language of the label when it differs from the page's. */
  lang?: LocaleCode
}

export interface DocView {
  slug: string
  title: string
  summary: string | null
  /** Language the title/summary/body are in; differs from the page's on a fallback. */
  contentLang: LocaleCode
  isFallback: boolean
  /** Languages the document's page is built in (hreflang alternates). */
  alternates: LocaleCode[]
  href: string
  /** When the document last changed ("last updated"). */
  updated: DateView
  /** Set when the text shown was translated from an older text of its original. */
  outdated: OutdatedView | null
}

export function docView<T extends { title: string; summary?: string | null }>(
  doc: { slug: string; updatedAt: string; freshness?: Freshness | null; translations: Translations<T> },
  collection: string,
  lang: LocaleCode,
): DocView & { content: T } {
  const picked = pickTranslation(doc.translations, lang)
  return {
    slug: doc.slug,
    title: picked.content.title,
    summary: picked.content.summary ?? null,
    contentLang: picked.lang,
    isFallback: picked.isFallback,
    alternates: pageAlternates(collection, doc.translations),
    href: docPath(lang, collection, doc.slug),
    updated: updatedView(doc, lang),
    outdated: outdatedView(doc, collection, picked.lang, lang),
    content: picked.content,
  }
}

/** A list entry: title and summary with the language they are in. */
export interface CardView {
  title: string
  summary: string | null
  href: string
  contentLang: LocaleCode
  meta: string | null
  picture: PictureData | null
  /** When the document last changed: a list is as new as its newest entry. */
  updatedAt: string
}

export const card = (view: DocView, meta: string | null, picture: PictureData | null = null): CardView => ({
  title: view.title,
  summary: view.summary,
  href: view.href,
  contentLang: view.contentLang,
  meta,
  picture,
  updatedAt: view.updated.iso,
})

/** A link to a document in the page's language, with the label's own language on fallback. */
export function linkTo(
  doc: { slug: string; translations: Translations<{ title: string }> },
  collection: string,
  lang: LocaleCode,
): Link {
  const picked = pickTranslation(doc.translations, lang)
  return {
    label: picked.content.title,
    href: docPath(lang, collection, doc.slug),
    lang: picked.isFallback ? picked.lang : undefined,
  }
}

export const categoryLabel = (value: string, lang: LocaleCode) => termLabel(ARTICLE_CATEGORIES, value, lang)

export const countryLabel = (value: string, lang: LocaleCode) => termLabel(SENDING_COUNTRIES, value, lang)
