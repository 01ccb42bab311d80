/**
 * The publish-to-site pipeline: hooks on public content report changes here; each Payload
 * instance has one queue that debounces them into builds and records every build in
 * `site-builds`, where editors see when the site was last built, from which changes, and why a
 * build failed (the previous site stays online when one does).
 */
import type { Payload } from 'payload'

import { BuildFailure, callBuildHook, runLocalBuild, type BuildOutcome } from './builders'
import { RebuildQueue, type Change } from './rebuildQueue'
import { rebuildSettings } from './settings'

export type { Change } from './rebuildQueue'

const queues = new WeakMap<Payload, RebuildQueue>()

export function rebuildQueue(payload: Payload): RebuildQueue {
  let queue = queues.get(payload)
  if (!queue) {
    queue = new RebuildQueue({
      debounceMs: () => {
        const settings = rebuildSettings()
        return settings.mode === 'off' ? 0 : settings.debounceMs
      },
      build: (changes) => buildAndRecord(payload, changes),
    })
    queues.set(payload, queue)
  }
  return queue
}

/** Called by the hooks of public content; does nothing when automatic rebuilds are off. */
export function requestRebuild(payload: Payload, change: Omit<Change, 'at'>): void {
  if (rebuildSettings().mode === 'off') return
  rebuildQueue(payload).request({ ...change, at: new Date().toISOString() })
}

export function summarise(changes: Change[]): string {
  const first = changes[0]
  if (!first) return 'Rebuild'
  const more = changes.length > 1 ? ` and ${changes.length - 1} more` : ''
  return `${first.operation} ${first.collection}: ${first.title}${more}`.slice(0, 200)
}

async function buildAndRecord(payload: Payload, changes: Change[]): Promise<void> {
  const settings = rebuildSettings()
  if (settings.mode === 'off') return
  const started = new Date()
  const record = await payload.create({
    collection: 'site-builds',
    data: {
      summary: summarise(changes),
      status: 'running',
      mode: settings.mode,
      startedAt: started.toISOString(),
      changes: changes.map(({ id, by, ...rest }) => ({ ...rest, docId: id, by })),
    },
    overrideAccess: true,
  })
  let outcome: BuildOutcome | null = null
  let failure: BuildFailure | null = null
  try {
    outcome =
      settings.mode === 'hook'
        ? await callBuildHook(settings.url, changes)
        : await runLocalBuild(settings.command, settings.cwd)
  } catch (error) {
    failure =
      error instanceof BuildFailure
        ? error
        : new BuildFailure(error instanceof Error ? error.message : String(error), '')
    payload.logger.error(`site build failed: ${failure.message}`)
  }
  const finished = new Date()
  await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: {
      status: failure ? 'failed' : 'succeeded',
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      pages: outcome?.pages ?? null,
      error: failure?.message ?? null,
      warnings: outcome?.warnings.length ? outcome.warnings.join('\n').slice(0, 10_000) : null,
      log: (failure?.log ?? outcome?.log ?? '').slice(-10_000),
    },
    overrideAccess: true,
  })
}

/** A build that was running when the CMS stopped will never finish: say so. */
export async function closeInterruptedBuilds(payload: Payload): Promise<void> {
  await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    data: {
      status: 'failed',
      error: 'Interrupted: the CMS stopped while this build was running',
      finishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
}
