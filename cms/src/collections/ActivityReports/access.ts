/**
 * Who may read and change activity reports, their attachments and the reporting periods. A report
 * is its organisation's and the secretariat's; once accepted and shared with members, other
 * members read its text — but not its attachments (see readAttachments).
 */
import type { Access, FieldAccess, Where } from 'payload'

import { isMember, isStaff, organisationOf } from '../../access/roles'
import { idOf } from '../../utilities/idOf'
import type { ActivityReport } from '../../payload-types'

/** The statuses in which a report is still its organisation's to edit. */
export const EDITABLE_BY_MEMBER: ActivityReport['status'][] = ['draft', 'returned']

/** The secretariat, or a member whose account names their organisation. */
export const memberOfAnOrganisationOrStaff: Access = ({ req: { user } }) =>
  isStaff(user) || (isMember(user) && Boolean(organisationOf(user)))

/**
 * Members read their own organisation's reports, plus reports of other members that were accepted
 * and are shared with members. Nobody else outside the secretariat reads them.
 */
export const readReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const sharedWithMembers: Where = {
    and: [{ status: { equals: 'accepted' } }, { visibility: { equals: 'members-only' } }],
  }
  return { or: [{ organisation: { equals: own } }, sharedWithMembers] }
}

/** Members edit their own reports while they are theirs to edit: draft, or returned for changes. */
export const updateReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const ownEditable: Where[] = [{ organisation: { equals: own } }, { status: { in: EDITABLE_BY_MEMBER } }]
  return { and: ownEditable }
}

/** Members delete their own reports that were never handed in. */
export const deleteReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const ownDrafts: Where[] = [{ organisation: { equals: own } }, { status: { equals: 'draft' } }]
  return { and: ownDrafts }
}

/**
 * The secretariat's side of a report (its review comment, the trail of who moved it when) is for
 * the organisation that wrote it; other members reading a shared report see the report itself.
 */
export const ownOrganisationOrStaffField: FieldAccess<ActivityReport> = ({ req, doc }) => {
  if (isStaff(req.user)) return true
  return isMember(req.user) && idOf(doc?.organisation) === organisationOf(req.user)
}

/**
 * Attachments stay with the reporting organisation and the secretariat, even when the report is
 * shared with members: uploaded evidence (photos, contracts, pay slips) may hold personal data of
 * workers, so sharing a report shares its text, not its files. Members of other organisations
 * therefore neither list nor download the attachments of a report they may read.
 */
export const readAttachments: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  return isMember(user) && own ? { organisation: { equals: own } } : false
}

/**
 * Once a report is handed in, its evidence is what the secretariat reviewed: members change or
 * remove only the attachments of reports still theirs to edit (draft or returned) and loose ones.
 */
export const changeAttachments: Access = async ({ req }) => {
  const { user } = req
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const { docs } = await req.payload.find({
    collection: 'activity-reports',
    where: { and: [{ organisation: { equals: own } }, { status: { not_in: EDITABLE_BY_MEMBER } }] },
    select: { attachments: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const handedIn = [
    ...new Set(docs.flatMap((d) => (d.attachments ?? []).map(idOf)).filter((id): id is string => id !== null)),
  ]
  const conditions: Where[] = [
    { organisation: { equals: own } },
    ...(handedIn.length > 0 ? [{ id: { not_in: handedIn } }] : []),
  ]
  return { and: conditions }
}

/** Members read the deadlines (they owe the reports); the secretariat sets them. */
export const readReportingPeriods: Access = ({ req: { user } }) => isStaff(user) || isMember(user)
