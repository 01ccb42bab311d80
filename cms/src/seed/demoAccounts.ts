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
}

/** One account per role, so a new user can see the admin through each role's eyes. */
export const DEMO_ACCOUNTS = demo.accounts as DemoAccount[]

/** Demo accounts share one password; set SEED_DEMO_PASSWORD to choose it. */
export function demoPassword(): string {
  return process.env.SEED_DEMO_PASSWORD ?? demo.password
}
