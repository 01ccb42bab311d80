/**
 * The site build as a Payload job: one record of `site-builds` built by the local pipeline or the
 * build hook. Whichever instance or worker picks it up, it builds only while it holds the one
 * build slot (./claim.ts; Payload's concurrency key keeps most duplicates from even starting);
 * local builds also take the build lock that manual `pnpm build` takes (scripts/src/buildLock.ts). A build hook that fails is called again with back-off — the
 * record says which attempt failed and why — and after the last attempt the build is failed.
 * A local build that fails is not repeated: the same content would fail the same way.
 */
import type { Payload, TaskConfig } from 'payload'

import { BuildFailure, callBuildHook, runBuildCommand, runPipeline, type BuildOutcome } from './builders'
import { fromStored, summarise, type Change, type StoredChange } from './changes'
import { claimSlot, thisRunner } from './claim'
import { BUILD_TASK } from './queue'
import { siteQueueRunner } from './runner'
import { HOOK_ATTEMPTS, hookRetryDelayMs, rebuildSettings } from './settings'

/** The holder of a running build touches its record this often (see STALE_BUILD_MS). */
const HEARTBEAT_MS = 10_000

const findRecord = (payload: Payload, id: string) =>
  payload.findByID({ collection: 'site-builds', id, depth: 0, overrideAccess: true, disableErrors: true })

const changesOf = (record: { changes?: StoredChange[] | null }): Change[] =>
  (record.changes ?? []).map((change) => fromStored(change))

export const buildSiteTask: TaskConfig<{ input: { build: string }; output: object }> = {
  slug: BUILD_TASK,
  label: 'Build the public site',
  inputSchema: [{ name: 'build', type: 'text', required: true }],
  outputSchema: [],
  concurrency: { key: () => 'site-build', exclusive: true },
  retries: { attempts: HOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: hookRetryDelayMs() } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    // Counted from the first step to the last write of the record, so that waiting for this
    // process to be idle never ends between a build's end and its recorded outcome.
    const runner = siteQueueRunner(payload)
    runner.building++
    try {
      // The one build slot, decided by the database; null: another runner is building this very record.
      const claim = await claimSlot(payload, input.build)
      if (!claim) return { output: {} }
      try {
        return await build(payload, input.build, job.totalTried ?? 0, claim.touch)
      } finally {
        await claim.release()
      }
    } finally {
      runner.building--
    }
  },
}

async function build(payload: Payload, id: string, tried: number, touchClaim: () => Promise<void>) {
  const settings = rebuildSettings()
  const record = await findRecord(payload, id)
  // Deleted by the secretariat, or already ended (built by another runner, or closed).
  if (!record || (record.status !== 'queued' && record.status !== 'retrying')) return { output: {} }
  if (settings.mode === 'off') {
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { status: 'failed', error: 'Automatic rebuilds were turned off before this build started' },
      overrideAccess: true,
    })
    return { output: {} }
  }
  const attempt = tried + 1
  const started = new Date()
  // From here on the record no longer takes changes: they go into the next queued build.
  const running = await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: {
      status: 'running',
      mode: settings.mode,
      startedAt: started.toISOString(),
      heartbeatAt: started.toISOString(),
      runner: thisRunner(),
      attempts: attempt,
    },
    depth: 0,
    overrideAccess: true,
  })
  const changes = changesOf(running)
  await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: { summary: summarise(changes) },
    overrideAccess: true,
  })
  const heartbeat = setInterval(() => {
    void touchClaim()
    payload
      .update({
        collection: 'site-builds',
        id: record.id,
        data: { heartbeatAt: new Date().toISOString() },
        overrideAccess: true,
      })
      .catch(() => {})
  }, HEARTBEAT_MS)
  let outcome: BuildOutcome | null = null
  let failure: BuildFailure | null = null
  try {
    outcome =
      settings.mode === 'hook'
        ? await callBuildHook(settings.url, changes)
        : settings.command
          ? await runBuildCommand(settings.command, settings.cwd)
          : await runPipeline(payload, settings.cwd)
  } catch (error) {
    failure =
      error instanceof BuildFailure
        ? error
        : new BuildFailure(error instanceof Error ? error.message : String(error), '')
  } finally {
    clearInterval(heartbeat)
  }
  const finished = new Date()
  const retry = failure !== null && settings.mode === 'hook' && attempt < HOOK_ATTEMPTS
  await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: {
      status: retry ? 'retrying' : failure ? 'failed' : 'succeeded',
      finishedAt: retry ? null : finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      pages: outcome?.pages ?? null,
      error: failure
        ? retry
          ? `Attempt ${attempt} of ${HOOK_ATTEMPTS} failed: ${failure.message}; trying again`
          : settings.mode === 'hook' && attempt > 1
            ? `All ${HOOK_ATTEMPTS} attempts failed; the last: ${failure.message}`
            : failure.message
        : null,
      warnings: outcome?.warnings.length ? outcome.warnings.join('\n').slice(0, 10_000) : null,
      log: (failure?.log ?? outcome?.log ?? '').slice(-10_000),
    },
    overrideAccess: true,
  })
  if (failure) payload.logger.error(`site build failed (attempt ${attempt}): ${failure.message}`)
  // Payload schedules the next attempt with back-off when the task throws.
  if (retry) throw failure
  return { output: {} }
}
