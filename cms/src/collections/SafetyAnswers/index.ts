import { randomUUID } from 'node:crypto'

import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/content'
import { submitAnswersEndpoint } from './submit'

/**
 * Workers' answers to the safety check, shared anonymously for a business site. No role reads
 * them through any API (REST, GraphQL, the Local API with access on): only aggregates leave the
 * database (../BusinessSites/feedback.ts). A row holds the site, the period, the language, one
 * yes/no per question, the day, and a hash of a random token kept on the worker's device, which
 * lets a second answer from it in the period replace the first. No time finer than the day (not
 * in the id either, nor in timestamps), no address, no name.
 */
export const SafetyAnswers: CollectionConfig = {
  slug: 'safety-answers',
  labels: {
    singular: { en: 'Safety answer', ja: 'セルフチェック回答' },
    plural: { en: 'Safety answers', ja: 'セルフチェック回答' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // createdAt/updatedAt would keep the moment of each answer.
  timestamps: false,
  lockDocuments: false,
  fields: [
    // On MongoDB, Payload's own id would be an ObjectId, which carries the second it was made: a
    // random one, on either database, keeps the answer's time to the day like the rest of the row.
    { name: 'id', type: 'text', required: true, admin: { hidden: true } },
    { name: 'site', type: 'relationship', relationTo: 'business-sites', required: true, index: true },
    { name: 'period', type: 'relationship', relationTo: 'safety-periods', required: true, index: true },
    { name: 'language', type: 'select', required: true, options: [...LOCALE_CODES] },
    { name: 'answers', type: 'json', required: true },
    { name: 'day', type: 'text', required: true },
    { name: 'token', type: 'text', required: true, unique: true, index: true },
  ],
  endpoints: [submitAnswersEndpoint],
  hooks: {
    beforeValidate: [
      ({ data, operation, originalDoc }) => ({
        ...data,
        id: operation === 'create' ? randomUUID() : (originalDoc as { id?: string } | undefined)?.id,
      }),
    ],
  },
}
