/**
 * The hooks of public content that keep the redirects: when a published document's slug changes,
 * its old page in every language redirects to the new one; when a published document is deleted,
 * its pages redirect to the list they were found in; whenever a document is published, a redirect
 * from one of its paths is dropped (the page lives there again). Chains collapse and loops cannot
 * form (content-schemas' applyMoves decides; this file only reads and writes the records).
 *
 * "Published before" is read from the collection's own document, not the hook's previousDoc:
 * Payload hands hooks the latest version, which may be a draft that already carries the new slug,
 * whereas a draft save never touches the collection's document — it is the page the site shows.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { hasPages } from '@mirai/content-schemas/paths'
import { applyMoves, documentPaths, removedPaths, renamedPaths, type MovedPath } from '@mirai/content-schemas/redirects'

export const REDIRECTS_COLLECTION = 'redirects' as const
/** Set on the request while these hooks write redirects: they need no rebuild or loop check of their own. */
export const RECORDING_REDIRECTS = 'recordingRedirects'
export type RedirectKind = 'manual' | 'renamed' | 'deleted'

type Doc = Record<string, unknown>

const publishedSlugKey = (collection: string, id: unknown) => `redirects.publishedSlug:${collection}:${String(id)}`

/** Whether readers have a page for the document as stored (newsletters: the issues marked public). */
function isLive(collection: string, doc: Doc | null | undefined): doc is Doc & { slug: string } {
  if (!doc || doc._status !== 'published' || typeof doc.slug !== 'string' || !doc.slug) return false
  return collection === 'newsletters' ? doc.public === true : true
}

/** The slug of the page the site has for the document now, or null when it has none. */
async function publishedSlug(req: PayloadRequest, collection: string, id: unknown): Promise<string | null> {
  const stored = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })) as Doc | null
  return isLive(collection, stored) ? stored.slug : null
}

/** Before a save that may publish: which slug the site has for the document. */
export const rememberPublishedSlug: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && !req.context.draftOnlySave && originalDoc?.id && hasPages(collection.slug))
    req.context[publishedSlugKey(collection.slug, originalDoc.id)] = await publishedSlug(
      req,
      collection.slug,
      originalDoc.id,
    )
  return data
}

export const recordMovedPages: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (req.context.draftOnlySave || !hasPages(collection.slug) || !isLive(collection.slug, doc)) return doc
  const before = operation === 'update' ? req.context[publishedSlugKey(collection.slug, doc.id)] : null
  const moves = typeof before === 'string' ? renamedPaths(collection.slug, before, doc.slug) : []
  await updateRedirects(req, moves, documentPaths(collection.slug, doc.slug), 'renamed')
  return doc
}

export const rememberDeletedSlug: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (hasPages(collection.slug))
    req.context[publishedSlugKey(collection.slug, id)] = await publishedSlug(req, collection.slug, id)
}

export const recordRemovedPages: CollectionAfterDeleteHook = async ({ collection, id, doc, req }) => {
  const slug = req.context[publishedSlugKey(collection.slug, id)]
  if (typeof slug === 'string') await updateRedirects(req, removedPaths(collection.slug, slug), [], 'deleted')
  return doc
}

/** The hooks, in the order publicContent.ts places them. */
export const redirectHooks = {
  beforeChange: rememberPublishedSlug,
  afterChange: recordMovedPages,
  beforeDelete: rememberDeletedSlug,
  afterDelete: recordRemovedPages,
}

/**
 * Reads only the redirects the change touches (from a live or moved path, or to a moved one),
 * and writes what applyMoves makes of them, in the request's transaction.
 */
async function updateRedirects(
  req: PayloadRequest,
  moves: readonly MovedPath[],
  live: readonly string[],
  kind: RedirectKind,
): Promise<void> {
  const moved = moves.map((m) => m.from)
  const or: Where[] = [
    ...(live.length + moved.length > 0 ? [{ from: { in: [...live, ...moved] } }] : []),
    ...(moved.length > 0 ? [{ to: { in: moved } }] : []),
  ]
  if (or.length === 0) return
  const { docs } = await req.payload.find({
    collection: REDIRECTS_COLLECTION,
    where: { or },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const { write, remove } = applyMoves(
    docs.map((d) => ({ from: d.from, to: d.to })),
    moves,
    live,
  )
  if (write.length === 0 && remove.length === 0) return
  const byFrom = new Map(docs.map((d) => [d.from, d]))
  const outer = req.context[RECORDING_REDIRECTS]
  req.context[RECORDING_REDIRECTS] = true
  try {
    for (const from of remove)
      await req.payload.delete({
        collection: REDIRECTS_COLLECTION,
        id: byFrom.get(from)!.id,
        req,
        overrideAccess: true,
      })
    for (const { from, to } of write) {
      const existing = byFrom.get(from)
      if (existing)
        await req.payload.update({
          collection: REDIRECTS_COLLECTION,
          id: existing.id,
          data: { to },
          req,
          overrideAccess: true,
        })
      else
        await req.payload.create({
          collection: REDIRECTS_COLLECTION,
          data: { from, to, kind },
          req,
          overrideAccess: true,
        })
    }
  } finally {
    req.context[RECORDING_REDIRECTS] = outer
  }
}
