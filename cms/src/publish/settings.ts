/**
 * How published changes reach the public site, from the environment:
 * - `SITE_BUILD_HOOK_URL`: production; the CMS POSTs the changes to this URL (a CI or hosting
 *   build hook) and the build happens there.
 * - `SITE_REBUILD=local`: the CMS runs the build pipeline of `pnpm build` itself, exporting with its
 *   own Payload — what the README's main command does; `SITE_BUILD_COMMAND` replaces the pipeline
 *   with a command run at the root of the workspace.
 * - neither: nothing is rebuilt automatically (tests, scripts, a CMS without a site).
 *
 * Builds are Payload jobs (queue `site`, see ./task.ts); `JOBS_RUNNER=external` says a separate
 * worker (`pnpm --filter @mirai/cms jobs:worker`) or a scheduler calling /api/payload-jobs/run runs
 * them, so this server only queues.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

export type RebuildSettings =
  | { mode: 'off' }
  | { mode: 'hook'; url: string; debounceMs: number }
  | { mode: 'local'; command: string | null; cwd: string; debounceMs: number }

/**
 * How long a build waits for more publishes after the first. None by default: a single publish
 * goes straight to a build, and whatever is published while a build runs is gathered into the
 * next one, which already keeps bursts to one build after another.
 */
export const DEFAULT_DEBOUNCE_MS = 0

function workspaceRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(from)
  }
}

export function rebuildSettings(env: NodeJS.ProcessEnv = process.env): RebuildSettings {
  const debounceMs = env.SITE_REBUILD_DEBOUNCE_MS ? Number(env.SITE_REBUILD_DEBOUNCE_MS) : DEFAULT_DEBOUNCE_MS
  if (!Number.isFinite(debounceMs) || debounceMs < 0) {
    throw new Error(`SITE_REBUILD_DEBOUNCE_MS must be a number of milliseconds, not "${env.SITE_REBUILD_DEBOUNCE_MS}"`)
  }
  if (env.SITE_BUILD_HOOK_URL) {
    let url: URL
    try {
      url = new URL(env.SITE_BUILD_HOOK_URL)
    } catch {
      throw new Error(`SITE_BUILD_HOOK_URL is not a URL: "${env.SITE_BUILD_HOOK_URL}"`)
    }
    return { mode: 'hook', url: url.toString(), debounceMs }
  }
  if (env.SITE_REBUILD === 'local') {
    return {
      mode: 'local',
      command: env.SITE_BUILD_COMMAND || null,
      cwd: env.SITE_BUILD_CWD || workspaceRoot(process.cwd()),
      debounceMs,
    }
  }
  if (env.SITE_REBUILD && env.SITE_REBUILD !== 'off')
    throw new Error(`SITE_REBUILD must be "local" or "off", not "${env.SITE_REBUILD}"`)
  return { mode: 'off' }
}

/** Whether this process runs queued jobs itself (the embedded default) or leaves them to a worker. */
export function jobsRunHere(env: NodeJS.ProcessEnv = process.env): boolean {
  const runner = env.JOBS_RUNNER ?? 'server'
  if (runner !== 'server' && runner !== 'external')
    throw new Error(`JOBS_RUNNER must be "server" or "external", not "${runner}"`)
  return runner === 'server'
}

/** A build hook that does not answer 2xx is called this many times in all before the build fails. */
export const HOOK_ATTEMPTS = 4

/** The first retry of a build hook waits this long, each next one twice as long. */
export function hookRetryDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SITE_BUILD_RETRY_DELAY_MS ? Number(env.SITE_BUILD_RETRY_DELAY_MS) : 10_000
  if (!Number.isFinite(value) || value < 0)
    throw new Error(
      `SITE_BUILD_RETRY_DELAY_MS must be a number of milliseconds, not "${env.SITE_BUILD_RETRY_DELAY_MS}"`,
    )
  return value
}
