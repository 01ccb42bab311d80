import { MEMBER_CATEGORIES, PREFECTURES } from '@mirai/content-schemas/taxonomies'
import type { CollectionConfig } from 'payload'

import { hiddenFromMembers } from '../access/admin'
import { staffOnly } from '../access/content'
import { readListedOrAsMember } from '../access/organisations'
import { slugField } from '../fields/slug'
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
    hidden: hiddenFromMembers,
  },
  access: { read: readListedOrAsMember, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name' }),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: MEMBER_CATEGORIES.map((c) => ({ value: c.value, label: { ...c.label } })),
    },
    { name: 'prefecture', type: 'select', options: PREFECTURES.map((p) => ({ value: p, label: p })) },
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
  ],
}
