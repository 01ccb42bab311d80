import { LOCALES } from '@mirai/content-schemas/locales'
import { parseYouTubeId } from '@mirai/content-schemas/youtube'
import { ValidationError } from 'payload'

import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { publicContentCollection } from './shared/publicContent'
import { wholeNumber } from '../fields/inputRules'

export const Videos = publicContentCollection({
  slug: 'videos',
  labels: { singular: { en: 'Video', ja: '動画' }, plural: { en: 'Videos', ja: '動画' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'youtubeId', 'publishedAt', '_status'] },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'youtubeId',
      label: 'YouTube video',
      type: 'text',
      admin: { description: 'Paste the YouTube address (any form) or the 11-character video id; the id is stored.' },
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' && value.trim() ? (parseYouTubeId(value) ?? value.trim()) : value),
        ],
      },
      validate: (value: string | null | undefined) =>
        !value || parseYouTubeId(value) === value
          ? true
          : `"${value}" is not a YouTube video address or id (expected e.g. https://www.youtube.com/watch?v=dQw4w9WgXcQ)`,
    },
    {
      name: 'file',
      label: 'Or an uploaded video file',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'video/' } },
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Image shown before the video plays' },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 1,
      ...wholeNumber,
      admin: { description: 'Length in seconds' },
    },
    {
      name: 'captionLanguages',
      type: 'select',
      hasMany: true,
      options: LOCALES.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.englishName})` })),
    },
    richTextField('transcript'),
    slugField(),
    publishedAtField(),
  ],
  hooks: {
    beforeValidate: [
      ({ data, originalDoc, req }) => {
        const youtubeId = data?.youtubeId ?? originalDoc?.youtubeId
        const file = data?.file ?? originalDoc?.file
        if (!youtubeId && !file) {
          throw new ValidationError({
            collection: 'videos',
            errors: [{ path: 'youtubeId', message: 'A video needs a YouTube address or an uploaded video file' }],
            req,
          })
        }
        return data
      },
    ],
  },
})
