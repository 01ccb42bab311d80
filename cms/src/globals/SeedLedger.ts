import type { GlobalConfig } from 'payload'

import { nobody, staffOnly } from '../access/content'

/**
 * What the demo seed has created or found (src/seed/ledger.ts), so that it never creates an item
 * twice — not even one people deleted. Written by the seed alone.
 */
export const SeedLedger: GlobalConfig = {
  slug: 'seed-ledger',
  label: { en: 'Demo content ledger', ja: 'デモコンテンツの記録' },
  admin: { hidden: true },
  access: { read: staffOnly, update: nobody },
  lockDocuments: false,
  fields: [{ name: 'keys', type: 'json' }],
}
