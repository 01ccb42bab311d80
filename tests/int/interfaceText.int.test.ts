/**
 * Interface text edited in the CMS, through the real build pipeline (`pnpm build` on a snapshot,
 * no CMS): the snapshot's `interfaceText` shows on the pages of its language only, in the menu,
 * the breadcrumbs, the service worker's notes and the search interface; a change of text alone
 * renders the pages again although nothing in their props changed (the incremental build's
 * cache key carries the text's digest), and a text that lost a placeholder stops the build
 * before anything goes live. The site's unit tests: site/test/interfaceText.test.ts.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '@mirai/scripts/build-site'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'mirai-interface-text-'))
const snapshot = path.join(dir, 'snapshot', 'content.json')
const dist = path.join(dir, 'dist')
const fixture = JSON.parse(
  readFileSync(path.join(repoRoot, 'site/test/fixtures/minimal/content.json'), 'utf8'),
) as Record<string, unknown>

const writeSnapshot = (interfaceText?: unknown) =>
  writeFileSync(snapshot, JSON.stringify(interfaceText === undefined ? fixture : { ...fixture, interfaceText }))

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8')
const articlePage = (lang: string) => `${lang}/articles/minimum-wage/index.html`

/** The name of the first crumb (the language's home) of a page's breadcrumb trail. */
function homeCrumb(html: string): string {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
  const items = scripts.flatMap(([, json]) => [JSON.parse(json!)].flat()) as {
    '@type': string
    itemListElement?: { name: string }[]
  }[]
  const trail = items.find((item) => item['@type'] === 'BreadcrumbList')
  if (!trail) throw new Error('no breadcrumb trail on the page')
  return trail.itemListElement![0]!.name
}

/** The menu's last entry, the link to the search page. */
const searchMenuEntry = (html: string, lang: string) =>
  new RegExp(`<nav class="wrap site-nav"[^>]*>.*?<a href="/${lang}/search/"[^>]*>([^<]*)</a>`, 's').exec(html)?.[1]

/** A build of the pipeline, with the time Astro started and whether it rendered every page. */
async function build() {
  let astroStarted = 0
  const lines: string[] = []
  const result = await buildSite({
    log: (line) => lines.push(line),
    onStage: (stage) => {
      if (stage === 'astro build') astroStarted = Date.now()
    },
  })
  const forced = lines.some((line) => /^astro build: .*\(all rendered\)/.test(line))
  const renderedAgain = (file: string) => statSync(path.join(result.release, file)).mtimeMs >= astroStarted
  return { result, forced, renderedAgain }
}

const broken = { vi: { 'finder.count': 'Có dịch vụ phù hợp', 'nav.home': 'Trang đầu' } }
const brokenBuild =
  /astro build: [\s\S]*interfaceText default: vi\.finder\.count: interface text "finder\.count" in vi lacks the placeholder \{count\}/

/** Every HTML file under `root`. */
const htmlFiles = (root: string) =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
    : []

beforeAll(() => {
  cpSync(path.join(repoRoot, 'site/test/fixtures/minimal'), path.dirname(snapshot), { recursive: true })
  process.env.SNAPSHOT_DIR = path.dirname(snapshot)
  process.env.SITE_DIST = dist
})
afterAll(() => {
  delete process.env.SNAPSHOT_DIR
  delete process.env.SITE_DIST
  rmSync(dir, { recursive: true, force: true })
})

describe('interface text edited in the CMS, in the built site', () => {
  it('stops the first build at a text that lost a placeholder, naming it, with nothing built', async () => {
    writeSnapshot(broken)
    await expect(buildSite()).rejects.toThrow(brokenBuild)
    expect(existsSync(dist)).toBe(false)
    expect(htmlFiles(`${dist}.releases`)).toEqual([])
  }, 120_000)

  it('builds a snapshot from before the text was editable with the code’s strings', async () => {
    writeSnapshot()
    await build()
    expect(homeCrumb(read(articlePage('vi')))).toBe('Trang chủ')
    expect(homeCrumb(read(articlePage('ja')))).toBe('ホーム')
  }, 120_000)

  it('shows the edited text on the pages of its language, rendering them again though their props did not change', async () => {
    writeSnapshot({ vi: { 'nav.home': 'Trang đầu (sửa)' } })
    const { forced, renderedAgain } = await build()
    // An incremental build (the last one went live): only the cache key says the page changed.
    expect(forced).toBe(false)
    expect(renderedAgain(articlePage('vi'))).toBe(true)
    expect(homeCrumb(read(articlePage('vi')))).toBe('Trang đầu (sửa)')
    expect(homeCrumb(read(articlePage('ja')))).toBe('ホーム')
    expect(read(articlePage('ja'))).not.toContain('Trang đầu (sửa)')
    // The service worker's notes, from an endpoint without getStaticPaths (applied by the middleware).
    const { notes } = JSON.parse(read('sw-strings.json')) as { notes: Record<string, { home: string }> }
    expect(notes.vi!.home).toBe('Trang đầu (sửa)')
    expect(notes.ja!.home).toBe('ホーム')
    expect(read('sw.js')).toContain('Trang đầu (sửa)')
  }, 120_000)

  it('keeps the pages of an unchanged build, and renders them again when only the text changes', async () => {
    const same = await build()
    expect(same.forced).toBe(false)
    expect(same.renderedAgain(articlePage('vi'))).toBe(false)
    expect(same.renderedAgain(articlePage('ja'))).toBe(false)

    writeSnapshot({
      vi: { 'nav.home': 'Trang đầu (sửa lần 2)', 'nav.search': 'Tìm (sửa)', 'search.placeholder': 'Gõ để tìm (sửa)' },
    })
    const changed = await build()
    expect(changed.forced).toBe(false)
    expect(changed.renderedAgain(articlePage('vi'))).toBe(true)
    expect(homeCrumb(read(articlePage('vi')))).toBe('Trang đầu (sửa lần 2)')
    expect(searchMenuEntry(read(articlePage('vi')), 'vi')).toBe('Tìm (sửa)')
    expect(searchMenuEntry(read('vi/index.html'), 'vi')).toBe('Tìm (sửa)')
    expect(searchMenuEntry(read(articlePage('ja')), 'ja')).toBe('検索')
    // The search interface's strings (lib/searchStrings.ts), with Pagefind's placeholders kept.
    expect(read('vi/search/index.html')).toContain('"placeholder":"Gõ để tìm (sửa)"')
    expect(read('ja/search/index.html')).not.toContain('(sửa)')
  }, 240_000)

  it('refuses a text that lost a placeholder and leaves the live site exactly as it was', async () => {
    const live = realpathSync(dist)
    const before = read(articlePage('vi'))
    writeSnapshot(broken)
    await expect(buildSite()).rejects.toThrow(brokenBuild)
    expect(realpathSync(dist)).toBe(live)
    expect(read(articlePage('vi'))).toBe(before)
  }, 120_000)
})
