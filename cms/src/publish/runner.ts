/**
 * Runs the site queue inside this process — the embedded default, where the CMS server is also
 * the job worker. It is woken when a change is queued here and when a build ends; Payload's own
 * timer (jobs.autoRun) also visits the queue every few seconds for jobs queued by other
 * instances or left by a restart. With `JOBS_RUNNER=external` none of this runs.
 */
import type { Payload } from 'payload'

import { queueWritten, recoverInterruptedBuilds, SITE_QUEUE } from './queue'
import { jobsRunHere } from './settings'

/** Even a build due now starts a moment later, after the publishing request has committed. */
const SETTLE_MS = 50
/** How often to look again while another instance holds the build. */
const BUSY_RETRY_MS = 2_000
/** A build's record and log say what happened; Payload's own lines would repeat it with the whole job. */
export const QUIET = { info: true, error: true }

export class SiteQueueRunner {
  #timer: NodeJS.Timeout | null = null
  #due = Infinity
  #running: Promise<void> | null = null
  #again = false

  constructor(private readonly payload: Payload) {}

  /** Builds in progress in this process (set by the build task). */
  building = 0

  /** Whether this process is building the site right now. */
  get running(): boolean {
    return this.building > 0
  }

  /** Looks at the queue at `at` (or now), or earlier if already asked to. */
  wake(at: Date | null = null): void {
    const due = Math.max(at?.getTime() ?? 0, Date.now()) + SETTLE_MS
    if (this.#running) {
      this.#again = true
      return
    }
    if (this.#timer && due >= this.#due) return
    if (this.#timer) clearTimeout(this.#timer)
    this.#due = due
    this.#timer = setTimeout(() => this.#run(), due - Date.now())
    // A waiting build never keeps a script or a stopping server alive; the next start finds it.
    this.#timer.unref()
  }

  /**
   * Resolves once nothing queued here is waiting to be written, due soon, or running — including a
   * build Payload's own timer (jobs.autoRun) picked up in this process rather than this runner.
   */
  async idle(): Promise<void> {
    for (;;) {
      await queueWritten(this.payload)
      if (this.#running) await this.#running
      else if (this.#timer || this.building > 0) await new Promise((resolve) => setTimeout(resolve, 20))
      else return
    }
  }

  #run(): void {
    this.#timer = null
    this.#due = Infinity
    this.#running = this.#drain()
      .catch((error) =>
        this.payload.logger.error(`site build queue: ${error instanceof Error ? error.message : error}`),
      )
      .finally(() => {
        this.#running = null
        const again = this.#again
        this.#again = false
        if (again) this.wake()
      })
  }

  async #drain(): Promise<void> {
    await recoverInterruptedBuilds(this.payload)
    let ranAny = false
    for (;;) {
      const { jobStatus } = await this.payload.jobs.run({ queue: SITE_QUEUE, limit: 1, silent: QUIET })
      if (!jobStatus || Object.keys(jobStatus).length === 0) break
      ranAny = true
    }
    // The next one may be waiting for its debounce or a retry's back-off — or for a build another
    // instance is running, which this one must not poll for in a tight loop.
    const [next] = (
      await this.payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: SITE_QUEUE } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { processing: { equals: false } },
          ],
        },
        sort: 'waitUntil',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    if (!next) return
    const at = next.waitUntil ? new Date(next.waitUntil) : new Date()
    this.wake(ranAny || at.getTime() > Date.now() ? at : new Date(Date.now() + BUSY_RETRY_MS))
  }
}

const runners = new WeakMap<Payload, SiteQueueRunner>()

export function siteQueueRunner(payload: Payload): SiteQueueRunner {
  let runner = runners.get(payload)
  if (!runner) {
    runner = new SiteQueueRunner(payload)
    runners.set(payload, runner)
  }
  return runner
}

/** Tells this process's runner that a build is due, if this process runs jobs at all. */
export function wakeRunner(payload: Payload, at: Date | null): void {
  if (jobsRunHere()) siteQueueRunner(payload).wake(at)
}
