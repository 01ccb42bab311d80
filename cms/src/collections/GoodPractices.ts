import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { commitmentsField } from '../fields/taxonomy'
import { publicContentCollection } from './shared/publicContent'
import { wholeNumber } from '../fields/inputRules'

/** Members' good practices in keeping the Code of Conduct, published as numbered reports. */
export const GoodPractices = publicContentCollection({
  slug: 'good-practices',
  labels: {
    singular: { en: 'Good practice', ja: 'グッドプラクティス' },
    plural: { en: 'Good practices', ja: 'グッドプラクティス' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'organisation', '_status'] },
  defaultSort: '-number',
  fields: [
    {
      name: 'number',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      ...wholeNumber,
      admin: { position: 'sidebar', description: 'Report number as published (No. 13, No. 14, …)' },
    },
    slugField(),
    publishedAtField(),
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true },
    commitmentsField({ required: true }),
    richTextField('body', { required: true }),
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'sourceReport',
      type: 'relationship',
      relationTo: 'activity-reports',
      admin: { position: 'sidebar', description: 'The member activity report this good practice comes from' },
    },
  ],
})
