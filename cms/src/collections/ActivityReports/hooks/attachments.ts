import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { ActivityReport } from '../../../payload-types'
import { idOf } from '../../../utilities/idOf'

/**
 * A report's attachments are its organisation's own files: pointing at another organisation's
 * attachment (its id is visible on shared reports) would show that file as part of this report.
 */
export const attachmentsOfTheOrganisation: CollectionBeforeChangeHook<ActivityReport> = async ({ data, req }) => {
  const ids = (Array.isArray(data.attachments) ? data.attachments : [])
    .map(idOf)
    .filter((id): id is string => id !== null)
  if (ids.length === 0) return data
  const { totalDocs } = await req.payload.count({
    collection: 'report-attachments',
    where: { and: [{ id: { in: ids } }, { organisation: { equals: idOf(data.organisation) } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs < new Set(ids).size) {
    throw new ValidationError({
      collection: 'activity-reports',
      errors: [{ path: 'attachments', message: "Attach your organisation's own files only" }],
      req,
    })
  }
  return data
}
