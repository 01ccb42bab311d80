import type { LocaleCode } from '@mirai/content-schemas/locales'

import type { Role } from '../access/roles'
// Plain JSON so the start script can print the accounts without loading TypeScript.
import demo from './demo-accounts.json'

export interface DemoAccount {
  email: string
  name: string
  role: Role
  languages?: LocaleCode[]
  /** Slug of a seed organisation. */
  organisation?: string
  /** Slug of the seed participant a company account works for. */
  participant?: string
}

/** One account per role, so a new user can see the admin through each role's eyes. */
export const DEMO_ACCOUNTS = demo.accounts as DemoAccount[]

/**
 * Demo accounts share one password; set SEED_DEMO_PASSWORD to choose it. The default is printed
 * in the README, so a production CMS never creates accounts with it.
 */
export function demoPassword(): string {
  if (process.env.SEED_DEMO_PASSWORD) return process.env.SEED_DEMO_PASSWORD
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'NODE_ENV is production: set SEED_DEMO_PASSWORD before creating demo accounts (the default password is public)',
    )
  }
  return demo.password
}
