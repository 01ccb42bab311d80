/**
 * Fields the server writes and clients may not: what a client sends for them on a create or
 * update is dropped before the operation sees it. Server code (seed, migrations, the hooks
 * themselves, which run with access checks off) may still set them.
 */
import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

export function ignoreFromClients(fields: readonly string[]): CollectionBeforeOperationHook {
  return ({ args, operation, overrideAccess }) => {
    if ((operation !== 'create' && operation !== 'update') || overrideAccess) return
    const data = args.data as Record<string, unknown> | undefined
    if (data && typeof data === 'object') for (const field of fields) delete data[field]
  }
}

/**
 * When a document was created and last changed is the server's record, not a client's claim: a
 * member could otherwise back-date a report, or anyone re-order lists sorted by date. Applied to
 * every collection once the config is built.
 */
export function serverOwnedTimestamps(config: SanitizedConfig): SanitizedConfig {
  const timestamps = ignoreFromClients(['createdAt', 'updatedAt'])
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [timestamps, ...(collection.hooks.beforeOperation ?? [])]
  return config
}
