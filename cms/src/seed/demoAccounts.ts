import type { LocaleCode } from '@mirai/content-schemas/locales'

import type { Role } from '../access/roles'

export interface DemoAccount {
  email: string
  name: string
  role: Role
  languages?: LocaleCode[]
  /** Slug of a seed organisation. */
  organisation?: string
}

/** One account per role, so a new user can see the admin through each role's eyes. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.jp-mirai.org', name: 'Demo admin', role: 'admin' },
  { email: 'editor@demo.jp-mirai.org', name: 'Demo editor (secretariat)', role: 'editor' },
  { email: 'translator@demo.jp-mirai.org', name: 'Demo translator (Vietnamese, Burmese)', role: 'translator', languages: ['vi', 'my'] },
  { email: 'member@demo.jp-mirai.org', name: 'Demo member', role: 'member', organisation: 'demo-member-co' },
]

/** Demo accounts share one password; set SEED_DEMO_PASSWORD to choose it. */
export function demoPassword(): string {
  return process.env.SEED_DEMO_PASSWORD ?? 'mirai-demo-2026'
}
