import type { CollectionConfig } from 'payload'

import { nobody } from '../access/content'

/**
 * What stays of a site's answers in a period once the retention job has deleted them: their tally
 * (safety/tally.ts) — counts only, which past figures, trends and yearly totals are made from.
 * Written by the retention job alone (safety/retention.ts) and, like the raw answers, read by no
 * role through any API: a tally of two respondents would tell their answers as plainly as the
 * rows did, so it leaves the database only through the figures, with their threshold.
 */
export const SafetyTallies: CollectionConfig = {
  slug: 'safety-tallies',
  labels: {
    singular: { en: 'Safety tally', ja: 'セルフチェック集計' },
    plural: { en: 'Safety tallies', ja: 'セルフチェック集計' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  lockDocuments: false,
  fields: [
    { name: 'site', type: 'relationship', relationTo: 'business-sites', required: true, index: true },
    { name: 'period', type: 'relationship', relationTo: 'safety-periods', required: true, index: true },
    { name: 'tally', type: 'json', required: true },
  ],
  // One tally per site and period, decided by the database: two runs of the job at once cannot
  // archive a site twice.
  indexes: [{ fields: ['site', 'period'], unique: true }],
}
