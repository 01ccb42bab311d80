import { RESERVED_PAGE_SLUGS } from '@mirai/content-schemas/paths'
import { PAGE_KIND_TERMS } from '@mirai/content-schemas/taxonomies'
import type { Block } from 'payload'

import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/taxonomy'
import { publicContentCollection } from './shared/publicContent'
import { wholeNumber } from '../fields/inputRules'

const FiguresBlock: Block = {
  slug: 'figures',
  labels: { singular: 'Figures', plural: 'Figures' },
  fields: [
    { name: 'title', type: 'text', localized: true },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'value', type: 'number', required: true, ...wholeNumber },
        { name: 'note', type: 'text', localized: true },
      ],
    },
  ],
}

const PeopleBlock: Block = {
  slug: 'people',
  labels: { singular: 'People', plural: 'People' },
  fields: [
    { name: 'title', type: 'text', localized: true },
    {
      name: 'people',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'role', type: 'text', localized: true },
        { name: 'affiliation', type: 'text', localized: true },
      ],
    },
  ],
}

/** The organisation's own pages (About, Code of Conduct, structure, board, …), in English and Japanese. */
export const Pages = publicContentCollection({
  slug: 'pages',
  labels: {
    singular: { en: 'Organisation page', ja: '団体ページ' },
    plural: { en: 'Organisation pages', ja: '団体ページ' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order', '_status'],
    description: 'English organisation pages (and their Japanese versions) under /en/ and /ja/ on the site.',
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({ reserved: RESERVED_PAGE_SLUGS }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: termOptions(PAGE_KIND_TERMS),
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', defaultValue: 100, ...wholeNumber, admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    richTextField('body', { required: true }),
    { name: 'sections', type: 'blocks', blocks: [FiguresBlock, PeopleBlock] },
  ],
})
