/** One public change that asks for a site build: what changed, how, when and by whom. */
export interface Change {
  collection: string
  id: string | null
  title: string
  operation: 'publish' | 'update' | 'unpublish' | 'delete'
  at: string
  by: string | null
}

/**
 * Collections whose changes are built at once, skipping SITE_REBUILD_DEBOUNCE_MS: an urgent alert
 * (a typhoon, an earthquake) must reach readers within the minute, and a build that holds one
 * builds everything waiting with it.
 */
export const URGENT_COLLECTIONS: readonly string[] = ['alerts']

/** Whether a change, or a stored change of a queued build, asks for a build without waiting. */
export const isUrgent = (change: { collection?: string | null }): boolean =>
  URGENT_COLLECTIONS.includes(change.collection ?? '')

/** The line editors read in the build history: the first change and how many came with it. */
export function summarise(changes: readonly Change[]): string {
  const first = changes[0]
  if (!first) return 'Rebuild'
  const more = changes.length > 1 ? ` and ${changes.length - 1} more` : ''
  return `${first.operation} ${first.collection}: ${first.title}${more}`.slice(0, 200)
}

/** A change as a site-builds record keeps it (the document's id as `docId`, the author populated or not). */
export interface StoredChange {
  docId?: string | null
  collection?: string | null
  title?: string | null
  operation?: string | null
  at?: string | null
  by?: string | { id: string } | null
}

export const toStored = ({ id, ...rest }: Change) => ({ ...rest, docId: id })

export const fromStored = (
  { docId, collection, title, operation, at, by }: StoredChange,
  now = new Date().toISOString(),
): Change => ({
  id: docId ?? null,
  collection: collection ?? '',
  title: title ?? '',
  operation: (operation ?? 'update') as Change['operation'],
  at: at ?? now,
  by: typeof by === 'object' && by ? String(by.id) : (by ?? null),
})
