import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB's migrations: MongoDB needs no schema change, so these only move data when its shape
 * changes (a renamed field, a value split in two). Write one with
 * `DATABASE_URI=mongodb://… pnpm --filter @mirai/cms migrate:create <name>`, then list it here;
 * `upgradeDatabase` runs the ones not yet recorded, in this order, on every start.
 */
export const migrations: {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}[] = []
