/**
 * Reading whole collections in every language is the slow part of an export (about 2 s for a
 * thousand articles on SQLite), while listing which documents a reader may see, with their
 * `updatedAt`, takes milliseconds. So the documents of the last export are kept, and an export
 * re-reads only those that are new or changed since; the rest come from the cache. Which
 * documents exist is always the CMS's answer of now, with access control on: a document
 * unpublished, deleted or hidden by a changed rule leaves the snapshot even if nothing else moved.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'

import type { CollectionSlug, FlattenedField, Payload, Where } from 'payload'

import { asStatus, freshnessOf, scopeOf } from '../translation/status'
import { TRANSLATION_STATUS_FIELD } from '../translation/track'
import { isoOrNull } from './localized'
import { FRESHNESS_KEY } from './shape/context'
import type { AllLocales } from './splitLocales'

/** Bump when what is kept per document changes shape. */
const CACHE_VERSION = 2

interface CachedCollection {
  /** Digest of the collection's fields: a changed schema starts the collection afresh. */
  fields: string
  docs: Record<string, { updatedAt: string | null; doc: AllLocales }>
}

interface CacheFile {
  version: number
  collections: Record<string, CachedCollection>
}

/** Field names, types and localization, recursively: what decides the shape of a stored document. */
function fieldsDigest(fields: FlattenedField[]): string {
  const summary = (list: FlattenedField[]): unknown[] =>
    list.map((field) => [
      field.name,
      field.type,
      Boolean(field.localized),
      'flattenedFields' in field ? summary(field.flattenedFields) : null,
      'blocks' in field ? field.blocks.map((block) => [block.slug, summary(block.flattenedFields)]) : null,
    ])
  return createHash('sha1')
    .update(JSON.stringify(summary(fields)))
    .digest('hex')
}

export class ExportCache {
  private data: CacheFile = { version: CACHE_VERSION, collections: {} }
  /** Documents read in full from the CMS through this cache, for the curious and the tests. */
  documentsRead = 0

  /** `file`: where the cache persists between processes; without it, it lives as long as this object. */
  constructor(private readonly file: string | null = null) {}

  async load(): Promise<this> {
    if (!this.file) return this
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as CacheFile
      if (data.version === CACHE_VERSION && data.collections) this.data = data
    } catch {
      // No cache yet, or an unreadable one: the export reads everything.
    }
    return this
  }

  async save(): Promise<void> {
    if (!this.file) return
    const partial = `${this.file}.${process.pid}-${randomUUID()}.tmp`
    await writeFile(partial, JSON.stringify(this.data))
    await rename(partial, this.file)
  }

  collection(slug: string, fields: FlattenedField[]): CachedCollection {
    const digest = fieldsDigest(fields)
    const existing = this.data.collections[slug]
    if (existing?.fields === digest) return existing
    return (this.data.collections[slug] = { fields: digest, docs: {} })
  }
}

/** Above this share of changed documents one query for all is cheaper than asking by id. */
const FULL_READ_SHARE = 0.5
const IDS_PER_QUERY = 500

/** Every document of `collection` an anonymous reader may see, in every language, in id order. */
export async function fetchCollection(
  payload: Payload,
  collection: CollectionSlug,
  cache: ExportCache,
): Promise<AllLocales[]> {
  // Payload's types describe one language; with 'all' the localized values are keyed by language.
  const read = async (where?: Where): Promise<AllLocales[]> =>
    withFreshness(
      payload,
      collection,
      (
        await payload.find({
          collection,
          // Every language in one query; each document is split per language by the caller.
          locale: 'all',
          overrideAccess: false,
          // Relations stay ids: images come from the media library and links from the exported
          // documents' own slugs, which is much faster than populating every document.
          depth: 0,
          pagination: false,
          sort: 'id',
          ...(where ? { where } : {}),
        })
      ).docs.map((doc) => ({ ...doc })),
    )

  const entry = cache.collection(collection, payload.collections[collection]!.config.flattenedFields)
  const listed: { id: string | number; updatedAt?: unknown }[] = (
    await payload.find({
      collection,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'id',
      select: { updatedAt: true },
    })
  ).docs
  const changed = new Set(
    listed
      .filter((doc) => entry.docs[String(doc.id)]?.updatedAt !== isoOrNull(doc.updatedAt))
      .map((doc) => String(doc.id)),
  )

  const fetched =
    changed.size > listed.length * FULL_READ_SHARE
      ? await read()
      : (await Promise.all(chunks([...changed], IDS_PER_QUERY).map((ids) => read({ id: { in: ids } })))).flat()
  cache.documentsRead += fetched.length
  for (const doc of fetched) entry.docs[String(doc.id)] = { updatedAt: isoOrNull(doc.updatedAt), doc }

  // A document may have been unpublished between the two queries: it is left out this time.
  const docs: AllLocales[] = []
  const kept: CachedCollection['docs'] = {}
  const fresh = new Set(fetched.map((doc) => String(doc.id)))
  for (const { id } of listed) {
    const cached = entry.docs[String(id)]
    if (!cached || (changed.has(String(id)) && !fresh.has(String(id)))) continue
    kept[String(id)] = cached
    docs.push(cached.doc)
  }
  entry.docs = kept
  return docs
}

/**
 * `docs` (what an anonymous reader was given) with their freshness, read from the status of those
 * same documents alone: access control decided which documents are exported, and only the
 * revisions and the source's date leave the status.
 */
async function withFreshness(payload: Payload, collection: CollectionSlug, docs: AllLocales[]): Promise<AllLocales[]> {
  const tracked = payload.collections[collection]!.config.flattenedFields.some(
    (field) => field.name === TRANSLATION_STATUS_FIELD,
  )
  if (!tracked || docs.length === 0) return docs
  const statuses = new Map<string, unknown>()
  for (const ids of chunks(
    docs.map((doc) => doc.id as string | number),
    IDS_PER_QUERY,
  )) {
    const { docs: found } = await payload.find({
      collection,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { [TRANSLATION_STATUS_FIELD]: true },
      where: { id: { in: ids } },
    })
    for (const doc of found) statuses.set(String(doc.id), Reflect.get(doc, TRANSLATION_STATUS_FIELD))
  }
  return docs.map((doc) => ({
    ...doc,
    [FRESHNESS_KEY]: freshnessOf(asStatus(statuses.get(String(doc.id))), scopeOf(collection, doc)),
  }))
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
