/**
 * `pnpm bench:alert [N]`: how long an urgent alert takes from publish to readers. With N synthetic
 * articles in nine languages (benchContent.ts; N = 1000 gives about 10,000 pages) the CMS runs as
 * the README's main command runs it (SITE_REBUILD=local, jobs in the CMS process) with a rebuild
 * debounce of 5 s, which alerts skip; the live site (site/dist's release) is served over HTTP.
 * Each round publishes a new alert and measures, from the publish request, when the live home page
 * in Vietnamese and /alerts.json carry it, what the build did (every page carries the alert, so
 * every page is rendered; the search index should be left alone); then ends it and measures when
 * the page no longer has it. An article publish in the same setup is measured for comparison.
 * Prints figures; asserts nothing.
 */
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { docPath } from '@mirai/content-schemas/paths'
import type { Payload } from 'payload'

import { articleCount, benchSlug, openBenchContent } from './benchContent'
import { repoRoot } from './paths'
import { serveStatic } from './serve'

const N = articleCount('bench:alert')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** A debounce like production's, so the figures show alerts skip it. */
const DEBOUNCE_MS = 5_000
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function until<T>(probe: () => Promise<T | null>, timeoutMs = 15 * 60_000, everyMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    const value = await probe()
    if (value !== null) return value
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error('timed out')
}

/** The last site build that started after `since`, once it has ended. */
async function builtAfter(payload: Payload, since: Date) {
  return until(
    async () => {
      const { docs } = await payload.find({
        collection: 'site-builds',
        where: { createdAt: { greater_than_equal: since.toISOString() } },
        sort: '-createdAt',
        limit: 1,
        depth: 0,
      })
      const build = docs[0]
      if (build?.status === 'failed') throw new Error(`the site build failed: ${build.error}\n${build.log}`)
      return build?.status === 'succeeded' ? build : null
    },
    15 * 60_000,
    100,
  )
}

const line = (log: string | null | undefined, prefix: string) =>
  (log ?? '')
    .split('\n')
    .find((l) => l.includes(prefix))
    ?.trim() ?? `(no "${prefix}" line)`

try {
  const { payload, firstId, work, close } = await openBenchContent(N, 'bench:alert')
  Object.assign(process.env, {
    SITE_REBUILD: 'local',
    SITE_BUILD_CWD: repoRoot,
    SITE_REBUILD_DEBOUNCE_MS: String(DEBOUNCE_MS),
  })
  const { rebuildQueue } = await import('@mirai/cms/publish')
  const server = await serveStatic(path.join(work, 'dist'), 0)
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const home = '/vi/'
  const served = async (url: string, word: string, present = true) => {
    const response = await fetch(base + url).catch(() => null)
    return Boolean(response?.ok) && (await response!.text()).includes(word) === present
  }
  const publishArticle = (title: string) =>
    payload.update({ collection: 'articles', id: firstId, locale: 'vi', data: { title, _status: 'published' } })

  // Not timed: the first build renders every page, the second copies the whole site once into
  // the folder that later builds recycle.
  for (const round of ['first build', 'first rebuild']) {
    const started = new Date()
    console.log(`bench:alert: ${round} (not timed)…`)
    await publishArticle(`Bài viết chuẩn bị ${round}`)
    const build = await builtAfter(payload, started)
    console.log(`bench:alert: ${round}: ${build.pages} pages in ${s(build.durationMs ?? 0)}`)
  }

  const rounds: { live: number; json: number; gone: number; build: number }[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    const word = `canhbao${Date.now().toString(36)}`
    const started = Date.now()
    const alert = await payload.create({
      collection: 'alerts',
      locale: 'vi',
      data: {
        title: `Bão ${word}`,
        kind: 'typhoon',
        severity: 'critical',
        startsAt: new Date(started - 60_000).toISOString(),
        endsAt: new Date(started + 3_600_000).toISOString(),
        startsAt_tz: 'Asia/Tokyo',
        endsAt_tz: 'Asia/Tokyo',
        _status: 'published',
      },
    })
    const live = await until(async () => ((await served(home, word)) ? Date.now() - started : null))
    const json = await until(async () => ((await served('/alerts.json', word)) ? Date.now() - started : null))
    const build = await builtAfter(payload, new Date(started))
    await rebuildQueue(payload).idle()
    // Taken down by the secretariat: a change like a publish, built at once.
    const ending = Date.now()
    await payload.update({ collection: 'alerts', id: alert.id, locale: 'vi', data: { _status: 'draft' } })
    const gone = await until(async () => ((await served(home, word, false)) ? Date.now() - ending : null))
    await rebuildQueue(payload).idle()
    rounds.push({ live, json, gone, build: build.durationMs ?? 0 })
    console.log(
      `bench:alert: round ${round}: on the live page after ${s(live)}, in /alerts.json after ${s(json)}, gone ${s(gone)} after unpublishing; build ${s(build.durationMs ?? 0)}: ${line(build.log, 'astro build:')}; ${line(build.log, 'search index:')}`,
    )
  }

  // For comparison: an article, which waits for the debounce.
  const word = `baiviet${Date.now().toString(36)}`
  const started = Date.now()
  await publishArticle(`Bài viết ${word}`)
  const article = await until(async () =>
    (await served(docPath('vi', 'articles', benchSlug(0)), word)) ? Date.now() - started : null,
  )
  await rebuildQueue(payload).idle()
  await new Promise((resolve) => server.close(resolve))
  await close()

  console.log('')
  console.log(
    `bench:alert results (${N} articles × 9 languages, 2 cores, ${ROUNDS} rounds, debounce ${s(DEBOUNCE_MS)})`,
  )
  console.log(`  publish → alert on the live page          median ${s(median(rounds.map((r) => r.live)))}`)
  console.log(`  publish → alert in /alerts.json           median ${s(median(rounds.map((r) => r.json)))}`)
  console.log(`  unpublish → alert gone from the page      median ${s(median(rounds.map((r) => r.gone)))}`)
  console.log(`  the alert's build                         median ${s(median(rounds.map((r) => r.build)))}`)
  console.log(`  for comparison, an article publish → live        ${s(article)} (waits for the debounce)`)
  console.log('  goal: well inside a minute')
  process.exit(0)
} catch (error) {
  console.error(`bench:alert failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
}
