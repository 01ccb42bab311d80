import type { Payload } from 'payload'

import { safetySettings } from '../../safety/settings'
import { CONSULTATION_REQUESTS } from './hooks'

const DAY = 24 * 60 * 60_000

/**
 * Deletes the requests closed more than the retention period (`requestRetentionDays`) before
 * `now`: once Assist has dealt with a worker, their contact details go. Requests not yet closed
 * are kept, however old. Returns how many were deleted.
 */
export async function deleteClosedRequests(payload: Payload, now: Date = new Date()): Promise<number> {
  const { requestRetentionDays } = await safetySettings(payload)
  const closedBefore = new Date(now.getTime() - requestRetentionDays * DAY).toISOString()
  const { docs, errors } = await payload.delete({
    collection: CONSULTATION_REQUESTS,
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: closedBefore } }] },
    depth: 0,
    overrideAccess: true,
  })
  if (errors.length > 0)
    throw new Error(
      `could not delete ${errors.length} closed consultation request(s): ${errors.map((e) => e.message).join('; ')}`,
    )
  return docs.length
}
