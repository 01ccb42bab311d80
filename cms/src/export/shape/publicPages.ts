/**
 * The exported documents that have a page, and what a link or card shows of them. Menus, cards,
 * related links and safety explanations go only to these, so they never point at a draft, a
 * members-only event or a video the site cannot play.
 */
import type { Translations } from '@mirai/content-schemas/fallback'
import type { LinkRef } from '@mirai/content-schemas/schemas'

import { idOf, mapValues } from '../localized'
import type { PublicContent } from './documents'

/** The collections whose documents have a page of their own on the site. */
export const LINKABLE = ['articles', 'videos', 'countries', 'events', 'good-practices', 'pages'] as const
export type Linkable = (typeof LINKABLE)[number]

/** A document's page as links to it see it: its exported translations, so a label falls back exactly as the page does. */
export interface PublicPage {
  id: string
  slug: string
  translations: Translations<{ title: string; summary?: string | null }>
}

export class PublicPages {
  readonly #pages = new Map<string, PublicPage>()

  /** Registers exported documents: from then on links to them are kept. */
  add(collection: Linkable, docs: readonly PublicPage[]): void {
    for (const doc of docs) this.#pages.set(`${collection}:${doc.id}`, doc)
  }

  /** The exported document a relationship value (id or document) points to, if it has a page. */
  get(collection: string, value: unknown): PublicPage | undefined {
    return this.#pages.get(`${collection}:${idOf(value)}`)
  }

  /** What links to public documents show: slug and titles; a reference to anything else is left out. */
  linkRefs(collection: Linkable, values: readonly unknown[] | null | undefined): LinkRef[] {
    return (values ?? []).flatMap((value) => {
      const doc = this.get(collection, value)
      return doc
        ? [{ id: doc.id, slug: doc.slug, translations: mapValues(doc.translations, (t) => ({ title: t.title })) }]
        : []
    })
  }
}

/**
 * Slugs of every document read, by collection and id, for rich-text links: a link to anything
 * else (a draft, a members-only event) renders as plain text on the site.
 */
export function slugsOf(
  content: Pick<PublicContent, Linkable>,
): (collection: string, id: string | null) => string | undefined {
  const slugs = new Map<string, string>()
  for (const collection of LINKABLE)
    for (const { base } of content[collection]) slugs.set(`${collection}:${base.id}`, base.slug)
  return (collection, id) => (id === null ? undefined : slugs.get(`${collection}:${id}`))
}
