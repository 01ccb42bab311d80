/**
 * Rules for the collections Payload adds itself, which otherwise open to any signed-in account:
 * - `payload-preferences` (admin UI state): each account its own, and only in its own name;
 * - `payload-migrations` (schema bookkeeping, written by `payload migrate`): admins may look;
 * - `payload-jobs` and `payload-kv` stay closed as Payload makes them;
 * - the global `payload-jobs-stats` (when each scheduled task was last queued, written by Payload's
 *   scheduler straight to the database): admins may look, nobody writes over the API.
 * Locks have their own module (locks.ts).
 */
import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { isAdmin } from './roles'

const nobody = () => false

const preferenceOfOwnAccount: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user) data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-preferences') {
      const own = collection.access.read
      collection.access = { ...collection.access, create: ({ req }) => Boolean(req.user), update: own, delete: own }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), preferenceOfOwnAccount]
    }
    if (collection.slug === 'payload-migrations') {
      collection.access = {
        ...collection.access,
        read: ({ req }) => isAdmin(req.user),
        create: nobody,
        update: nobody,
        delete: nobody,
        unlock: nobody,
      }
    }
  }
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats')
      global.access = {
        ...global.access,
        read: ({ req }) => isAdmin(req.user),
        update: nobody,
        readVersions: nobody,
      }
  }
  return config
}
