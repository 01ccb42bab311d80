import { publicContentCollection } from './shared/publicContent'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { categoryField, countriesField } from '../fields/taxonomy'
import { serverURL } from '../env'

export const Articles = publicContentCollection({
  slug: 'articles',
  labels: { singular: { en: 'Article', ja: '記事' }, plural: { en: 'Articles', ja: '記事' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'slug'],
    // The draft in the language being edited, rendered with the site's converter as it changes.
    livePreview: {
      url: ({ data, locale }) => `${serverURL}/preview/articles/${data?.id}?locale=${locale?.code ?? 'ja'}`,
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two sentences shown in lists, search results and link previews.' },
    },
    richTextField('body', { required: true }),
    slugField(),
    publishedAtField(),
    categoryField({ admin: { position: 'sidebar' } }),
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    countriesField({
      name: 'countries',
      admin: { description: 'Sending countries this article is especially relevant to' },
    }),
    { name: 'relatedVideos', type: 'relationship', relationTo: 'videos', hasMany: true },
  ],
})
