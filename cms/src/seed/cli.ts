/**
 * `pnpm seed` loads the demo content; `pnpm seed --if-empty` does so only when the database has no
 * users yet (the main command uses it, so a second start keeps the editors' work).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { DEMO_ACCOUNTS, demoPassword } from './demoAccounts'
import { seed } from './seed'

const ifEmpty = process.argv.includes('--if-empty')

try {
  const payload = await getPayload({ config })
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (ifEmpty && totalDocs > 0) {
    console.log(`seed: the database already has ${totalDocs} user(s); leaving its content as it is`)
  } else {
    const started = Date.now()
    const { counts } = await seed(payload, (step) => console.log(`seed: ${step}`))
    const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')
    console.log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s — ${summary}`)
    console.log(`seed: demo accounts (password "${demoPassword()}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}`)
  }
  process.exit(0)
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
