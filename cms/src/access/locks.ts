/**
 * Document locks (Payload's internal `payload-locked-documents`): "someone is editing this".
 * Payload opens that collection to every signed-in account, so a member could read the locks on
 * other organisations' reports (which reports, which editor), delete an editor's lock, or create
 * one in the editor's name so the editor's own save failed with 423. Here a lock is visible,
 * changeable and removable only by whoever may update the document it locks, and it is always
 * in the name of the account that writes it.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import {
  APIError,
  type Access,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  type Where,
} from 'payload'

import type { PayloadLockedDocument } from '../payload-types'
import { idOf } from '../utilities/idOf'
import { assignedLocales, isTranslator } from './roles'

export const LOCKS = 'payload-locked-documents'

/** What a lock names, as a client sent it (not yet checked). */
interface LockTarget {
  document?: unknown
  globalSlug?: unknown
}

/**
 * A collection's or global's update rule as this user meets it in any language they work in
 * (a translator may update in their languages only, and a lock is not tied to a language).
 */
async function updateAccess(rule: Access | undefined, req: PayloadRequest): Promise<boolean | Where> {
  if (!rule) return Boolean(req.user)
  const locales = isTranslator(req.user) ? assignedLocales(req.user) : [req.locale ?? LOCALE_CODES[0]]
  const results: (boolean | Where)[] = []
  for (const locale of locales) results.push(await rule({ req: { ...req, locale } }))
  if (results.some((r) => r === true)) return true
  const wheres = results.filter((r): r is Where => typeof r === 'object' && r !== null)
  if (wheres.length === 0) return false
  return wheres.length === 1 ? wheres[0]! : { or: wheres }
}

const lockable = (config: SanitizedConfig) =>
  config.collections.filter((c) => c.lockDocuments !== false && c.slug !== LOCKS)

/** Locks on documents this user may update, as a query on the locks. */
const updatableLocks: Access = async ({ req }) => {
  if (!req.user) return false
  const conditions: Where[] = []
  for (const collection of lockable(req.payload.config)) {
    const access = await updateAccess(collection.access.update, req)
    if (access === true) conditions.push({ 'document.relationTo': { equals: collection.slug } })
    else if (access) {
      const { docs } = await req.payload.find({
        collection: collection.slug,
        where: access,
        select: {},
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length > 0)
        conditions.push({
          and: [
            { 'document.relationTo': { equals: collection.slug } },
            { 'document.value': { in: docs.map((d) => (d as { id: string | number }).id) } },
          ],
        })
    }
  }
  for (const global of req.payload.config.globals.filter((g) => g.lockDocuments !== false)) {
    if ((await updateAccess(global.access.update, req)) === true)
      conditions.push({ globalSlug: { equals: global.slug } })
  }
  return conditions.length > 0 ? { or: conditions } : false
}

/** Whether this user may update the document or global a lock would name. */
async function mayLock(req: PayloadRequest, data: LockTarget | undefined): Promise<boolean> {
  if (!req.user) return false
  const target = data?.document
  if (target && typeof target === 'object' && 'relationTo' in target && typeof target.relationTo === 'string') {
    const value = 'value' in target ? target.value : undefined
    const collection = lockable(req.payload.config).find((c) => c.slug === target.relationTo)
    if (!collection || (typeof value !== 'string' && typeof value !== 'number')) return false
    const access = await updateAccess(collection.access.update, req)
    if (access === true) return true
    if (!access) return false
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      where: { and: [{ id: { equals: value } }, access] },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0
  }
  if (typeof data?.globalSlug === 'string') {
    const global = req.payload.config.globals.find((g) => g.slug === data.globalSlug && g.lockDocuments !== false)
    return Boolean(global) && (await updateAccess(global!.access.update, req)) === true
  }
  return false
}

/** A new or moved lock must be on something its writer may update, and is always in their name. */
const lockInOwnName: CollectionBeforeChangeHook<PayloadLockedDocument> = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const target = {
    document: data.document ?? originalDoc?.document,
    globalSlug: data.globalSlug ?? originalDoc?.globalSlug,
  }
  const retargeted =
    !originalDoc ||
    JSON.stringify([target.document?.relationTo, target.document?.value ?? null, target.globalSlug ?? null]) !==
      JSON.stringify([
        originalDoc.document?.relationTo,
        originalDoc.document?.value ?? null,
        originalDoc.globalSlug ?? null,
      ])
  if (
    retargeted &&
    !(await mayLock(req, {
      ...target,
      document: target.document && { relationTo: target.document.relationTo, value: idOf(target.document.value) },
    }))
  ) {
    throw new APIError('You can only lock a document you may edit', 403, undefined, true)
  }
  data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

/** Applied to Payload's own locks collection once the config is built (it has no option for it). */
export function restrictDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === LOCKS) as SanitizedCollectionConfig | undefined
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: updatableLocks,
    update: updatableLocks,
    delete: updatableLocks,
    create: async ({ req, data }) => {
      // Without data this is the admin asking what the user may do in general.
      if (!data) return Boolean(req.user)
      if (await mayLock(req, data)) return true
      throw new APIError('You can only lock a document you may edit', 403, undefined, true)
    },
  }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockInOwnName] }
  return config
}
