/**
 * `pnpm migrate` brings the database to this code's schema and says where it stands. Every start
 * does the same (payload.config.ts onInit → upgrade.ts); this is for running it on its own, before
 * a deploy or after restoring a copy. It asks nothing and never drops data: a database it cannot
 * upgrade without losing data is left as it was, with the reason, and the command fails.
 */
import { getPayload } from 'payload'

import config from './payload.config'

try {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'payload-migrations', sort: 'name', pagination: false, depth: 0 })
  const where = payload.db.name === 'sqlite' ? 'the embedded database' : `the ${payload.db.name} database`
  const pushed = docs.some((m) => m.batch === -1)
  console.log(
    pushed
      ? `migrate: ${where} follows the development schema push (PAYLOAD_SCHEMA_PUSH=1); run without it to take it over`
      : docs.length > 0
        ? `migrate: ${where} is up to date; migrations done:\n${docs.map((m) => `  ${m.name} (batch ${m.batch})`).join('\n')}`
        : `migrate: ${where} is up to date (no migrations to record)`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
