/**
 * `pnpm seed --reset --yes`: erase the content, accounts and files, then load the demo again —
 * for a demo or development database only. Without `--yes` it only says what it would erase.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { Ledger } from './ledger'

/** Payload's own bookkeeping of the database schema stays. */
const KEPT = new Set(['payload-migrations'])

export interface Erasure {
  collections: { slug: string; docs: number }[]
  globals: string[]
}

/** What a reset would erase: every collection with documents, every global ever saved. */
export async function whatResetErases(payload: Payload): Promise<Erasure> {
  const collections: Erasure['collections'] = []
  for (const collection of payload.config.collections) {
    if (KEPT.has(collection.slug)) continue
    const { totalDocs } = await payload.count({ collection: collection.slug as CollectionSlug, overrideAccess: true })
    if (totalDocs > 0) collections.push({ slug: collection.slug, docs: totalDocs })
  }
  const globals: string[] = []
  for (const global of payload.config.globals) {
    const doc = (await payload.findGlobal({ slug: global.slug as GlobalSlug, depth: 0, overrideAccess: true })) as {
      updatedAt?: string
    }
    if (doc?.updatedAt) globals.push(global.slug)
  }
  return { collections, globals }
}

export function describeErasure({ collections, globals }: Erasure): string {
  const lines = collections.map(
    ({ slug, docs }) =>
      `  ${slug}: ${docs} document(s)${slug === 'media' || slug === 'documents' || slug === 'report-attachments' ? ' and their files' : ''}`,
  )
  if (globals.length > 0) lines.push(`  settings (replaced by the demo's): ${globals.join(', ')}`)
  return lines.length > 0 ? lines.join('\n') : '  (nothing: the database is empty)'
}

/** Erases the documents `whatResetErases` lists; the seed then starts from an empty database. */
export async function eraseForReset(payload: Payload): Promise<void> {
  for (const collection of payload.config.collections) {
    if (KEPT.has(collection.slug)) continue
    await payload.delete({
      collection: collection.slug as CollectionSlug,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: { disableRevalidate: true, seeding: true },
    })
  }
  // The settings are not emptied (they have required fields): the seed that follows a reset
  // writes them over (`seed(payload, log, { afterReset: true })`).
  await Ledger.clear(payload)
}
