/**
 * Reads what a public reader may see — published documents, public events and organisations —
 * through Payload's Local API with access control on and no user, and shapes it into the
 * snapshot the site consumes (see content-schemas/src/schemas). Works the same on SQLite and
 * MongoDB because it never touches the database directly. Reading is here; shaping, which needs
 * no CMS, is in shape/.
 */
import { filesOfCollection } from '../storage'
import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug, Payload } from 'payload'
import type { RedirectEntryInput } from '@mirai/content-schemas/redirects'

import { ExportCache, fetchCollection } from './fetch'
import { MediaLibrary } from './media'
import { publishedInterfaceText } from '../collections/InterfaceText/apply'
import { fetchRedirects } from './redirects'
import { shapeSnapshot, type PublicContent, type SnapshotContent } from './shape'
import { pagesOfSnapshot, shapeRedirects } from './shape/redirects'
import { inLocales, type AllLocales, type InLocales } from './splitLocales'

export const SNAPSHOT_VERSION = 1
export { ExportCache } from './fetch'

export interface Snapshot extends SnapshotContent {
  version: typeof SNAPSHOT_VERSION
  generatedAt: string
  /** Old addresses that lead to a page of this snapshot (shape/redirects.ts): host rules and refresh pages. */
  redirects: RedirectEntryInput[]
}

/** Every public document of `collection`, each in every language, from one `locale: 'all'` answer. */
async function fetchAll<C extends CollectionSlug>(
  payload: Payload,
  collection: C,
  cache: ExportCache,
): Promise<InLocales<DataFromCollectionSlug<C>>[]> {
  const docs = await fetchCollection(payload, collection, cache)
  const fields = payload.collections[collection]!.config.flattenedFields
  return docs.map((doc) => inLocales<DataFromCollectionSlug<C>>(doc, fields))
}

async function fetchGlobal<G extends GlobalSlug>(payload: Payload, slug: G): Promise<InLocales<DataFromGlobalSlug<G>>> {
  // Payload's types describe one language; with 'all' the localized values are keyed by language.
  const doc: AllLocales = Object.fromEntries(
    Object.entries(await payload.findGlobal({ slug, locale: 'all', overrideAccess: false, depth: 0 })),
  )
  const fields = payload.globals.config.find((g) => g.slug === slug)!.flattenedFields
  return inLocales<DataFromGlobalSlug<G>>(doc, fields)
}

async function fetchPublicContent(payload: Payload, cache: ExportCache): Promise<PublicContent> {
  return {
    articles: await fetchAll(payload, 'articles', cache),
    videos: await fetchAll(payload, 'videos', cache),
    countries: await fetchAll(payload, 'countries', cache),
    events: await fetchAll(payload, 'events', cache),
    'good-practices': await fetchAll(payload, 'good-practices', cache),
    pages: await fetchAll(payload, 'pages', cache),
    tags: await fetchAll(payload, 'tags', cache),
    organisations: await fetchAll(payload, 'organisations', cache),
    newsletters: await fetchAll(payload, 'newsletters', cache),
    alerts: await fetchAll(payload, 'alerts', cache),
    siteSettings: await fetchGlobal(payload, 'site-settings'),
    safetyCheck: await fetchGlobal(payload, 'safety-check'),
    navigation: await fetchGlobal(payload, 'navigation'),
    // Small, and partly the code's text, which no document's updatedAt follows: read in full each time.
    interfaceText: await publishedInterfaceText(payload),
  }
}

/** `cache` keeps the documents read last time (see fetch.ts); without one, everything is read. */
export async function buildSnapshot(
  payload: Payload,
  cache = new ExportCache(),
): Promise<{ snapshot: Snapshot; media: MediaLibrary; warnings: string[] }> {
  const media = await MediaLibrary.load(await fetchAll(payload, 'media', cache), filesOfCollection(payload, 'media'))
  const { content, warnings } = shapeSnapshot(await fetchPublicContent(payload, cache), media)
  const redirects = shapeRedirects(await fetchRedirects(payload), pagesOfSnapshot(content))
  return {
    media,
    warnings: [...media.warnings, ...warnings],
    snapshot: { version: SNAPSHOT_VERSION, generatedAt: new Date().toISOString(), ...content, redirects },
  }
}
