import type { Access } from 'payload'

import { isMember, isStaff, organisationOf } from '../access/roles'
import { uploadDir } from '../env'
import { MB } from '../uploads/limits'
import { uploadCollection } from './shared/uploadCollection'

/** Files attached to activity reports are as private as the reports: the organisation and the secretariat. */
const ownOrganisationOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  return isMember(user) && own ? { organisation: { equals: own } } : false
}

export const ReportAttachments = uploadCollection({
  slug: 'report-attachments',
  labels: { singular: { en: 'Report attachment', ja: '報告書添付ファイル' }, plural: { en: 'Report attachments', ja: '報告書添付ファイル' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'organisation', 'filesize'] },
  access: {
    read: ownOrganisationOrStaff,
    create: ({ req: { user } }) => isStaff(user) || (isMember(user) && Boolean(organisationOf(user))),
    update: ownOrganisationOrStaff,
    delete: ownOrganisationOrStaff,
  },
  upload: {
    staticDir: uploadDir('report-attachments'),
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
  },
  limits: { 'application/pdf': 10 * MB, 'image/': 5 * MB },
  hooks: {
    beforeChange: [
      ({ data, req }) => {
        if (isMember(req.user)) data.organisation = organisationOf(req.user)
        return data
      },
    ],
  },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      defaultValue: ({ user }: { user: unknown }) => organisationOf(user as never) ?? undefined,
    },
    { name: 'description', type: 'text' },
  ],
})
