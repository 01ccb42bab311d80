/**
 * `pnpm backup` while the CMS runs and `pnpm restore` into an empty place give back every
 * document, version, language and file; a restore never overwrites data or lets a damaged
 * archive in.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  statSync,
  copyFileSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, paragraph } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const tsx = path.join(root, 'cms/node_modules/.bin/tsx')
const sqlite = process.env.TEST_DATABASE !== 'mongodb'

/** A command on the data directory `dataDir` (its database and uploads), as an operator runs it. */
function run(
  dataDir: string,
  script: string,
  args: string[],
  cwd = path.join(root, 'scripts'),
  databaseUri = `file:${path.join(dataDir, 'test.db')}`,
) {
  return spawnSync(tsx, [script, ...args], {
    cwd,
    env: {
      ...process.env,
      CMS_DATA_DIR: dataDir,
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: 'backup-test-secret',
      PAYLOAD_LOG_LEVEL: 'error',
      PAYLOAD_SCHEMA_PUSH: '',
      INIT_CWD: cwd,
    },
    encoding: 'utf8',
    timeout: 240_000,
  })
}

function dump(dataDir: string, name: string) {
  const file = path.join(tmpdir(), `mirai-dump-${name}-${process.pid}.json`)
  const result = run(dataDir, path.join(here, 'fixtures/dump-database.ts'), [file], path.join(root, 'tests'))
  expect(result.status, result.stderr).toBe(0)
  const content = JSON.parse(readFileSync(file, 'utf8'))
  rmSync(file)
  return content
}

function files(dataDir: string) {
  const uploads = path.join(dataDir, 'uploads')
  return Object.fromEntries(
    readdirSync(uploads, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(uploads, f)).isFile())
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(uploads, f)))
          .digest('hex'),
      ]),
  )
}

describe.skipIf(!sqlite)('backup and restore', () => {
  let cms: TestCms
  const folders: string[] = []
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mirai-restore-'))
    folders.push(dir)
    return dir
  }
  let archive: string

  beforeAll(async () => {
    cms = await startCms()
    const image = await cms.payload.create({
      collection: 'media',
      locale: 'ja',
      data: { alt: '工場の写真' },
      file: await imageFile('factory.png', { width: 800, height: 600 }),
    })
    await cms.payload.update({ collection: 'media', id: image.id, locale: 'vi', data: { alt: 'Ảnh nhà máy' } })
    const article = await createArticle(cms.payload, { heroImage: image.id })
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { title: 'Lương tối thiểu', body: paragraph('Lương tối thiểu khác nhau theo tỉnh.') } as never,
    })
    archive = path.join(folder(), 'backup.tar.gz')
  }, 120_000)
  afterAll(async () => {
    await cms?.close()
    folders.forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  })

  it('gives back every document, version, language and file, from a backup taken while the CMS runs', async () => {
    // The CMS of this test file has the database open and keeps writing while the backup runs.
    const writing = (async () => {
      for (let i = 0; i < 5; i++) await createArticle(cms.payload)
    })()
    const backup = run(cms.dataDir, 'src/backup/backup-cli.ts', ['--out', archive])
    await writing
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/backup: .*backup\.tar\.gz\n {2}the embedded database and \d+ uploaded file\(s\)/)

    const target = folder()
    const restore = run(target, 'src/backup/restore-cli.ts', [archive])
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/restore: \d+ file\(s\) from the backup of .* are in place/)
    expect(files(target)).toEqual(files(cms.dataDir))

    const restored = dump(target, 'restored')
    const vietnamese = (restored.articles as { title: Record<string, string> }[]).map((a) => a.title.vi)
    expect(vietnamese).toContain('Lương tối thiểu')
    expect((restored.media as { alt: Record<string, string> }[])[0]!.alt).toMatchObject({
      ja: '工場の写真',
      vi: 'Ảnh nhà máy',
    })
    // Everything written before the snapshot is there; the original, read now, has at most the
    // articles written during it on top.
    const original = dump(cms.dataDir, 'original')
    const ids = (docs: { id: string }[]) => docs.map((d) => d.id)
    expect(ids(original.articles)).toEqual(expect.arrayContaining(ids(restored.articles)))
    for (const key of Object.keys(original).filter((k) => !/^(articles|file-usages|site-builds|payload-kv)/.test(k)))
      expect(restored[key], key).toEqual(original[key])
  }, 300_000)

  it('refuses to restore over data, changing nothing', () => {
    const target = folder()
    expect(run(target, 'src/backup/restore-cli.ts', [archive]).status).toBe(0)
    const before = files(target)
    const again = run(target, 'src/backup/restore-cli.ts', [archive])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(
      /restore: Restoring goes into an empty data directory, and this one holds .*Nothing was changed\./,
    )
    expect(files(target)).toEqual(before)
  }, 120_000)

  it('refuses an archive holding a link, which could point the CMS at any file of the machine', () => {
    const staged = folder()
    mkdirSync(path.join(staged, 'uploads/media'), { recursive: true })
    writeFileSync(
      path.join(staged, 'manifest.json'),
      JSON.stringify({ format: 'mirai-backup/1', createdAt: '2026-12-01T00:00:00Z', database: 'sqlite', files: [] }),
    )
    symlinkSync('/etc/passwd', path.join(staged, 'uploads/media/photo.png'))
    const hostile = path.join(folder(), 'hostile.tar.gz')
    expect(spawnSync('tar', ['czf', hostile, '-C', staged, 'manifest.json', 'uploads']).status).toBe(0)
    const target = folder()
    const restore = run(target, 'src/backup/restore-cli.ts', [hostile])
    expect(restore.status).toBe(1)
    expect(restore.stderr).toMatch(
      /holds something other than files \(uploads\/media\/photo\.png\)\. Nothing was changed\./,
    )
    expect(readdirSync(target)).toEqual([])
  }, 120_000)

  it('refuses a damaged archive and leaves the target empty', () => {
    const damaged = path.join(folder(), 'damaged.tar.gz')
    copyFileSync(archive, damaged)
    truncateSync(damaged, Math.floor(statSync(damaged).size / 2))
    const target = folder()
    const restore = run(target, 'src/backup/restore-cli.ts', [damaged])
    expect(restore.status).toBe(1)
    expect(restore.stderr).toMatch(/restore: .*damaged\.tar\.gz is not a readable backup .*Nothing was changed\./)
    expect(readdirSync(target)).toEqual([])
    expect(existsSync(path.join(target, 'test.db'))).toBe(false)
  }, 120_000)
})

describe('restoring beside MongoDB', () => {
  const uploadsOnly = () => {
    const staged = mkdtempSync(path.join(tmpdir(), 'mirai-mongo-backup-'))
    mkdirSync(path.join(staged, 'uploads/media'), { recursive: true })
    writeFileSync(path.join(staged, 'uploads/media/photo.png'), 'png')
    const sha256 = createHash('sha256').update('png').digest('hex')
    writeFileSync(
      path.join(staged, 'manifest.json'),
      JSON.stringify({
        format: 'mirai-backup/1',
        createdAt: '2026-12-01T00:00:00Z',
        database: 'mongodb',
        files: [{ path: 'uploads/media/photo.png', size: 3, sha256 }],
      }),
    )
    const archive = path.join(staged, 'uploads.tar.gz')
    expect(spawnSync('tar', ['czf', archive, '-C', staged, 'manifest.json', 'uploads']).status).toBe(0)
    return archive
  }

  it('refuses, changing nothing, when it cannot make sure the MongoDB database is empty', () => {
    const target = mkdtempSync(path.join(tmpdir(), 'mirai-restore-'))
    try {
      // Nothing listens on port 9 here.
      const restore = run(
        target,
        'src/backup/restore-cli.ts',
        [uploadsOnly()],
        undefined,
        'mongodb://127.0.0.1:9/mirai',
      )
      expect(restore.status).toBe(1)
      expect(restore.stderr).toMatch(
        /restore: Could not check that the MongoDB database is empty \(.*\)\. Nothing was changed\./,
      )
      expect(readdirSync(target)).toEqual([])
    } finally {
      rmSync(target, { recursive: true, force: true })
    }
  }, 60_000)

  describe.skipIf(!process.env.TEST_MONGODB_URI)('with a MongoDB server', () => {
    let cms: TestCms
    const chosen = process.env.TEST_DATABASE
    beforeAll(async () => {
      // A fresh database on the MongoDB server, with content in it.
      process.env.TEST_DATABASE = 'mongodb'
      cms = await startCms()
      await createArticle(cms.payload)
    }, 120_000)
    afterAll(async () => {
      await cms?.close()
      if (chosen === undefined) delete process.env.TEST_DATABASE
      else process.env.TEST_DATABASE = chosen
    })

    it('refuses a database that already holds documents, and restores into an empty one', () => {
      const target = mkdtempSync(path.join(tmpdir(), 'mirai-restore-'))
      try {
        const archive = uploadsOnly()
        const full = run(target, 'src/backup/restore-cli.ts', [archive], undefined, process.env.DATABASE_URI)
        expect(full.status).toBe(1)
        expect(full.stderr).toMatch(
          /this one holds a MongoDB database with documents in .*articles.*Nothing was changed\./,
        )
        expect(readdirSync(target)).toEqual([])
        const empty = new URL(process.env.TEST_MONGODB_URI!)
        empty.pathname = `/mirai-restore-${process.pid}`
        const restore = run(target, 'src/backup/restore-cli.ts', [archive], undefined, empty.toString())
        expect(restore.status, restore.stderr).toBe(0)
        expect(readFileSync(path.join(target, 'uploads/media/photo.png'), 'utf8')).toBe('png')
      } finally {
        rmSync(target, { recursive: true, force: true })
      }
    }, 120_000)
  })
})
