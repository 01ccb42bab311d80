/**
 * Site builds as durable jobs: a publish is saved as a queued build in the database, so a CMS that
 * leaves jobs to a worker (JOBS_RUNNER=external) builds nothing itself and a separate
 * `jobs:worker` process picks the build up — also after the CMS stopped; a worker killed in the
 * middle of a build leaves it to the next worker, which records the interruption and builds the
 * same changes again; and two runners on one database never build at once.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createArticle } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn, type TestCms } from './helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsDir = path.resolve(here, '../../cms')
let cms: TestCms
let signed: SignedIn
let work: string
let runLog: string
const workers: ChildProcess[] = []

const builds = async () =>
  (await cms.payload.find({ collection: 'site-builds', sort: 'createdAt', pagination: false, depth: 0 })).docs

const starts = () => (existsSync(runLog) ? (readFileSync(runLog, 'utf8').match(/^start /gm)?.length ?? 0) : 0)
const ends = () => (existsSync(runLog) ? (readFileSync(runLog, 'utf8').match(/^end /gm)?.length ?? 0) : 0)

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000) {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** `pnpm --filter @mirai/cms jobs:worker`, on the test's database, as its own process group. */
function startWorker(extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(path.join(cmsDir, 'node_modules/.bin/tsx'), ['src/worker.ts'], {
    cwd: cmsDir,
    env: { ...process.env, PAYLOAD_LOG_LEVEL: 'error', ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  workers.push(child)
  return child
}

/** Kills a worker and the build it started, as a crashed machine would. */
async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid!, signal)
  } catch {
    child.kill(signal)
  }
  await exited
}

beforeAll(async () => {
  // Set before the CMS starts: signing in over REST starts Payload's job timers, as a server does.
  process.env.JOBS_RUNNER = 'external'
  signed = await startCmsWithPeople()
  cms = signed.cms
  work = mkdtempSync(path.join(tmpdir(), 'mirai-build-jobs-'))
})
afterAll(async () => {
  await Promise.all(workers.map((child) => kill(child)))
  await cms?.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(async () => {
  runLog = path.join(work, `runs-${Date.now()}.log`)
  Object.assign(process.env, {
    SITE_REBUILD: 'local',
    JOBS_RUNNER: 'external',
    SITE_BUILD_COMMAND: `"${process.execPath}" "${path.join(here, 'fixtures/timed-build.mjs')}" "${runLog}"`,
    SITE_REBUILD_DEBOUNCE_MS: '0',
    BUILD_MS: '100',
  })
  await cms.payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })
  await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})
afterEach(async () => {
  await Promise.all(workers.splice(0).map((child) => kill(child, 'SIGTERM')))
  process.env.SITE_REBUILD = 'off'
})
afterAll(() => {
  delete process.env.JOBS_RUNNER
})

describe('a durable, single site build', () => {
  it('is queued in the database by a CMS that leaves jobs to a worker, and built by the worker', async () => {
    await createArticle(cms.payload, { title: 'ワーカーが作る' })
    // The CMS saved the build and started nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const [queued] = await builds()
    expect(queued).toMatchObject({ status: 'queued' })
    expect(queued!.changes!.map((c) => c.title)).toEqual(['ワーカーが作る'])
    expect(starts()).toBe(0)
    // Another process, which never saw the publish, finds the build in the database.
    startWorker()
    await until('the worker to build', async () => (await builds())[0]?.status === 'succeeded')
    const [built] = await builds()
    expect(built).toMatchObject({ status: 'succeeded', mode: 'local', summary: 'publish articles: ワーカーが作る' })
    expect(built!.runner).toMatch(/:\d+$/)
    expect(built!.runner).not.toBe(`${(await import('node:os')).hostname()}:${process.pid}`)
    expect(starts()).toBe(1)
  })

  it('survives a worker killed during a build: the next worker records the interruption and builds it again', async () => {
    process.env.BUILD_MS = '60000'
    const first = startWorker()
    await createArticle(cms.payload, { title: '途中で止まる' })
    await until('the build to start', async () => (await builds())[0]?.status === 'running' && starts() === 1)
    await kill(first)

    process.env.BUILD_MS = '100'
    startWorker()
    await until('the rebuild', async () => (await builds()).some((b) => b.status === 'succeeded'))
    const [interrupted, again] = await builds()
    expect(interrupted).toMatchObject({ status: 'failed' })
    expect(interrupted!.error).toMatch(/^Interrupted: .*queued again$/)
    expect(again).toMatchObject({ status: 'succeeded' })
    expect(again!.changes!.map((c) => c.title)).toEqual(['途中で止まる'])
    // The killed build's job no longer holds the one-build-at-a-time key.
    const killedJob = await cms.payload.findByID({ collection: 'payload-jobs', id: interrupted!.job!, depth: 0 })
    expect(killedJob).toMatchObject({ processing: false, hasError: true })
    // …and the build slot is free again once the rebuild is done.
    await until(
      'the slot to be free',
      async () => (await cms.payload.count({ collection: 'build-claims' })).totalDocs === 0,
    )
  })

  it('never runs two builds at once, with two workers and publishes in between', async () => {
    process.env.BUILD_MS = '1500'
    startWorker()
    startWorker()
    await createArticle(cms.payload, { title: '一' })
    await until('the first build to start', () => starts() === 1)
    await createArticle(cms.payload, { title: '二' })
    await until('both builds', async () => (await builds()).filter((b) => b.status === 'succeeded').length === 2)
    const lines = readFileSync(runLog, 'utf8').trim().split('\n')
    // start, end, start, end: the second build began after the first ended.
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['start', 'end', 'start', 'end'])
    expect(ends()).toBe(2)
    expect((await builds()).map((b) => b.changes!.map((c) => c.title))).toEqual([['一'], ['二']])
  })
})

describe('the build queue as its users could attack it', () => {
  const people = ['translator', 'member', 'otherMember', 'editor'] as const

  it('lets nobody but the secretariat or the scheduler run, queue or change builds; the scheduler runs them', async () => {
    process.env.CRON_SECRET = 'scheduler-secret-for-tests'
    try {
      await createArticle(cms.payload, { title: '攻撃される待機中のビルド' })
      const [queued] = await builds()
      expect(queued).toMatchObject({ status: 'queued' })
      const { rest, tokens } = signed
      for (const [who, options] of [
        ['anonymous', {}],
        ['a wrong scheduler secret', { headers: { Authorization: 'Bearer not-the-secret' } }],
        ...(['translator', 'member', 'otherMember'] as const).map((role) => [role, { token: tokens[role] }] as const),
      ] as const) {
        const run = await rest.request('GET', 'payload-jobs/run?queue=site', options)
        expect([who, run.status]).toEqual([who, expect.toSatisfy((status: number) => status === 401 || status === 403)])
      }
      for (const role of people.filter((r) => r !== 'editor')) {
        const token = tokens[role]
        const forged = await rest.request('POST', 'site-builds', {
          token,
          body: { summary: 'forged', status: 'succeeded', changes: [{ title: 'x' }] },
        })
        expect([role, forged.status]).toEqual([role, 403])
        const changed = await rest.request('PATCH', `site-builds/${queued!.id}`, {
          token,
          body: { status: 'failed', changes: [], runner: 'evil:1' },
        })
        expect([role, changed.status]).toEqual([role, 403])
        const read = await rest.request('GET', `site-builds/${queued!.id}`, { token })
        expect([role, read.status]).toEqual([role, 403])
      }
      // Even the secretariat reads builds but cannot write their server-owned record.
      const edited = await rest.request('PATCH', `site-builds/${queued!.id}`, {
        token: tokens.editor,
        body: { status: 'succeeded' },
      })
      expect(edited.status).toBe(403)
      const [untouched] = await builds()
      expect(untouched).toMatchObject({ id: queued!.id, status: 'queued', runner: null })
      expect(starts()).toBe(0)

      // Serverless: the scheduler's call with the secret runs the waiting build.
      const scheduled = await rest.request('GET', 'payload-jobs/run?queue=site', {
        headers: { Authorization: 'Bearer scheduler-secret-for-tests' },
      })
      expect(scheduled.status).toBe(200)
      const [built] = await builds()
      expect(built).toMatchObject({ id: queued!.id, status: 'succeeded' })
      expect(starts()).toBe(1)
    } finally {
      delete process.env.CRON_SECRET
    }
  })

  it('builds nothing from a job queued with a made-up or finished build', async () => {
    for (const build of ['no-such-build', '../../etc/passwd', "' OR 1=1 --"])
      await cms.payload.jobs.queue({ task: 'buildSite', queue: 'site', input: { build } })
    await cms.payload.jobs.run({ queue: 'site' })
    expect(starts()).toBe(0)
    expect(await builds()).toEqual([])
  })
})
