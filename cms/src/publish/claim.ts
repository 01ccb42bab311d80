/**
 * The one build slot across every CMS instance and worker, held as the single `build-claims`
 * document (a unique key). Its holder touches it while it builds; a claim whose process on this
 * machine is gone, or that went silent, is broken by the next runner.
 */
import { hostname } from 'node:os'

import type { Payload } from 'payload'

import { BUILD_CLAIMS } from './BuildClaims'

export const SLOT = 'site'
/** A claim or running build whose holder has not touched it for this long is taken to be dead. */
export const STALE_BUILD_MS = 60_000

/** Which process holds a build, so a restart on the same machine knows it died. */
export const thisRunner = () => `${hostname()}:${process.pid}`

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Whether the process that wrote `runner` and last touched at `touched` is gone. */
export function holderGone(runner: string | null | undefined, touched: string | null | undefined): boolean {
  const [host, pid] = (runner ?? '').split(':')
  if (host === hostname() && pid && Number(pid) !== process.pid && !alive(Number(pid))) return true
  return Date.now() - new Date(touched ?? 0).getTime() > STALE_BUILD_MS
}

const current = async (payload: Payload) =>
  (
    await payload.find({
      collection: BUILD_CLAIMS,
      where: { key: { equals: SLOT } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

export type Claim = { release: () => Promise<void>; touch: () => Promise<void> }

/**
 * Takes the slot for `build`, waiting while another build holds it. Null when this very build
 * is already being built by someone else (two runners picked up the same job).
 */
export async function claimSlot(payload: Payload, build: string, pollMs = 500): Promise<Claim | null> {
  for (;;) {
    const now = new Date().toISOString()
    const mine = await payload
      .create({
        collection: BUILD_CLAIMS,
        data: { key: SLOT, build, runner: thisRunner(), heartbeatAt: now },
        overrideAccess: true,
      })
      .catch(() => null)
    if (mine)
      return {
        release: async () => {
          await payload.delete({ collection: BUILD_CLAIMS, id: mine.id, overrideAccess: true }).catch(() => {})
        },
        touch: async () => {
          await payload
            .update({
              collection: BUILD_CLAIMS,
              id: mine.id,
              data: { heartbeatAt: new Date().toISOString() },
              overrideAccess: true,
            })
            .catch(() => {})
        },
      }
    const held = await current(payload)
    if (!held) continue // released between our attempt and the look
    if (held.build === build && !holderGone(held.runner, held.heartbeatAt)) return null
    if (holderGone(held.runner, held.heartbeatAt)) {
      await payload.delete({ collection: BUILD_CLAIMS, id: held.id, overrideAccess: true }).catch(() => {})
      continue
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** Frees the slot of a holder that died (called by recovery). */
export async function breakDeadClaim(payload: Payload): Promise<void> {
  const held = await current(payload)
  if (held && holderGone(held.runner, held.heartbeatAt))
    await payload.delete({ collection: BUILD_CLAIMS, id: held.id, overrideAccess: true }).catch(() => {})
}
