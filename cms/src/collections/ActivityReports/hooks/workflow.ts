/**
 * The activity-report lifecycle: draft → submitted → in review → accepted or returned; a returned
 * report goes back to the member, who edits and submits it again. Who may make which move is
 * decided here, on the server, for the admin and the REST API alike.
 */
import type { ReportStatus } from '@mirai/content-schemas/taxonomies'
import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isMember, isStaff, organisationOf } from '../../../access/roles'
import type { ActivityReport } from '../../../payload-types'

type Actor = 'member' | 'staff'

const TRANSITIONS: Record<Actor, Partial<Record<ReportStatus, ReportStatus[]>>> = {
  member: {
    draft: ['submitted'],
    returned: ['submitted'],
  },
  staff: {
    draft: ['submitted'],
    submitted: ['in-review', 'accepted', 'returned'],
    'in-review': ['accepted', 'returned'],
    returned: ['submitted', 'in-review'],
    accepted: ['in-review'],
  },
}

export function allowedTransitions(actor: Actor, from: ReportStatus): ReportStatus[] {
  return TRANSITIONS[actor][from] ?? []
}

function actorOf(req: PayloadRequest): Actor | null {
  if (isStaff(req.user)) return 'staff'
  if (isMember(req.user)) return 'member'
  return null
}

export const enforceReportWorkflow: CollectionBeforeChangeHook<ActivityReport> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  // Trusted server code (seed, jobs) runs with no user and may set any state.
  if (!req.user) return data
  const actor = actorOf(req)
  if (!actor) throw new APIError('Only members and the secretariat work on activity reports', 403, undefined, true)

  if (actor === 'member') {
    const own = organisationOf(req.user)
    if (!own) throw new APIError('Your account is not linked to a member organisation', 403, undefined, true)
    // Members always report for their own organisation, whatever the request says.
    data.organisation = own
  }

  // On create there is no earlier state, whatever Payload passes (a duplicate passes its source).
  const previous = operation === 'update' ? originalDoc : undefined
  if (actor === 'member' && data.visibility === 'members-only' && previous?.visibility !== 'members-only') {
    throw new APIError(
      'Only the secretariat shares a report with all members; you may propose it as a good practice',
      403,
      undefined,
      true,
    )
  }

  const from: ReportStatus = previous?.status ?? 'draft'
  const to: ReportStatus = data.status ?? from
  if (operation === 'create' && actor === 'member' && to !== 'draft' && to !== 'submitted') {
    throw new APIError(`A new report starts as a draft; it cannot be created as "${to}"`, 403, undefined, true)
  }

  if (to !== from) {
    if (!allowedTransitions(actor, from).includes(to)) {
      const who = actor === 'member' ? 'A member' : 'The secretariat'
      throw new APIError(`${who} cannot move a report from "${from}" to "${to}"`, 403, undefined, true)
    }
    if (to === 'returned' && !String(data.reviewComment ?? '').trim()) {
      throw new ValidationError({
        collection: 'activity-reports',
        errors: [{ path: 'reviewComment', message: 'Say what the member should change when returning a report' }],
        req,
      })
    }
    const entry = {
      from,
      to,
      at: new Date().toISOString(),
      by: req.user.id,
      comment: to === 'returned' || to === 'accepted' ? (data.reviewComment ?? null) : null,
    }
    data.history = [...(previous?.history ?? []), entry]
    if (to === 'submitted') data.submittedAt = entry.at
  } else {
    // History is written only by transitions (field access already drops what clients send; this
    // also covers a create, which has no history to keep).
    data.history = previous ? previous.history : []
    if (operation === 'create') data.submittedAt = null
  }
  return data
}
