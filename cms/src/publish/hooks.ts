/**
 * Hooks that report public changes to the rebuild queue. A document matters to the site when it
 * is published now or was before the change (publishing, editing a published document,
 * unpublishing, deleting); saving a draft leaves the published document — and the site — alone.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  GlobalAfterChangeHook,
} from 'payload'

import { AUDIENCE_ONLY } from '../files/usage'
import { requestRebuild, type Change } from '.'

/** A document of any collection that reaches the site, read field by field. */
type Doc = Record<string, unknown>

/**
 * Only the operation knows whether it writes the published document or just a new draft version
 * (`draft: true` without publishing); it tells the later hooks through the request context.
 */
export const markDraftOnlySaves: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context.draftOnlySave = Boolean(args.draft) && (args.data as Doc | undefined)?._status !== 'published'
  }
  return args
}

const titleOf = (collection: CollectionConfig, doc: Doc): string => {
  const field = collection.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  if (typeof value === 'string' && value) return value
  if (value && typeof value === 'object')
    return String(Object.values(value).find((v) => typeof v === 'string' && v) ?? doc.id)
  return String(doc.slug ?? doc.filename ?? doc.id)
}

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** Whether readers of the site see the document: published, and listed where that applies. */
function isPublic(collection: CollectionConfig, doc: Doc | undefined | null): boolean {
  if (!doc || Object.keys(doc).length === 0) return false
  if (hasDrafts(collection) && doc._status !== 'published') return false
  if (collection.slug === 'organisations') return doc.public === true
  return true
}

export const rebuildAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  // A file's audience follows a change that has already asked for its own rebuild.
  if (req.context.draftOnlySave || req.context[AUDIENCE_ONLY]) return doc
  // A new tag or image is on no page until a published document uses it (which rebuilds).
  if (operation === 'create' && !hasDrafts(collection) && collection.slug !== 'organisations') return doc
  const now = isPublic(collection, doc)
  const before = operation === 'update' && isPublic(collection, previousDoc)
  if (!now && !before) return doc
  const kind: Change['operation'] = now ? (before ? 'update' : 'publish') : 'unpublish'
  await requestRebuild(
    req.payload,
    {
      collection: collection.slug,
      id: String(doc.id),
      title: titleOf(collection, doc),
      operation: kind,
      by: req.user ? String(req.user.id) : null,
    },
    req,
  )
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!isPublic(collection, doc)) return doc
  await requestRebuild(
    req.payload,
    {
      collection: collection.slug,
      id: String(doc.id),
      title: titleOf(collection, doc),
      operation: 'delete',
      by: req.user ? String(req.user.id) : null,
    },
    req,
  )
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await requestRebuild(
    req.payload,
    {
      collection: global.slug,
      id: null,
      title: typeof global.label === 'string' ? global.label : global.slug,
      operation: 'update',
      by: req.user ? String(req.user.id) : null,
    },
    req,
  )
  return doc
}

/** The three hooks for a collection whose documents appear on the public site. */
export const siteRebuildHooks = {
  beforeOperation: [markDraftOnlySaves],
  afterChange: [rebuildAfterChange],
  afterDelete: [rebuildAfterDelete],
} satisfies CollectionConfig['hooks']
