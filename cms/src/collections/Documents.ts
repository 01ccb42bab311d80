import { staffOnly } from '../access/content'
import { hiddenOutsideContentTeam } from '../access/admin'
import { fileAudienceField, readByFileAudience } from '../access/files'
import { uploadDir } from '../env'
import { localeSelectField } from '../fields/taxonomy'
import { MB } from '../uploads/limits'
import { uploadCollection } from './shared/uploadCollection'

/** Downloadable PDFs (flyers, reports). One file is in one language; translations are separate documents. */
export const Documents = uploadCollection({
  slug: 'documents',
  labels: { singular: { en: 'PDF document', ja: 'PDF資料' }, plural: { en: 'PDF documents', ja: 'PDF資料' } },
  admin: {
    hidden: hiddenOutsideContentTeam,
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'filename', 'filesize'],
  },
  access: { read: readByFileAudience, create: staffOnly, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: uploadDir('documents'),
    mimeTypes: ['application/pdf'],
  },
  limits: { 'application/pdf': 20 * MB },
  fields: [
    { name: 'title', type: 'text', required: true },
    localeSelectField({ name: 'language', required: true, admin: { description: 'Language the PDF is written in' } }),
    {
      name: 'translationOf',
      type: 'relationship',
      relationTo: 'documents',
      admin: { description: 'The original this PDF translates, so the site can offer every language of one flyer' },
    },
    { name: 'description', type: 'textarea' },
    fileAudienceField(),
  ],
})
