import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { resolveDatabase, type DatabaseTarget } from './env'

export function databaseAdapter(target: DatabaseTarget = resolveDatabase()): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({ url: target.url })
  }
  mkdirSync(path.dirname(target.file), { recursive: true })
  return sqliteAdapter({
    client: { url: target.url },
    // String ids on both adapters, so URLs, tests and exports never depend on the database.
    idType: 'uuid',
  })
}
