/**
 * Uploads in an S3-compatible bucket (S3_BUCKET set): files and their sizes are objects, never on
 * the CMS's disk; downloads still go through Payload's access rules; the site is built from the
 * bucket by a process with no access to the CMS's folders; a failed replacement keeps the live
 * objects; deleting a document removes its objects; the health check asks the bucket.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSnapshot } from '@mirai/cms/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, pdfFile } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'
import { uploadForm } from './helpers/rest'
import { startBucket, type TestBucket } from './helpers/s3'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

let bucket: TestBucket
let cms: SignedIn['cms']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
let work: string

beforeAll(async () => {
  bucket = await startBucket()
  Object.assign(process.env, bucket.env)
  work = mkdtempSync(path.join(tmpdir(), 'mirai-s3-test-'))
  ;({ cms, rest, tokens } = await startCmsWithPeople())
})
afterAll(async () => {
  await cms?.close()
  await bucket?.close()
  for (const key of Object.keys(bucket?.env ?? {})) delete process.env[key]
  if (work) rmSync(work, { recursive: true, force: true })
})

const staticDir = (slug: 'media' | 'documents') =>
  (cms.payload.collections[slug]!.config.upload as { staticDir: string }).staticDir
const filesOnDisk = (slug: 'media' | 'documents') => (existsSync(staticDir(slug)) ? readdirSync(staticDir(slug)) : [])
const keysOf = (doc: any, slug = 'media'): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((s: any) => s?.filename)]
    .filter(Boolean)
    .map((name) => `${slug}/${name}`)
    .sort()

async function image(alt: string, name: string) {
  return (await cms.payload.create({
    collection: 'media',
    locale: 'ja',
    data: { alt } as never,
    file: await imageFile(name, { width: 800, height: 600 }),
  })) as any
}

describe('uploads stored in the bucket', () => {
  it('stores an image and every size as objects under the collection, and nothing on the CMS disk', async () => {
    const res = await rest.request('POST', 'media?locale=ja', {
      token: tokens.editor,
      formData: uploadForm(await imageFile('harbour.html', { width: 1400, height: 700 }), { alt: '港' }),
    })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    // Named by its content on the way into the bucket too.
    expect([doc.filename, doc.mimeType]).toEqual(['harbour.png', 'image/png'])
    expect(keysOf(doc).length).toBeGreaterThan(3)
    expect(await bucket.keys('media/')).toEqual(expect.arrayContaining(keysOf(doc)))
    expect((await bucket.object(`media/${doc.sizes.card.filename}`))!.subarray(8, 12).toString()).toBe('WEBP')
    expect(filesOnDisk('media')).toEqual([])

    const pdf: any = await cms.payload.create({
      collection: 'documents',
      data: { title: '案内', language: 'ja' } as never,
      file: pdfFile('guide.pdf'),
    })
    expect(await bucket.keys('documents/')).toEqual([`documents/${pdf.filename}`])
    expect(filesOnDisk('documents')).toEqual([])
  })

  it('serves a file only to whom its audience allows, from the bucket, with the CMS’s headers', async () => {
    const draftOnly = await image('下書きの画像', 'embargoed.png')
    const article: any = await createArticle(cms.payload, {
      slug: 'embargoed',
      heroImage: draftOnly.id,
      _status: 'draft',
    })
    const stored = await bucket.object(`media/${draftOnly.filename}`)
    for (const file of [draftOnly.filename, draftOnly.sizes.thumb.filename]) {
      const anonymous = await rest.request('GET', `media/file/${file}`)
      expect(anonymous.status, file).toBeGreaterThanOrEqual(400)
      expect(anonymous.bytes.includes(Buffer.from('WEBP'))).toBe(false)
      const member = await rest.request('GET', `media/file/${file}`, { token: tokens.member })
      expect(member.status, file).toBeGreaterThanOrEqual(400)
    }
    const team = await rest.request('GET', `media/file/${draftOnly.filename}`, { token: tokens.editor })
    expect(team.status).toBe(200)
    expect(team.bytes.equals(stored!)).toBe(true)
    expect(team.headers.get('content-type')).toBe('image/png')
    expect(team.headers.get('x-content-type-options')).toBe('nosniff')
    expect(team.headers.get('content-security-policy')).toContain('sandbox')

    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } as never })
    const published = await rest.request('GET', `media/file/${draftOnly.filename}`)
    expect(published.status).toBe(200)
    expect(published.bytes.equals(stored!)).toBe(true)
    // A ranged read is answered from the object too (video players ask for these).
    const range = await rest.request('GET', `media/file/${draftOnly.filename}`, { headers: { range: 'bytes=0-7' } })
    expect([range.status, range.bytes.length]).toEqual([206, 8])
  })

  it('a file name cannot reach another key of the bucket', async () => {
    const pdf: any = await cms.payload.create({
      collection: 'documents',
      data: { title: '社内', language: 'ja' } as never,
      file: pdfFile('internal.pdf'),
    })
    for (const name of [`..%2Fdocuments%2F${pdf.filename}`, `%2E%2E%2Fdocuments%2F${pdf.filename}`]) {
      const res = await rest.request('GET', `media/file/${name}`)
      expect(res.status, name).toBeGreaterThanOrEqual(400)
      expect(res.bytes.includes(Buffer.from('%PDF'))).toBe(false)
    }
  })
})

describe('the site, built from the bucket', () => {
  it('exports what the site publishes from the objects, checking their bytes, and warns of a missing one', async () => {
    const kept = await image('残る画像', 'kept.png')
    await createArticle(cms.payload, { slug: 'with-kept', heroImage: kept.id })
    const disguised = await image('偽装', 'disguised.png')
    await createArticle(cms.payload, { slug: 'with-disguised', heroImage: disguised.id })
    await bucket.s3.putObject({
      Bucket: bucket.bucket,
      Key: `media/${disguised.filename}`,
      Body: '<!doctype html><script>alert(document.cookie)</script>',
    })
    const lost = await image('消えた画像', 'lost.png')
    await createArticle(cms.payload, { slug: 'with-lost', heroImage: lost.id })
    await bucket.s3.deleteObject({ Bucket: bucket.bucket, Key: `media/${lost.filename}` })

    const { snapshot, media, warnings } = await buildSnapshot(cms.payload)
    const article = (slug: string) => (snapshot.articles as any[]).find((a) => a.slug === slug)
    expect(article('with-kept').heroImage.url).toBe(`/media/${kept.filename}`)
    expect(article('with-disguised').heroImage).toBeNull()
    expect(article('with-lost').heroImage).toBeNull()
    expect(warnings).toContain(
      `media ${lost.id}: "${lost.filename}" is missing from the CMS's files; left out of the site`,
    )
    expect(warnings.join('\n')).toContain(`"${disguised.filename}" is not really image/png`)

    const target = path.join(work, 'exported-media')
    expect(await media.copyUsedFiles(target)).toBeGreaterThan(0)
    expect(
      readFileSync(path.join(target, kept.filename)).equals((await bucket.object(`media/${kept.filename}`))!),
    ).toBe(true)
    expect(readdirSync(target)).not.toContain(disguised.filename)
    // Unchanged objects are not fetched again.
    expect(await media.copyUsedFiles(target)).toBe(0)
  })

  it('`pnpm build` on a machine without the CMS’s folders publishes the images from the bucket', async () => {
    // The site needs its organisation and consultation service named.
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'ja',
      data: { organisation: { name: 'JP-MIRAI' }, consultation: { name: 'JP-MIRAIアシスト' } } as never,
    })
    const hero = await image('ビルドの画像', 'build-hero.png')
    await createArticle(cms.payload, { slug: 'built-from-bucket', title: 'バケットから', heroImage: hero.id })
    const elsewhere = path.join(work, 'build-machine')
    const site = path.join(work, 'site-dist')
    const env = {
      ...process.env,
      ...bucket.env,
      // The same database; a data folder and upload folder of its own, both empty.
      CMS_DATA_DIR: path.join(elsewhere, 'data'),
      UPLOAD_DIR: path.join(elsewhere, 'uploads'),
      SNAPSHOT_DIR: path.join(work, 'snapshot'),
      SITE_DIST: site,
      SITE_REBUILD: 'off',
    }
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('pnpm', ['build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('close', (exitCode) => resolve({ code: exitCode, output }))
    })
    expect(code, output).toBe(0)
    const page = readFileSync(path.join(site, 'ja/articles/built-from-bucket/index.html'), 'utf8')
    expect(page).toContain(`/media/${hero.filename}`)
    for (const key of keysOf(hero)) {
      const name = key.slice('media/'.length)
      expect(readFileSync(path.join(site, 'media', name)).equals((await bucket.object(key))!), name).toBe(true)
    }
    expect(existsSync(path.join(elsewhere, 'uploads', 'media'))).toBe(false)
  }, 300_000)
})

describe('replacing and deleting files in the bucket', () => {
  it('a replacement whose image cannot be processed keeps the live objects and leaves nothing behind', async () => {
    const doc = await image('壊れた画像で差し替え', 'keep-me.png')
    const before = await bucket.keys()
    const png = (await imageFile('x.png')).data
    const broken = Buffer.concat([png.subarray(0, 33), Buffer.alloc(200, 7)])
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      formData: uploadForm({ data: broken, name: 'broken.png', mimetype: 'image/png' }, {}),
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await bucket.keys()).toEqual(before)
    expect(((await cms.payload.findByID({ collection: 'media', id: doc.id })) as any).filename).toBe(doc.filename)
  })

  it('a bucket refusing the new file keeps the document on its live objects, still served', async () => {
    const doc = await image('差し替えを拒否', 'refused.png')
    const before = await bucket.keys()
    bucket.refuseWrites = true
    let res
    try {
      res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
        token: tokens.editor,
        formData: uploadForm(await imageFile('replacement.png', { width: 900, height: 500 }), { alt: '新しい説明' }),
      })
    } finally {
      bucket.refuseWrites = false
    }
    expect(res.status).toBeGreaterThanOrEqual(400)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id, locale: 'ja' })
    expect([after.filename, after.width, after.sizes.thumb.filename]).toEqual([
      doc.filename,
      800,
      doc.sizes.thumb.filename,
    ])
    // The fields asked for were saved; only the file stayed as it was.
    expect(after.alt).toBe('新しい説明')
    expect(await bucket.keys()).toEqual(before)
    const served = await rest.request('GET', `media/file/${doc.sizes.thumb.filename}`, { token: tokens.editor })
    expect(served.status).toBe(200)
  })

  it('a replacement that works swaps the objects; deleting the document removes them', async () => {
    const doc = await image('差し替え', 'swap-me.png')
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      formData: uploadForm(await imageFile('new-picture.jpeg', { width: 900, height: 400, format: 'jpeg' }), {}),
    })
    expect(res.status).toBe(200)
    const replaced: any = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect(replaced.filename).toBe('new-picture.jpg')
    const keys = await bucket.keys()
    expect(keys).toEqual(expect.arrayContaining(keysOf(replaced)))
    for (const key of keysOf(doc)) expect(keys).not.toContain(key)
    expect(await bucket.keys('.replacing/')).toEqual([])
    expect(filesOnDisk('media')).toEqual([])

    await cms.payload.delete({ collection: 'media', id: doc.id })
    const left = await bucket.keys()
    for (const key of keysOf(replaced)) expect(left).not.toContain(key)
  })
})

describe('the health check with a bucket', () => {
  it('asks the bucket: reachable answers ok, a bucket that is not there answers 503', async () => {
    expect((await rest.request('GET', 'health')).body).toMatchObject({ ok: true, storage: 'ok' })
    process.env.S3_BUCKET = 'no-such-bucket'
    try {
      const res = await rest.request('GET', 'health')
      expect([res.status, res.body.storage]).toEqual([503, 'unreachable'])
    } finally {
      process.env.S3_BUCKET = bucket.bucket
    }
  })
})

describe('backups with a bucket', () => {
  const tsx = path.join(repoRoot, 'cms/node_modules/.bin/tsx')
  /** Asynchronous: the bucket's server runs in this process and must answer meanwhile. */
  const run = (script: string, args: string[], dataDir: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(tsx, [script, ...args], {
        cwd: path.join(repoRoot, 'scripts'),
        env: {
          ...process.env,
          ...bucket.env,
          CMS_DATA_DIR: dataDir,
          DATABASE_URI: dataDir === cms.dataDir ? process.env.DATABASE_URI : `file:${path.join(dataDir, 'test.db')}`,
          PAYLOAD_LOG_LEVEL: 'error',
          INIT_CWD: path.join(repoRoot, 'scripts'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })

  it('lists every object of the bucket in the archive, and a restore names those the bucket lost', async () => {
    const kept = await image('残る画像', 'kept.png')
    const lost = await image('消える画像', 'lost-later.png')
    const archive = path.join(work, 'with-bucket.tar.gz')
    const backup = await run('src/backup/backup-cli.ts', ['--out', archive], cms.dataDir)
    expect(backup.status, backup.stderr).toBe(0)
    const objects = (await bucket.keys()).length
    expect(backup.stdout).toContain(
      `Uploads are kept in the bucket ${bucket.bucket}: the archive lists its ${objects} object(s)`,
    )

    // Restored while the bucket is whole: nothing to report.
    const whole = await run('src/backup/restore-cli.ts', [archive], mkdtempSync(path.join(work, 'restore-')))
    expect(whole.status, whole.stderr).toBe(0)
    expect(whole.stdout).toContain(`the bucket holds all ${objects} object(s) the backup lists`)

    // Somebody deletes an object behind the CMS's back; the next restore says which.
    await bucket.s3.deleteObject({ Bucket: bucket.bucket, Key: `media/${lost.filename}` })
    const target = mkdtempSync(path.join(work, 'restore-'))
    const restore = await run('src/backup/restore-cli.ts', [archive], target)
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toContain(
      `warning: the bucket no longer holds 1 of the ${objects} object(s) the backup lists as they were, e.g. media/${lost.filename}`,
    )
    expect(restore.stdout).not.toContain(kept.filename)
    // The embedded database is back (a MongoDB one comes back with mongorestore).
    if (process.env.TEST_DATABASE !== 'mongodb') expect(existsSync(path.join(target, 'test.db'))).toBe(true)
  }, 240_000)
})
