import { staffOnly, updateContent } from '../access/content'
import { hiddenOutsideContentTeam } from '../access/admin'
import { fileAudienceField, readByFileAudience } from '../access/files'
import { uploadDir } from '../env'
import { lockSharedFieldsForTranslators } from '../fields/translatorLock'
import { MB } from '../uploads/limits'
import { siteRebuildHooks } from '../publish/hooks'
import { uploadCollection } from './shared/uploadCollection'

const webp = { format: 'webp' as const, options: { quality: 78 } }

/**
 * Images (and the occasional video file) used on the public site. Every image carries alt text in
 * each language; sharp derives WebP sizes for responsive `srcset` on the site.
 */
export const Media = uploadCollection({
  slug: 'media',
  labels: {
    singular: { en: 'Image or video file', ja: '画像・動画ファイル' },
    plural: { en: 'Media', ja: 'メディア' },
  },
  admin: {
    hidden: hiddenOutsideContentTeam,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  access: { read: readByFileAudience, create: staffOnly, update: updateContent, delete: staffOnly },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'video/mp4', 'video/webm'],
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumb', width: 320, formatOptions: webp, withoutEnlargement: true },
      { name: 'card', width: 640, formatOptions: webp, withoutEnlargement: true },
      { name: 'wide', width: 1280, formatOptions: webp, withoutEnlargement: true },
      { name: 'full', width: 1920, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumb',
  },
  // Payload reads an upload of at most 20 MB (its multipart limit); longer videos belong on YouTube.
  limits: { 'image/': 10 * MB, 'video/': 20 * MB },
  hooks: {
    afterChange: siteRebuildHooks.afterChange,
    afterDelete: siteRebuildHooks.afterDelete,
  },
  fields: lockSharedFieldsForTranslators([
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: 'Describe what the image shows for readers who cannot see it (screen readers, slow connections).',
      },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text' },
    // Payload's own focal point fields, bounded: a point outside the image fails the site's checks.
    { name: 'focalX', type: 'number', min: 0, max: 100 },
    { name: 'focalY', type: 'number', min: 0, max: 100 },
    fileAudienceField(),
  ]),
})
