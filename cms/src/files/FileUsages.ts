import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '../access/content'
import { FILE_AUDIENCES, FILE_USAGES } from './usage'

/**
 * Which published document uses which file, and who may read that document (see usage.ts).
 * Written by the server alone; the secretariat may look.
 */
export const FileUsages: CollectionConfig = {
  slug: FILE_USAGES,
  labels: {
    singular: { en: 'File usage', ja: 'ファイルの使用箇所' },
    plural: { en: 'File usages', ja: 'ファイルの使用箇所' },
  },
  admin: { hidden: true },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  fields: [
    { name: 'source', type: 'text', required: true, index: true },
    { name: 'file', type: 'text', required: true, index: true },
    {
      name: 'audience',
      type: 'select',
      required: true,
      options: FILE_AUDIENCES.filter((a) => a !== 'team').map((a) => ({ value: a, label: a })),
    },
  ],
}
