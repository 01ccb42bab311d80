/**
 * The seed's memory: every demo item it has created or found, by key (`articles:minimum-wage`,
 * `users:admin@demo…`, `global:navigation`). An item in the ledger is never created again.
 *
 * A database seeded before the ledger existed has none: then the seed records what is there and
 * creates nothing, since it cannot tell a deleted demo item from one never made.
 */
import type { GlobalSlug, Payload } from 'payload'

import { articles } from './data/articles'
import { DEMO_ACCOUNTS } from './demoAccounts'

const LEDGER = 'seed-ledger' satisfies GlobalSlug

export class Ledger {
  private constructor(
    private readonly payload: Payload,
    private readonly keys: Set<string>,
    /** Seeded before there was a ledger: record what exists, create nothing. */
    readonly adoptOnly: boolean,
  ) {}

  static async load(payload: Payload, log: (message: string) => void = () => {}): Promise<Ledger> {
    const stored = await payload.findGlobal({ slug: LEDGER, depth: 0, overrideAccess: true })
    if (Array.isArray(stored?.keys)) return new Ledger(payload, new Set(stored.keys.map(String)), false)
    const [accounts, content] = await Promise.all([
      payload.count({
        collection: 'users',
        where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
        overrideAccess: true,
      }),
      payload.count({
        collection: 'articles',
        where: { slug: { in: articles.map((a) => a.slug) } },
        overrideAccess: true,
      }),
    ])
    const seededBefore = accounts.totalDocs + content.totalDocs > 0
    if (seededBefore)
      log('this database was seeded before the seed kept a ledger: recording what is there, creating nothing')
    return new Ledger(payload, new Set(), seededBefore)
  }

  has(key: string): boolean {
    return this.keys.has(key)
  }

  add(key: string): void {
    this.keys.add(key)
  }

  async save(): Promise<void> {
    await this.payload.updateGlobal({ slug: LEDGER, data: { keys: [...this.keys].sort() }, overrideAccess: true })
  }

  /** Forget everything (a reset, which erases the content too). */
  static async clear(payload: Payload): Promise<void> {
    await payload.updateGlobal({ slug: LEDGER, data: { keys: null }, overrideAccess: true })
  }
}
