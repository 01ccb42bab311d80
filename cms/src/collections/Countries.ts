import { LOCALES } from '@mirai/content-schemas/locales'
import { CONTACT_KINDS, SENDING_COUNTRIES } from '@mirai/content-schemas/taxonomies'

import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/taxonomy'
import { validateEmail, validateHttpUrl, validatePhone } from '../fields/validators'
import { publicContentCollection } from './shared/publicContent'

/** One page per sending country: how workers come from there, what they may be charged, whom to call. */
export const Countries = publicContentCollection({
  slug: 'countries',
  labels: { singular: { en: 'Country page', ja: '国別ページ' }, plural: { en: 'Country pages', ja: '国別ページ' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'country', '_status'] },
  fields: [
    {
      name: 'country',
      type: 'select',
      required: true,
      unique: true,
      options: termOptions(SENDING_COUNTRIES),
      admin: { position: 'sidebar' },
    },
    slugField(),
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    richTextField('sendingScheme', { label: 'How workers come to Japan from this country', required: true }),
    richTextField('recruitmentFees', { label: 'Recruitment fees and the zero-fee principle', required: true }),
    {
      name: 'contacts',
      type: 'array',
      label: 'Embassy, labour attaché and hotlines',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: termOptions(CONTACT_KINDS),
        },
        { name: 'name', type: 'text', required: true, localized: true },
        { name: 'phone', type: 'text', validate: validatePhone },
        { name: 'email', type: 'email', validate: validateEmail },
        { name: 'url', type: 'text', validate: validateHttpUrl },
        { name: 'address', type: 'textarea' },
        { name: 'hours', type: 'text', localized: true },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          options: LOCALES.map((l) => ({ value: l.code, label: l.nativeName })),
        },
      ],
    },
    { name: 'relatedArticles', type: 'relationship', relationTo: 'articles', hasMany: true },
  ],
})
