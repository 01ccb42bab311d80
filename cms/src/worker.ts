/**
 * `pnpm --filter @mirai/cms jobs:worker`: the job worker for a CMS that leaves jobs to another
 * process (JOBS_RUNNER=external on the servers): site builds and scheduled publishing, with the
 * same timers, recovery of interrupted builds and one-build-at-a-time rule as the embedded default.
 * Run one or several; Payload's concurrency key keeps site builds to one at a time. It needs the
 * servers' database, storage and rebuild settings (SITE_REBUILD or SITE_BUILD_HOOK_URL).
 */
export {}

process.env.JOBS_RUNNER = 'server'

const { getPayload } = await import('payload')
const { default: config } = await import('./payload.config')
const { rebuildSettings } = await import('./publish/settings')

const payload = await getPayload({ config, cron: true })
const mode = rebuildSettings().mode
payload.logger.info(
  `jobs worker: running scheduled publishing and site builds (${mode === 'off' ? 'automatic rebuilds are off' : mode})`,
)
const stop = async () => {
  await payload.destroy()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
