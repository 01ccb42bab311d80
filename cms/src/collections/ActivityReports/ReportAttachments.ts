import { isMember, organisationOf } from '../../access/roles'
import { uploadDir } from '../../env'
import { MB } from '../../uploads/limits'
import { uploadCollection } from '../shared/uploadCollection'
import { changeAttachments, memberOfAnOrganisationOrStaff, readAttachments } from './access'

/**
 * Evidence members attach to their activity reports. Who may open it is decided in ./access.ts:
 * the reporting organisation and the secretariat only, even once the report is shared with members.
 */
export const ReportAttachments = uploadCollection({
  slug: 'report-attachments',
  labels: {
    singular: { en: 'Report attachment', ja: '報告書添付ファイル' },
    plural: { en: 'Report attachments', ja: '報告書添付ファイル' },
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'organisation', 'filesize'] },
  access: {
    read: readAttachments,
    create: memberOfAnOrganisationOrStaff,
    update: changeAttachments,
    delete: changeAttachments,
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
      defaultValue: ({ user }) => organisationOf(user) ?? undefined,
    },
    { name: 'description', type: 'text' },
  ],
})
