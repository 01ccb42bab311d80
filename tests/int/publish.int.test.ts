/**
 * The publish-to-site pipeline: publishing, unpublishing, deleting and scheduled publishing
 * queue a rebuild; rebuilds are debounced, never overlap, and are recorded in `site-builds` with
 * their changes and, when they fail, the reason. Both the local pipeline (a real `pnpm build`)
 * and the production build hook (a local HTTP server) are exercised.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { serveStatic } from '@mirai/scripts/serve'

import { createArticle, imageFile, paragraph } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
let cms: TestCms
let work: string
let runLog: string

const builds = async () =>
  (await cms.payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, depth: 0 })).docs as any[]

/** Runs of the build command as [start, end] pairs. */
const runs = (): [number, number][] => {
  if (!existsSync(runLog)) return []
  const lines = readFileSync(runLog, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
  const out: [number, number][] = []
  for (let i = 0; i < lines.length; i += 2) out.push([Number(lines[i]![1]), Number(lines[i + 1]?.[1] ?? NaN)])
  return out
}

let rebuildQueue: typeof import('@mirai/cms/publish').rebuildQueue
const idle = () => rebuildQueue(cms.payload).idle()

beforeAll(async () => {
  // Build hooks are retried with back-off; in tests the back-off is short (read as the config loads).
  process.env.SITE_BUILD_RETRY_DELAY_MS = '50'
  // The CMS first: it points CMS_DATA_DIR at its temporary folder before anything of the CMS is
  // imported (cms/src/env.ts reads it once), so uploads never land in cms/.data.
  cms = await startCms()
  ;({ rebuildQueue } = await import('@mirai/cms/publish'))
  work = mkdtempSync(path.join(tmpdir(), 'mirai-publish-test-'))
})
afterAll(async () => {
  await cms?.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(async () => {
  runLog = path.join(work, `runs-${Date.now()}.log`)
  Object.assign(process.env, {
    SITE_REBUILD: 'local',
    SITE_BUILD_COMMAND: `"${process.execPath}" "${path.join(here, 'fixtures/timed-build.mjs')}" "${runLog}"`,
    SITE_REBUILD_DEBOUNCE_MS: '300',
    BUILD_MS: '100',
  })
  delete process.env.BUILD_FAIL
  delete process.env.SITE_BUILD_HOOK_URL
  await cms.payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })
})
afterEach(async () => {
  await idle()
  process.env.SITE_REBUILD = 'off'
})

describe('publishing rebuilds the public site', () => {
  it('makes one build of several publishes within the debounce window, recorded with every change', async () => {
    await createArticle(cms.payload, { title: '一つ目' })
    await createArticle(cms.payload, { title: '二つ目' })
    await createArticle(cms.payload, { title: '三つ目' })
    await idle()
    expect(runs()).toHaveLength(1)
    const [build] = await builds()
    expect(build.status).toBe('succeeded')
    expect(build.mode).toBe('local')
    expect(build.changes.map((c: any) => [c.operation, c.collection, c.title])).toEqual([
      ['publish', 'articles', '一つ目'],
      ['publish', 'articles', '二つ目'],
      ['publish', 'articles', '三つ目'],
    ])
    expect(build.summary).toBe('publish articles: 一つ目 and 2 more')
    expect(new Date(build.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(build.startedAt).getTime())
  })

  it('never runs two builds at once: changes during a build make the next one', async () => {
    process.env.BUILD_MS = '1200'
    await createArticle(cms.payload, { title: '最初' })
    const queue = rebuildQueue(cms.payload)
    while (!queue.running) await new Promise((resolve) => setTimeout(resolve, 20))
    await createArticle(cms.payload, { title: 'ビルド中1' })
    await createArticle(cms.payload, { title: 'ビルド中2' })
    await idle()
    const [first, second] = runs()
    expect(runs()).toHaveLength(2)
    expect(second![0]).toBeGreaterThanOrEqual(first![1])
    expect((await builds()).map((b) => b.changes.map((c: any) => c.title))).toEqual([
      ['最初'],
      ['ビルド中1', 'ビルド中2'],
    ])
  })

  it('does not rebuild for a draft; does for editing, unpublishing and deleting a published document', async () => {
    const article = await createArticle(cms.payload, { title: '公開記事' })
    await idle()
    await cms.payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })

    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Published article', body: paragraph('en') } as never,
    })
    await idle()
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ja',
      draft: true,
      data: { title: '下書きの変更' } as never,
    })
    await createArticle(cms.payload, { title: '新しい下書き', _status: 'draft' })
    await idle()
    expect((await builds()).map((b) => b.changes.map((c: any) => `${c.operation} ${c.title}`))).toEqual([
      ['update Published article'],
    ])
    await cms.payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })

    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ja',
      data: { title: '公開記事（更新）', _status: 'published' } as never,
    })
    await idle()
    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } as never })
    await idle()
    const second = await createArticle(cms.payload, { title: '削除される記事' })
    await idle()
    await cms.payload.delete({ collection: 'articles', id: second.id })
    await idle()
    expect((await builds()).map((b) => b.changes.map((c: any) => `${c.operation} ${c.title}`))).toEqual([
      // Publishing the saved draft over the published version.
      ['publish 公開記事（更新）'],
      ['unpublish 公開記事（更新）'],
      ['publish 削除される記事'],
      ['delete 削除される記事'],
    ])
  })

  it('records a failed build with its reason (the previous site stays), and the next build runs normally', async () => {
    process.env.BUILD_FAIL = 'astro build: articles a1 (ja): translations.ja.title is required'
    await createArticle(cms.payload, { title: '失敗するビルド' })
    await idle()
    const [failed] = await builds()
    expect(failed.status).toBe('failed')
    expect(failed.error).toBe('build failed: astro build: articles a1 (ja): translations.ja.title is required')

    delete process.env.BUILD_FAIL
    await createArticle(cms.payload, { title: '次のビルド' })
    await idle()
    expect((await builds()).map((b) => b.status)).toEqual(['failed', 'succeeded'])
  })

  it('rebuilds when a scheduled publish comes due', async () => {
    const article = await createArticle(cms.payload, { title: '予約公開', _status: 'draft' })
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await cms.payload.jobs.run()
    const published = await cms.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(published._status).toBe('published')
    await idle()
    const [build] = await builds()
    expect(build.changes.map((c: any) => `${c.operation} ${c.title}`)).toEqual(['publish 予約公開'])
    expect(build.status).toBe('succeeded')
  })

  it('rebuilds when the site settings change', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'ja',
      data: { organisation: { name: 'JP-MIRAI' }, consultation: { name: 'JP-MIRAIアシスト' } } as never,
    })
    await idle()
    const [build] = await builds()
    expect(build.changes.map((c: any) => `${c.operation} ${c.collection}`)).toEqual(['update site-settings'])
  })
})

describe('in production, the build hook', () => {
  let server: Server
  let received: { method?: string; body: any }[] = []
  let answer = 200
  /** Answers for the next calls, before `answer` again. */
  let answers: number[] = []
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ method: req.method, body: JSON.parse(body) })
        const status = answers.shift() ?? answer
        res.writeHead(status).end(status === 200 ? 'queued build 42' : 'deploy service unavailable')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    received = []
    answer = 200
    answers = []
    process.env.SITE_BUILD_HOOK_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/build`
  })

  it('is called once with the changes, and its answer recorded', async () => {
    await createArticle(cms.payload, { title: 'フック1' })
    await createArticle(cms.payload, { title: 'フック2' })
    await idle()
    expect(received).toHaveLength(1)
    expect(received[0]!.method).toBe('POST')
    expect(received[0]!.body.changes.map((c: any) => c.title)).toEqual(['フック1', 'フック2'])
    const [build] = await builds()
    expect(build).toMatchObject({ status: 'succeeded', mode: 'hook' })
    expect(build.log).toContain('queued build 42')
    expect(runs()).toEqual([])
  })

  it('counts an error answer as a failed build once every attempt has failed', async () => {
    answer = 503
    await createArticle(cms.payload, { title: 'フック失敗' })
    await idle()
    const [build] = await builds()
    expect(received).toHaveLength(4)
    expect(build.status).toBe('failed')
    expect(build.attempts).toBe(4)
    expect(build.error).toMatch(/^All 4 attempts failed; the last: build hook 127\.0\.0\.1:\d+ answered 503$/)
    expect(build.log).toBe('deploy service unavailable')
  })

  it('calls a failing hook again with back-off, and the build succeeds when it answers', async () => {
    answers = [503, 502]
    await createArticle(cms.payload, { title: 'フック再試行' })
    await idle()
    expect(received).toHaveLength(3)
    const [build] = await builds()
    expect(build).toMatchObject({ status: 'succeeded', attempts: 3, error: null })
    expect(build.log).toContain('queued build 42')
    expect(build.changes.map((c: any) => c.title)).toEqual(['フック再試行'])
  })
})

describe('the local pipeline', () => {
  it('runs the real export → build → index, exporting with its own Payload, and records the pages built', async () => {
    const site = path.join(work, 'site-dist')
    // No build command: the pipeline of `pnpm build`, asking this CMS for the export.
    delete process.env.SITE_BUILD_COMMAND
    Object.assign(process.env, {
      SITE_BUILD_CWD: repoRoot,
      SNAPSHOT_DIR: path.join(work, 'snapshot'),
      SITE_DIST: site,
      SITE_REBUILD_DEBOUNCE_MS: '100',
    })
    try {
      // The site needs its settings in at least one language; set here too, so that this test
      // also passes run on its own.
      await cms.payload.updateGlobal({
        slug: 'site-settings',
        locale: 'ja',
        data: { organisation: { name: 'JP-MIRAI' }, consultation: { name: 'JP-MIRAIアシスト' } } as never,
      })
      await createArticle(cms.payload, { title: '本物のビルド', slug: 'real-build-article' })
      await idle()
      const [build] = await builds()
      expect(build.error ?? null, build.log).toBeNull()
      expect(build.status).toBe('succeeded')
      expect(build.pages).toBeGreaterThan(9)
      expect(readFileSync(path.join(site, 'ja/articles/real-build-article/index.html'), 'utf8')).toContain(
        '本物のビルド',
      )
      expect(build.log).toMatch(/build: \d+ pages in [\d.]+ s \(export [\d.]+ s, prepare/)

      // hardening 1 and 8, end to end: an image uploaded as hero.html reaches the site as a PNG
      // served as one; an image whose file went missing is left out and the build says so.
      const png = (await imageFile('x.png')).data
      const polyglot = Buffer.concat([png, Buffer.from('<html><script>alert(document.domain)</script></html>')])
      const hero: any = await cms.payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: 'ヒーロー' } as never,
        file: { data: polyglot, name: 'hero.html', mimetype: 'image/png', size: polyglot.length },
      })
      expect(hero.filename).toBe('hero.png')
      const lost: any = await cms.payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: '消えた画像' } as never,
        file: await imageFile('lost.png'),
      })
      rmSync(
        path.join((cms.payload.collections.media!.config.upload as { staticDir: string }).staticDir, lost.filename),
      )
      await createArticle(cms.payload, { title: '画像つき', slug: 'with-hero', heroImage: hero.id })
      await createArticle(cms.payload, { title: '画像が消えた', slug: 'with-lost-image', heroImage: lost.id })
      await idle()
      const withWarnings = (await builds()).at(-1)
      expect(withWarnings.status).toBe('succeeded')
      expect(withWarnings.warnings).toContain(
        `media ${lost.id}: "${lost.filename}" is missing from the CMS's files; left out of the site`,
      )
      expect(readFileSync(path.join(site, 'ja/articles/with-lost-image/index.html'), 'utf8')).toContain('画像が消えた')
      expect(readFileSync(path.join(site, 'ja/articles/with-hero/index.html'), 'utf8')).toContain('/media/hero.png')
      expect(existsSync(path.join(site, 'media/hero.html'))).toBe(false)
      const server = await serveStatic(site, 0)
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        const served = await fetch(`${base}/media/hero.png`)
        expect([
          served.status,
          served.headers.get('content-type'),
          served.headers.get('x-content-type-options'),
        ]).toEqual([200, 'image/png', 'nosniff'])
        expect((await fetch(`${base}/media/hero.html`)).status).toBe(404)
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    } finally {
      for (const key of ['SITE_BUILD_CWD', 'SNAPSHOT_DIR', 'SITE_DIST']) delete process.env[key]
    }
  }, 240_000)

  it('fails the build with the reason when the export fails, and leaves the live site as it was', async () => {
    const site = path.join(work, 'site-dist-export-fails')
    const notAFolder = path.join(work, 'snapshot-is-a-file')
    writeFileSync(notAFolder, 'not a folder')
    delete process.env.SITE_BUILD_COMMAND
    Object.assign(process.env, { SITE_BUILD_CWD: repoRoot, SNAPSHOT_DIR: notAFolder, SITE_DIST: site })
    try {
      await createArticle(cms.payload, { title: '書き出せない', slug: 'cannot-export' })
      await idle()
      const build = (await builds()).at(-1)
      expect(build.status).toBe('failed')
      expect(build.error).toMatch(/^build failed: export: (EEXIST|ENOTDIR)/)
      expect(existsSync(site)).toBe(false)
    } finally {
      for (const key of ['SITE_BUILD_CWD', 'SNAPSHOT_DIR', 'SITE_DIST']) delete process.env[key]
    }
  }, 120_000)
})
