/**
 * Brings any database to the code's schema before anything reads it: on every start (the admin,
 * `pnpm start`, the seed, the build's export, the tests) and from `pnpm migrate` — without a
 * question and without dropping data.
 *
 * SQL: the migrations in migrations/ run in order, each in a transaction. A database made by
 * Payload's development push (every embedded database created before migrations existed) carries
 * a `payload_migrations` row with batch -1, on which Payload's own `migrate` asks "data loss will
 * occur, proceed?" and, without a terminal, exits having done nothing. Such a database is adopted
 * instead: the differences between its tables and the code's are computed; if closing them would
 * drop anything the upgrade refuses and changes nothing, otherwise they are applied (new tables,
 * columns, indexes) and every migration is recorded as done, since the schema now is the one they
 * build. MongoDB has no schema to push; its migrations (migrations/mongodb/) change data only.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'

import { schemaPush } from './database'
import { migrations } from './migrations'
import { migrations as mongoMigrations } from './migrations/mongodb'

/** The database cannot be upgraded without losing data; nothing was changed. */
export class UpgradeRefused extends Error {}

export interface UpgradeReport {
  /** A development-push database taken over by the migrations. */
  adopted: boolean
  /** Schema statements applied while adopting it (additive only). */
  adoptionStatements: string[]
}

const isSqlite = (db: Payload['db']): db is Payload['db'] & SQLiteAdapter => db.name === 'sqlite'

/**
 * Payload types a migration's arguments as `unknown` while each adapter's migrations are typed with
 * the adapter's own arguments; the adapter passes exactly those, so the lists are Payload's.
 */
const asPayloadMigrations = (list: readonly { name: string }[]): Migration[] => list as unknown as Migration[]

// drizzle-kit's push for SQLite also returns the statements; Payload's type leaves them out.
interface SchemaDifference {
  apply: () => Promise<void>
  hasDataLoss: boolean
  warnings: string[]
  statementsToExecute: string[]
}

export async function upgradeDatabase(payload: Payload): Promise<UpgradeReport> {
  const report: UpgradeReport = { adopted: false, adoptionStatements: [] }
  const db = payload.db
  if (!isSqlite(db)) {
    if (mongoMigrations.length > 0) await db.migrate({ migrations: asPayloadMigrations(mongoMigrations) })
    return report
  }
  // While a schema is being developed the push owns it; its database is adopted once push is off.
  if (schemaPush()) return report
  if (await pushedByDevelopment(db)) {
    report.adoptionStatements = await adopt(payload, db)
    report.adopted = true
  }
  await db.migrate({ migrations: asPayloadMigrations(migrations) })
  return report
}

/** The code's schema against the database's tables: what it would take to make them equal. */
export async function schemaDifference(db: SQLiteAdapter): Promise<SchemaDifference> {
  const { pushSchema } = db.requireDrizzleKit()
  // Payload's kit type names every drizzle flavour; the SQLite adapter's is the libSQL one it expects.
  const drizzle = db.drizzle as unknown as Parameters<typeof pushSchema>[1]
  return (await pushSchema(db.schema, drizzle)) as SchemaDifference
}

async function rows(db: SQLiteAdapter, sql: string) {
  return (await db.client.execute(sql)).rows
}

async function pushedByDevelopment(db: SQLiteAdapter): Promise<boolean> {
  const table = await rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  if (table.length === 0) return false
  return (await rows(db, 'SELECT id FROM payload_migrations WHERE batch = -1')).length > 0
}

async function adopt(payload: Payload, db: SQLiteAdapter): Promise<string[]> {
  const difference = await schemaDifference(db)
  if (difference.hasDataLoss) {
    throw new UpgradeRefused(
      `This database was made by the development schema push and cannot be upgraded without losing data ` +
        `(${difference.warnings.join('; ')}). Nothing was changed. Keep a copy of the database file, ` +
        `then move the data the warnings name before upgrading.`,
    )
  }
  if (difference.statementsToExecute.length > 0) await difference.apply()
  const done = new Set((await rows(db, 'SELECT name FROM payload_migrations')).map((row) => String(row.name)))
  for (const migration of migrations)
    if (!done.has(migration.name))
      await payload.create({ collection: 'payload-migrations', data: { name: migration.name, batch: 1 } })
  await payload.delete({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
  payload.logger.info(
    `adopted a database made by the development schema push: ${migrations.length} migration(s) recorded as done` +
      (difference.statementsToExecute.length
        ? `, ${difference.statementsToExecute.length} schema change(s) added`
        : ''),
  )
  return difference.statementsToExecute
}
