/**
 * Keeps file audiences current (see usage.ts): every collection and global that can refer to a
 * file gets these hooks, attached to the built configuration, so a new collection with an image
 * field is covered without anyone remembering to.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'

import { AUDIENCE_COLLECTIONS, FILE_USAGES, forgetUsage, refersToFiles, refreshUsage } from './usage'

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  // A draft saved over a published document leaves the published state — and its files — as they were.
  if (!req.context.draftOnlySave) await refreshUsage(req, { collection }, doc.id)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await forgetUsage(req, { collection }, id)
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await refreshUsage(req, { global })
  return doc
}

/** A deleted file is used by nothing any more. */
const forgetDeletedFile: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const { docs } = await req.payload.find({
    collection: FILE_USAGES,
    where: { file: { equals: `${collection.slug}:${id}` } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const row of docs) await req.payload.delete({ collection: FILE_USAGES, id: row.id, overrideAccess: true, req })
}

const isFileCollection = (c: SanitizedCollectionConfig) => (AUDIENCE_COLLECTIONS as readonly string[]).includes(c.slug)

export function trackFileUsage(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === FILE_USAGES) continue
    if (isFileCollection(collection)) {
      collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), forgetDeletedFile]
    } else if (refersToFiles(collection.flattenedFields)) {
      collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), afterChange]
      collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), afterDelete]
    }
  }
  for (const global of config.globals) {
    if (refersToFiles(global.flattenedFields))
      global.hooks.afterChange = [...(global.hooks.afterChange ?? []), afterGlobalChange]
  }
  return config
}
