/**
 * The daily retention job of JP-MIRAI Safety: raw answers past their retention are tallied and
 * deleted (./retention.ts) and consultation requests closed long enough ago are deleted
 * (../collections/ConsultationRequests/retention.ts). Payload queues it from its `schedule` in the
 * `default` queue, which the CMS server's timer runs where jobsRunHere() says (or the job worker,
 * or a scheduler calling /api/payload-jobs/run); both steps are safe to repeat, so a run that is
 * late, missed or doubled does no harm.
 */
import { japanWallClock } from '@mirai/content-schemas/dates'
import type { TaskConfig } from 'payload'

import { deleteClosedRequests } from '../collections/ConsultationRequests/retention'
import { pruneSafetyAnswers } from './retention'

export const RETENTION_TASK = 'safety-retention'
/** At night in Japan, when nobody is reading feedback. */
export const RETENTION_HOUR_IN_JAPAN = 3

// Payload does not export the hooks' types by name.
type ScheduleHooks = NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>
type BeforeSchedule = NonNullable<ScheduleHooks['beforeSchedule']>
type AfterSchedule = NonNullable<ScheduleHooks['afterSchedule']>

const HOUR_MS = 60 * 60_000
const JAPAN_UTC_OFFSET_MS = 9 * HOUR_MS

/** The next RETENTION_HOUR_IN_JAPAN o'clock in Japan after `now`, whatever the server's time zone. */
export function nextRetentionRun(now: Date): Date {
  const { year, month, day } = japanWallClock(now)
  const today = Date.UTC(year, month - 1, day, RETENTION_HOUR_IN_JAPAN) - JAPAN_UTC_OFFSET_MS
  return new Date(today > now.getTime() ? today : today + 24 * HOUR_MS)
}

/**
 * Payload reads a schedule's cron in the server's time zone; the run is due at the hour in Japan
 * instead. Payload's own check (no such job waiting or running in the queue) still decides
 * whether one is queued at all.
 */
const atTheHourInJapan: BeforeSchedule = async (args) => {
  const decision = await args.defaultBeforeSchedule(args)
  return { ...decision, waitUntil: nextRetentionRun(new Date()) }
}

/**
 * Payload swallows an error while scheduling (the next look tries again); the operator still
 * needs to see it, or a retention that never runs goes unnoticed.
 */
const reportSchedulingErrors: AfterSchedule = async (args) => {
  if (args.status === 'error')
    args.req.payload.logger.error(`safety retention: could not be scheduled: ${args.error?.stack ?? args.error}`)
  await args.defaultAfterSchedule(args)
}

export const safetyRetentionTask: TaskConfig<{
  input: object
  output: { periods: number; archived: number; deleted: number; requests: number }
}> = {
  slug: RETENTION_TASK,
  label: 'Delete expired JP-MIRAI Safety answers and consultation requests',
  inputSchema: [],
  outputSchema: [
    { name: 'periods', type: 'number' },
    { name: 'archived', type: 'number' },
    { name: 'deleted', type: 'number' },
    { name: 'requests', type: 'number' },
  ],
  schedule: [
    {
      cron: `0 ${RETENTION_HOUR_IN_JAPAN} * * *`,
      queue: 'default',
      hooks: { beforeSchedule: atTheHourInJapan, afterSchedule: reportSchedulingErrors },
    },
  ],
  concurrency: { key: () => RETENTION_TASK, exclusive: true },
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const { payload } = req
    // One step failing does not keep the other from running; the job still fails, to be retried
    // and to show in the log.
    const [answers, requests] = await Promise.allSettled([pruneSafetyAnswers(payload), deleteClosedRequests(payload)])
    const failures = [answers, requests].filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failures.length > 0)
      throw new Error(`safety retention: ${failures.map((f) => String(f.reason?.message ?? f.reason)).join('; ')}`)
    const pruned = (answers as PromiseFulfilledResult<Awaited<ReturnType<typeof pruneSafetyAnswers>>>).value
    const closed = (requests as PromiseFulfilledResult<number>).value
    if (pruned.deleted > 0 || closed > 0)
      payload.logger.info(
        `safety retention: ${pruned.deleted} raw answer(s) of ${pruned.periods} period(s) deleted (${pruned.archived} site tally(ies) archived), ${closed} closed consultation request(s) deleted`,
      )
    return { output: { ...pruned, requests: closed } }
  },
}
