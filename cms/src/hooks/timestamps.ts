/**
 * When a document was created and last changed is the server's record, not a client's claim: a
 * member could otherwise back-date a report, or anyone re-order lists sorted by date. Applied to
 * every collection once the config is built; server code (seed, migrations) may still set them.
 */
import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const

const ignoreClientTimestamps: CollectionBeforeOperationHook = ({ args, operation, overrideAccess }) => {
  if ((operation !== 'create' && operation !== 'update') || overrideAccess) return
  const data = args.data as Record<string, unknown> | undefined
  if (data && typeof data === 'object') for (const field of TIMESTAMPS) delete data[field]
}

export function serverOwnedTimestamps(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) collection.hooks.beforeOperation = [ignoreClientTimestamps, ...(collection.hooks.beforeOperation ?? [])]
  return config
}
