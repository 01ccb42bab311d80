import type { Access, Where } from 'payload'

import { isMember, isStaff, organisationOf } from '../access/roles'
import { uploadDir } from '../env'
import { MB } from '../uploads/limits'
import { uploadCollection } from './shared/uploadCollection'
import { idOf } from '../utilities/idOf'

/** Files attached to activity reports are as private as the reports: the organisation and the secretariat. */
const ownOrganisationOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  return isMember(user) && own ? { organisation: { equals: own } } : false
}

/**
 * Once a report is handed in, its evidence is what the secretariat reviewed: members change or
 * remove only the attachments of reports still theirs to edit (draft or returned) and loose ones.
 */
const changeableByOwnOrganisation: Access = async ({ req }) => {
  const { user } = req
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const { docs } = await req.payload.find({
    collection: 'activity-reports',
    where: { and: [{ organisation: { equals: own } }, { status: { not_in: ['draft', 'returned'] } }] },
    select: { attachments: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const handedIn = [...new Set((docs as { attachments?: unknown[] }[]).flatMap((d) => (d.attachments ?? []).map(idOf)).filter((id): id is string => id !== null))]
  const conditions: Where[] = [{ organisation: { equals: own } }, ...(handedIn.length > 0 ? [{ id: { not_in: handedIn } }] : [])]
  return { and: conditions }
}

export const ReportAttachments = uploadCollection({
  slug: 'report-attachments',
  labels: { singular: { en: 'Report attachment', ja: '報告書添付ファイル' }, plural: { en: 'Report attachments', ja: '報告書添付ファイル' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'organisation', 'filesize'] },
  access: {
    read: ownOrganisationOrStaff,
    create: ({ req: { user } }) => isStaff(user) || (isMember(user) && Boolean(organisationOf(user))),
    update: changeableByOwnOrganisation,
    delete: changeableByOwnOrganisation,
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
