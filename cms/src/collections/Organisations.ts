import { MEMBER_CATEGORIES, PREFECTURE_TERMS } from '@mirai/content-schemas/taxonomies'
import type { CollectionConfig } from 'payload'

import { hiddenOutsideContentTeam } from '../access/admin'
import { staffOnly } from '../access/content'
import { readListedOrAsMember } from '../access/organisations'
import { readProgrammeMembership } from '../access/programme'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/taxonomy'
import { validateHttpUrl } from '../fields/validators'
import { siteRebuildHooks } from '../publish/hooks'
import { normalizeDate } from '../fields/dates'

export const Organisations: CollectionConfig = {
  hooks: { afterChange: siteRebuildHooks.afterChange, afterDelete: siteRebuildHooks.afterDelete },
  slug: 'organisations',
  labels: {
    singular: { en: 'Member organisation', ja: '会員団体' },
    plural: { en: 'Member organisations', ja: '会員団体' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'prefecture', 'joinedAt', 'public'],
    hidden: hiddenOutsideContentTeam,
  },
  access: { read: readListedOrAsMember, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name' }),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: termOptions(MEMBER_CATEGORIES),
    },
    { name: 'prefecture', type: 'select', options: termOptions(PREFECTURE_TERMS) },
    {
      name: 'joinedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
      hooks: { beforeChange: [normalizeDate] },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Listed on the public site (the member agreed to be named).' },
    },
    { name: 'website', type: 'text', validate: validateHttpUrl },
    {
      name: 'programme',
      label: { en: 'Collaborative Program', ja: '企業協働プログラム' },
      type: 'group',
      access: { read: readProgrammeMembership },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'participant',
          label: { en: 'Participates in the Collaborative Program', ja: 'プログラム参加企業' },
          type: 'checkbox',
          defaultValue: false,
          index: true,
          admin: {
            description: 'Its business sites take part in JP-MIRAI Safety; its company accounts see their feedback.',
          },
        },
      ],
    },
  ],
}
