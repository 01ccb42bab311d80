/**
 * `pnpm seed` loads the demo content, creating only what has never existed: a second run changes
 * nothing people made or changed (see seed.ts). `--if-empty` seeds only a database without
 * accounts (the main command uses it). `--reset` says what it would erase to start the demo over;
 * `--reset --yes` erases it and seeds again.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { DEMO_ACCOUNTS, demoPassword } from './demoAccounts'
import { describeErasure, eraseForReset, whatResetErases } from './reset'
import { seed } from './seed'

const ifEmpty = process.argv.includes('--if-empty')
const reset = process.argv.includes('--reset')
const confirmed = process.argv.includes('--yes')

try {
  const payload = await getPayload({ config })
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (reset) {
    const erasure = await whatResetErases(payload)
    if (!confirmed) {
      console.log(
        `seed: --reset would erase, from ${process.env.DATABASE_URI?.startsWith('mongodb') ? 'the MongoDB database' : 'the embedded database'}:\n${describeErasure(erasure)}\nand load the demo content again. Nothing was changed; run "pnpm seed --reset --yes" to do it.`,
      )
      process.exit(1)
    }
    console.log(`seed: erasing\n${describeErasure(erasure)}`)
    await eraseForReset(payload)
  }
  if (ifEmpty && !reset && totalDocs > 0) {
    console.log(`seed: the database already has ${totalDocs} user(s); leaving its content as it is`)
  } else {
    const started = Date.now()
    const { counts, created } = await seed(payload, (step) => console.log(`seed: ${step}`), { afterReset: reset })
    const summary = Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')
    console.log(
      `seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s — ${created.length} item(s) created; demo content: ${summary}`,
    )
    if (created.length === 0)
      console.log('seed: everything was there already (or deliberately deleted); nothing was changed')
    const newAccounts = DEMO_ACCOUNTS.filter((a) => created.includes(`users:${a.email}`))
    if (newAccounts.length > 0)
      console.log(
        `seed: demo accounts created (password "${demoPassword()}"): ${newAccounts.map((a) => `${a.email} (${a.role})`).join(', ')}`,
      )
  }
  process.exit(0)
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
