import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '../access/content'

export const BUILD_CLAIMS = 'build-claims'

/**
 * Who is building the site right now: at most one document, because its `key` is unique — the
 * database, not a check-then-write, decides which of two runners that pick up builds at the same
 * moment gets to build (Payload's job concurrency key alone does not: two workers can claim one
 * job). Written by the build task only (./claim.ts); the secretariat may look.
 */
export const BuildClaims: CollectionConfig = {
  slug: BUILD_CLAIMS,
  labels: {
    singular: { en: 'Build claim', ja: 'ビルド実行中の印' },
    plural: { en: 'Build claims', ja: 'ビルド実行中の印' },
  },
  admin: { hidden: true },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'build', type: 'text', required: true },
    { name: 'runner', type: 'text', required: true },
    { name: 'heartbeatAt', type: 'date', required: true },
  ],
}
