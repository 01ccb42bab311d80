/**
 * Upgrades keep everything. Embedded databases made before migrations existed were shaped by
 * Payload's development push; the new code takes them over without a question and without losing a
 * document, a version, a language or a file — or refuses, changing nothing, when it could only do
 * so by dropping data. And the migrations must build exactly the schema the code describes.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCms, type TestCms } from './helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsDir = path.resolve(here, '../../cms')
const testsDir = path.resolve(here, '..')
const dumpScript = path.join(here, 'fixtures/dump-database.ts')
const sqlite = process.env.TEST_DATABASE !== 'mongodb'

const folders: string[] = []
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Every migration of the code, oldest first: a database at this release has all of them recorded. */
const MIGRATIONS = readdirSync(path.join(cmsDir, 'src/migrations'))
  .filter((name) => /^\d{8}_\d{6}_\w+\.ts$/.test(name))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort()

function dataFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mirai-upgrade-'))
  folders.push(dir)
  return dir
}

/** A command of the CMS on the embedded database in `dataDir`, with or without the development push. */
function run(dataDir: string, args: string[], { push = false, cwd = cmsDir } = {}) {
  return spawnSync(path.join(cmsDir, 'node_modules/.bin/tsx'), args, {
    cwd,
    env: {
      ...process.env,
      CMS_DATA_DIR: dataDir,
      DATABASE_URI: `file:${path.join(dataDir, 'mirai.db')}`,
      PAYLOAD_SECRET: 'upgrade-test-secret',
      PAYLOAD_LOG_LEVEL: 'error',
      PAYLOAD_SCHEMA_PUSH: push ? '1' : '',
    },
    encoding: 'utf8',
    timeout: 240_000,
  })
}

function dump(dataDir: string, name: string, options: { push?: boolean; edit?: boolean } = {}) {
  const file = path.join(dataDir, `${name}.json`)
  const result = run(dataDir, [dumpScript, file, ...(options.edit ? ['--edit'] : [])], { ...options, cwd: testsDir })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { migrations: unknown[] }
}

/** Every row of every table of an embedded database, read with SQLite itself. */
function tables(file: string): Map<string, Record<string, unknown>[]> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => String(row.name))
    return new Map(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
  } finally {
    db.close()
  }
}

/** Every uploaded file's bytes, by path. */
function files(dataDir: string) {
  const uploads = path.join(dataDir, 'uploads')
  return Object.fromEntries(
    readdirSync(uploads, { recursive: true })
      .map(String)
      .filter((f) => f.includes('.'))
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(uploads, f)))
          .digest('hex'),
      ]),
  )
}

describe.skipIf(!sqlite)('upgrading an embedded database made by the development push', () => {
  it('takes a seeded and edited database over with every document, version, language and file intact', () => {
    const dir = dataFolder()
    const seeded = run(dir, ['src/seed/cli.ts'], { push: true })
    expect(seeded.status, seeded.stderr).toBe(0)
    const before = dump(dir, 'before', { push: true, edit: true })
    const filesBefore = files(dir)
    expect(before.migrations).toEqual([{ name: 'dev', batch: -1 }])

    // No terminal, no question: Payload's own migrate would exit here having done nothing.
    const migrated = run(dir, ['src/migrate.ts'])
    expect(migrated.status, migrated.stderr).toBe(0)
    expect(migrated.stdout).toContain(
      `migrate: the embedded database is up to date; migrations done:\n${MIGRATIONS.map((m) => `  ${m} (batch 1)`).join('\n')}`,
    )
    expect(MIGRATIONS[0]).toMatch(/_baseline$/)

    const after = dump(dir, 'after')
    expect(after.migrations).toEqual(MIGRATIONS.map((name) => ({ name, batch: 1 })))
    const { migrations: _before, ...contentBefore } = before
    const { migrations: _after, ...contentAfter } = after
    expect(contentAfter).toEqual(contentBefore)
    expect((contentAfter.articles as { title: Record<string, string> }[]).map((a) => a.title.vi)).toContain(
      'Tiêu đề sửa trước khi nâng cấp',
    )
    expect(Object.keys(filesBefore).length).toBeGreaterThan(10)
    expect(files(dir)).toEqual(filesBefore)

    // Running it again is safe and changes nothing.
    expect(run(dir, ['src/migrate.ts']).status).toBe(0)
    expect(dump(dir, 'again')).toEqual(after)
  }, 400_000)

  it('runs the newest migration forward over a database at the schema before it (taken back by its own down), with every row and file intact', () => {
    const dir = dataFolder()
    const seeded = run(dir, ['src/seed/cli.ts'])
    expect(seeded.status, seeded.stderr).toBe(0)
    dump(dir, 'edited', { edit: true })
    const filesBefore = files(dir)
    const rolledBack = run(dir, [path.join(here, 'fixtures/previous-release.ts')], { cwd: testsDir })
    expect(rolledBack.status, rolledBack.stderr).toBe(0)
    expect(rolledBack.stdout).toContain(`rolled back ${MIGRATIONS.at(-1)}`)
    // The database as the release before left it, read without the CMS (which would upgrade it).
    const before = tables(path.join(dir, 'mirai.db'))
    expect(before.get('payload_migrations')!.map((m) => m.name)).toEqual(MIGRATIONS.slice(0, -1))
    expect(before.get('articles_locales')!.length).toBeGreaterThan(10)

    const migrated = run(dir, ['src/migrate.ts'])
    expect(migrated.status, migrated.stderr).toBe(0)
    const after = tables(path.join(dir, 'mirai.db'))
    expect(after.get('payload_migrations')!.map((m) => m.name)).toEqual(MIGRATIONS)
    // Every row of every table, in every column the release before had, is still there as it was.
    for (const [table, rows] of before) {
      if (table === 'payload_migrations') continue
      const columns = Object.keys(rows[0] ?? {})
      const kept = after.get(table)!.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])))
      expect(kept, table).toEqual(rows)
    }
    expect(files(dir)).toEqual(filesBefore)
    // And the CMS reads it: the editors' change is there.
    const read = dump(dir, 'after')
    expect((read.articles as { title: Record<string, string> }[]).map((a) => a.title.vi)).toContain(
      'Tiêu đề sửa trước khi nâng cấp',
    )
  }, 400_000)

  it('refuses, changing nothing, a database it could only upgrade by dropping data', () => {
    const dir = dataFolder()
    dump(dir, 'made', { push: true })
    const file = path.join(dir, 'mirai.db')
    const db = new DatabaseSync(file)
    // A column an older release had, holding values, that this code no longer knows: the push
    // would drop it with its values.
    db.exec("ALTER TABLE payload_kv ADD COLUMN legacy text DEFAULT 'kept'")
    expect((db.prepare('SELECT count(*) AS n FROM payload_kv').get() as { n: number }).n).toBeGreaterThan(0)
    db.close()

    const migrated = run(dir, ['src/migrate.ts'])
    expect(migrated.status).toBe(1)
    expect(migrated.stderr).toMatch(/cannot be upgraded without losing data .*Nothing was changed/s)

    const after = new DatabaseSync(file, { readOnly: true })
    expect(after.prepare('SELECT DISTINCT legacy FROM payload_kv').all()).toEqual([{ legacy: 'kept' }])
    expect(after.prepare('SELECT name, batch FROM payload_migrations').all()).toEqual([{ name: 'dev', batch: -1 }])
    after.close()
  }, 120_000)
})

describe.skipIf(!sqlite)('migrations', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startCms()
  }, 120_000)
  afterAll(async () => cms?.close())

  it('build exactly the schema the code describes: a schema change without its migration fails here', async () => {
    const { schemaDifference } = await import('@mirai/cms/upgrade')
    const { docs } = await cms.payload.find({ collection: 'payload-migrations', pagination: false, depth: 0 })
    expect(docs.map((m) => [m.name, m.batch]).sort()).toEqual(MIGRATIONS.map((name) => [name, 1]))
    const difference = await schemaDifference(cms.payload.db as never)
    expect(difference.statementsToExecute).toEqual([])
  })
})
