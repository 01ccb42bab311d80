import type { PayloadRequest } from 'payload'

import { isStaff } from './roles'

/**
 * Who may run, queue or cancel background jobs over the API: the secretariat, or a scheduler that
 * presents `Authorization: Bearer $CRON_SECRET` (for hosts that call /api/payload-jobs/run instead
 * of running the in-process timer).
 */
export function canManageJobs({ req }: { req: PayloadRequest }): boolean {
  if (isStaff(req.user)) return true
  const secret = process.env.CRON_SECRET
  return Boolean(secret) && req.headers.get('authorization') === `Bearer ${secret}`
}
