/**
 * The durable rebuild queue. A public change is written to the database at once — appended to the
 * one `site-builds` record still waiting (status `queued`), or as a new one with a Payload job to
 * build it — so nothing is forgotten when the CMS restarts, and every CMS instance sees the same
 * queue. Of all instances and workers one builds at a time (the build slot, ./claim.ts); whatever
 * is published meanwhile waits in the next queued record.
 */
import type { Payload, PayloadRequest } from 'payload'

import { fromStored, isUrgent, toStored, type Change } from './changes'
import { breakDeadClaim, holderGone } from './claim'
import { rebuildSettings } from './settings'

export const SITE_QUEUE = 'site'
export const BUILD_TASK = 'buildSite'

// One queue write at a time in this process, so two publishes at once find the same record.
const writes = new WeakMap<Payload, Promise<unknown>>()

function serialised<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const next = (writes.get(payload) ?? Promise.resolve()).catch(() => {}).then(work)
  writes.set(payload, next)
  return next
}

/** Resolves once this process has written every change it was given. */
export const queueWritten = (payload: Payload) => (writes.get(payload) ?? Promise.resolve()).catch(() => {})

/**
 * Writes changes into the queue (inside the publishing request's transaction when there is one,
 * so a publish and its rebuild request are saved together) and says when their build may start.
 */
export function enqueueChanges(payload: Payload, changes: Change[], req?: PayloadRequest): Promise<Date | null> {
  const settings = rebuildSettings()
  if (settings.mode === 'off' || changes.length === 0) return Promise.resolve(null)
  return serialised(payload, async () => {
    const [waiting] = (
      await payload.find({
        collection: 'site-builds',
        where: { status: { equals: 'queued' } },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs
    // An urgent change (an alert) is built at once, and so is a waiting build that holds one.
    const urgent = changes.some(isUrgent) || (waiting?.changes ?? []).some(isUrgent)
    const startAt = new Date(Date.now() + (urgent ? 0 : settings.debounceMs))
    if (waiting) {
      const updated = await payload.update({
        collection: 'site-builds',
        id: waiting.id,
        data: { changes: [...(waiting.changes ?? []), ...changes.map(toStored)] },
        depth: 0,
        overrideAccess: true,
        req,
      })
      // Its build started while we were writing: these changes make the next build.
      if (updated.status === 'queued') {
        if ((settings.debounceMs > 0 || urgent) && updated.job)
          await payload.update({
            collection: 'payload-jobs',
            id: updated.job,
            data: { waitUntil: startAt.toISOString() },
            overrideAccess: true,
            req,
          })
        return startAt
      }
    }
    const record = await payload.create({
      collection: 'site-builds',
      data: { summary: 'Waiting to build', status: 'queued', mode: settings.mode, changes: changes.map(toStored) },
      overrideAccess: true,
      req,
    })
    const job = await payload.jobs.queue({
      task: BUILD_TASK,
      queue: SITE_QUEUE,
      input: { build: String(record.id) },
      waitUntil: startAt,
      req,
    })
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { job: String(job.id) },
      overrideAccess: true,
      req,
    })
    return startAt
  })
}

/**
 * A build that was running when its CMS or worker died will never finish: say so, free its job's
 * concurrency key (or no build would ever run again) and queue its changes for the next build.
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let recovered = 0
  for (const build of docs) {
    if (!holderGone(build.runner, build.heartbeatAt ?? build.startedAt)) continue
    recovered++
    const now = new Date().toISOString()
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        finishedAt: now,
        error: 'Interrupted: the CMS stopped while this build was running; its changes were queued again',
      },
      overrideAccess: true,
    })
    if (build.job)
      await payload
        .update({
          collection: 'payload-jobs',
          id: build.job,
          data: {
            processing: false,
            hasError: true,
            completedAt: now,
            error: { message: 'interrupted: its process stopped during the build' },
          },
          overrideAccess: true,
        })
        .catch(() => {}) // the job may have been deleted by an operator
    await enqueueChanges(
      payload,
      (build.changes ?? []).map((change) => fromStored(change, now)),
    )
  }
  await breakDeadClaim(payload)
  if (recovered > 0) payload.logger.warn(`${recovered} site build(s) were interrupted by a stop; queued again`)
  return recovered
}
