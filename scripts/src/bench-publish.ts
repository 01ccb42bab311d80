/**
 * `pnpm bench:publish [N]`: how long an editor waits after publishing. With N synthetic articles
 * in nine languages (N = 1000 gives about 10,000 pages; see benchContent.ts), the CMS runs as the
 * README's main command runs it (SITE_REBUILD=local, jobs in the CMS process) and the site is
 * served over HTTP. Each round publishes a new Vietnamese title for one article and measures,
 * from the publish request, when the article's page is served with the new title and when the
 * site's search (Pagefind, in Debian's Chromium) finds it. Prints figures; asserts nothing.
 */
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { docPath } from '@mirai/content-schemas/paths'
import { chromium, type Browser } from 'playwright-core'
import type { Payload } from 'payload'

import { articleCount, benchSlug, openBenchContent } from './benchContent'
import { repoRoot } from './paths'
import { serveStatic } from './serve'

const N = articleCount('bench:publish')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Waits for the site build that the last publish started to end, and returns its record. */
async function builtAfter(payload: Payload, since: Date, timeoutMs = 15 * 60_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { createdAt: { greater_than_equal: since.toISOString() } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
    })
    const build = docs[0]
    if (build?.status === 'succeeded') return build
    if (build?.status === 'failed') throw new Error(`the site build failed: ${build.error}\n${build.log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the site build did not end in time')
}

async function until<T>(probe: () => Promise<T | null>, timeoutMs = 15 * 60_000, everyMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    const value = await probe()
    if (value !== null) return value
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error('timed out')
}

/** Whether the site's search finds `word` on `page`, asked as a reader's browser would. */
async function searchFinds(browser: Browser, base: string, word: string, page: string): Promise<boolean> {
  // A fresh context each time: no service worker or cached index from an earlier look.
  const context = await browser.newContext()
  try {
    const tab = await context.newPage()
    await tab.goto(`${base}/vi/search/`)
    const urls = await tab.evaluate(async (query) => {
      // The URL is built at run time so that nothing bundles it: it is the site's own file.
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`)
      const found = await pagefind.search(query)
      const data = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()))
      return data.map((d) => d.url)
    }, word)
    return urls.includes(page)
  } finally {
    await context.close()
  }
}

try {
  const { payload, firstId, work, close } = await openBenchContent(N, 'bench:publish')
  // As `pnpm start` runs the CMS: publishing builds the site, in this process's job runner.
  Object.assign(process.env, { SITE_REBUILD: 'local', SITE_BUILD_CWD: repoRoot })
  const { rebuildQueue } = await import('@mirai/cms/publish')
  const server = await serveStatic(path.join(work, 'dist'), 0)
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const page = docPath('vi', 'articles', benchSlug(0))
  const publish = (title: string) =>
    payload.update({ collection: 'articles', id: firstId, locale: 'vi', data: { title, _status: 'published' } })

  // Not timed: the first build renders every page, the second copies the whole site once into
  // the folder that later builds recycle.
  for (const round of ['first build', 'first rebuild']) {
    const started = new Date()
    console.log(`bench:publish: ${round} (not timed)…`)
    await publish(`Bài viết chuẩn bị ${round}`)
    const build = await builtAfter(payload, started)
    console.log(`bench:publish: ${round}: ${build.pages} pages in ${s(build.durationMs ?? 0)}`)
  }

  const rounds: { served: number; found: number; log: string }[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    const word = `kiemtra${Date.now().toString(36)}`
    const started = Date.now()
    await publish(`Bài viết ${word}`)
    const served = await until(async () => {
      const response = await fetch(base + page)
      return response.ok && (await response.text()).includes(word) ? Date.now() - started : null
    })
    const found = await until(async () =>
      (await searchFinds(browser, base, word, page)) ? Date.now() - started : null,
    )
    const build = await builtAfter(payload, new Date(started))
    const stages = /\(export .*\)/.exec(build.log ?? '')?.[0] ?? ''
    rounds.push({ served, found, log: stages })
    console.log(
      `bench:publish: round ${round}: page served after ${s(served)}, found by search after ${s(found)} ${stages}`,
    )
  }
  await rebuildQueue(payload).idle()
  await browser.close()
  await new Promise((resolve) => server.close(resolve))
  await close()

  console.log('')
  console.log(`bench:publish results (${N} articles × 9 languages, 2 cores, ${ROUNDS} rounds)`)
  console.log(`  publish → page served with the new text   median ${s(median(rounds.map((r) => r.served)))}`)
  console.log(`  publish → search finds the new text       median ${s(median(rounds.map((r) => r.found)))}`)
  console.log(`  goal: ≤ 10 s at 10,000 pages, aiming for 5 s`)
  process.exit(0)
} catch (error) {
  console.error(`bench:publish failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
}
