/**
 * The publish-to-site pipeline: hooks on public content report changes here; they are queued in
 * the database (./queue.ts) and built by a Payload job (./task.ts) — in this server by default,
 * or by a separate worker — with every build recorded in `site-builds`, where editors see when
 * the site was last built, from which changes, and why a build failed (the previous site stays
 * online when one does).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Change } from './changes'
import { enqueueChanges, recoverInterruptedBuilds } from './queue'
import { siteQueueRunner, wakeRunner } from './runner'
import { jobsRunHere, rebuildSettings } from './settings'

export type { Change } from './changes'
export { summarise } from './changes'
export { buildSiteTask } from './task'
export { SITE_QUEUE } from './queue'

/** This process's view of the queue: whether a build runs here, and when all is done (tests). */
export const rebuildQueue = (payload: Payload) => siteQueueRunner(payload)

/**
 * Called by the hooks of public content; does nothing when automatic rebuilds are off. The
 * change is saved with the request that made it, before the request answers.
 */
export async function requestRebuild(
  payload: Payload,
  change: Omit<Change, 'at'>,
  req?: PayloadRequest,
): Promise<void> {
  if (rebuildSettings().mode === 'off') return
  const startAt = await enqueueChanges(payload, [{ ...change, at: new Date().toISOString() }], req)
  wakeRunner(payload, startAt)
}

/** On start: builds interrupted by a stop are queued again, and what was waiting gets built. */
export async function resumeSiteBuilds(payload: Payload): Promise<void> {
  // The runner recovers before it looks at the queue; without one, recover here.
  if (rebuildSettings().mode !== 'off' && jobsRunHere()) siteQueueRunner(payload).wake()
  else await recoverInterruptedBuilds(payload)
}
export type { BuildAnswer, BuildRequest } from './builders'
