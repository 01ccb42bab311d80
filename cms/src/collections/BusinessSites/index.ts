import { PREFECTURE_TERMS } from '@mirai/content-schemas/taxonomies'
import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../access/content'
import { serverOwnedField } from '../../access/fields'
import { readOwnSitesOrStaff } from '../../access/programme'
import { isCompany, isStaff } from '../../access/roles'
import { termOptions } from '../../fields/taxonomy'
import { deleteAnswersOf } from '../../safety/deleteAnswers'
import { keepParticipantOnceAnswered } from '../../safety/keepParticipant'
import { newSiteCode } from '../../safety/siteCode'
import { feedbackEndpoint } from './feedback'
import { flyerEndpoint } from './flyer'
import { lookupEndpoint } from './lookup'

/**
 * A workplace of a company in the Collaborative Program. Its workers reach the safety check
 * through the site's code (on its flyers); answers are counted per site and period. A site
 * belongs to the participant that supplies it, so a company can cover its affiliates' sites.
 */
export const BusinessSites: CollectionConfig = {
  slug: 'business-sites',
  labels: {
    singular: { en: 'Business site', ja: '事業所' },
    plural: { en: 'Business sites', ja: '事業所' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'prefecture', 'participant', 'active'],
    group: { en: 'JP-MIRAI Safety', ja: 'JP-MIRAI Safety' },
    hidden: ({ user }) => !isStaff(user) && !isCompany(user),
  },
  access: { read: readOwnSitesOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'prefecture', type: 'select', required: true, options: termOptions(PREFECTURE_TERMS) },
    {
      name: 'participant',
      label: { en: 'Participant supplying it', ja: '参加企業' },
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      filterOptions: { 'programme.participant': { equals: true } },
    },
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      access: serverOwnedField,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Printed in the QR code of this site’s flyers. Made by the server; it cannot be chosen.',
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Answers are taken for this site only while it is active.' },
    },
    {
      name: 'flyers',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/BusinessSites/components/FlyerLinks#FlyerLinks' },
      },
    },
  ],
  // `/lookup` before `/:id/…`: a path Payload matches in order.
  endpoints: [lookupEndpoint, feedbackEndpoint, flyerEndpoint],
  hooks: {
    beforeDelete: [deleteAnswersOf('site')],
    beforeChange: [
      ({ data, operation, originalDoc }) => {
        // The code is the server's: made once, kept for the site's life, never taken from a client.
        data.code = operation === 'create' ? newSiteCode() : originalDoc?.code
        return data
      },
      keepParticipantOnceAnswered,
    ],
  },
}
