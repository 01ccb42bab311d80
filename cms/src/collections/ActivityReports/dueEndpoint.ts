import { APIError, type Endpoint, type Payload } from 'payload'

import { isMember, isStaff, organisationOf } from '../../access/roles'
import { dueItems, type DueItem, type ReportSummary } from './deadlines'

/** The due list of one organisation, read through the Local API with the asking user's access. */
export async function dueForOrganisation(payload: Payload, organisation: string, now = new Date()): Promise<DueItem[]> {
  const settings = await payload.findGlobal({ slug: 'reporting-periods', depth: 0, overrideAccess: true })
  const { docs } = await payload.find({
    collection: 'activity-reports',
    where: { organisation: { equals: organisation } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const reports = docs.map((r): ReportSummary => ({
    id: String(r.id),
    title: r.title,
    kind: r.kind,
    fiscalYear: r.fiscalYear,
    half: r.half ?? null,
    status: r.status,
  }))
  return dueItems(settings.periods ?? [], reports, now)
}

/** GET /api/activity-reports/due — a member's own organisation; staff pass ?organisation=<id>. */
export const dueReportsEndpoint: Endpoint = {
  path: '/due',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    let organisation: string | null
    if (isStaff(user)) organisation = typeof req.query.organisation === 'string' ? req.query.organisation : null
    else if (isMember(user)) organisation = organisationOf(user)
    else throw new APIError('Sign in as a member or the secretariat to see reporting deadlines', 401, undefined, true)
    if (!organisation)
      throw new APIError(
        isStaff(user)
          ? 'Say which organisation: ?organisation=<id>'
          : 'Your account is not linked to a member organisation',
        400,
        undefined,
        true,
      )
    return Response.json({ organisation, items: await dueForOrganisation(req.payload, organisation) })
  },
}
