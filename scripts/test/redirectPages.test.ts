/**
 * The snapshot's redirects through a real build: every host of the release gets them as rules
 * (nginx, `_redirects`, `pnpm serve`), and each old address gets a page of its own for hosts
 * without rules — sending the browser on, canonical to the new address, noindex, in the old
 * page's language — that the sitemap leaves out, the offline worker knows, and the next build
 * removes once the redirect is gone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, snapshotRedirects } from '../src/build-site'
import { siteDir } from '../src/paths'

const dir = mkdtempSync(path.join(tmpdir(), 'mirai-redirect-pages-'))
const snapshot = path.join(dir, 'snapshot', 'content.json')
const dist = path.join(dir, 'dist')
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8')
const SITE = 'https://portal.example.org'

const REDIRECTS = [
  { id: '/vi/articles/wage-2025/', from: '/vi/articles/wage-2025/', to: '/vi/articles/minimum-wage/' },
  { id: '/my/articles/wage-2025/', from: '/my/articles/wage-2025/', to: '/my/articles/minimum-wage/' },
  { id: '/ja/articles/gone/', from: '/ja/articles/gone/', to: '/ja/articles/' },
]

function writeSnapshot(redirects: unknown) {
  const content = JSON.parse(readFileSync(path.join(siteDir, 'test/fixtures/minimal/content.json'), 'utf8'))
  writeFileSync(snapshot, JSON.stringify({ ...content, redirects }))
}

beforeAll(() => {
  cpSync(path.join(siteDir, 'test/fixtures/minimal'), path.dirname(snapshot), { recursive: true })
  process.env.SNAPSHOT_DIR = path.dirname(snapshot)
  process.env.SITE_DIST = dist
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('the snapshot’s redirects', () => {
  it('are read as moved pages, and a snapshot without them has none', async () => {
    writeSnapshot(REDIRECTS)
    expect(await snapshotRedirects(path.dirname(snapshot))).toEqual(
      REDIRECTS.map(({ from, to }) => ({ from, to, status: 301 })),
    )
    writeSnapshot(undefined)
    expect(await snapshotRedirects(path.dirname(snapshot))).toEqual([])
    expect(await snapshotRedirects(path.join(dir, 'nowhere'))).toEqual([])
    writeSnapshot('/a/ /b/')
    await expect(snapshotRedirects(path.dirname(snapshot))).rejects.toThrow(/not a list/)
  })

  it('become host rules and a refresh page at each old address, in its language', async () => {
    writeSnapshot(REDIRECTS)
    const result = await buildSite({ env: { SITE_URL: SITE } })
    expect(result.warnings).toEqual([])
    expect(JSON.parse(read('.host/redirects.json'))).toEqual(
      REDIRECTS.map(({ from, to }) => ({ from, to, status: 301 })),
    )
    expect(read('_redirects')).toContain('/vi/articles/wage-2025/ /vi/articles/minimum-wage/ 301\n')
    expect(read('.host/nginx.conf')).toContain('location = /my/articles/wage-2025/ {')

    const vi = read('vi/articles/wage-2025/index.html')
    expect(vi).toContain('<html lang="vi"')
    expect(vi).toMatch(/<meta http-equiv="refresh" content="0; url=\/vi\/articles\/minimum-wage\/">/)
    expect(vi).toContain(`<link rel="canonical" href="${SITE}/vi/articles/minimum-wage/">`)
    expect(vi).toContain('<meta name="robots" content="noindex">')
    expect(vi).toContain('<a href="/vi/articles/minimum-wage/">Đến trang mới</a>')
    expect(vi).toContain('<h1>Trang này đã được chuyển</h1>')
    expect(vi).not.toContain('data-pagefind-body')
    const my = read('my/articles/wage-2025/index.html')
    expect(my).toContain('<html lang="my"')
    expect(my).toContain('စာမျက်နှာအသစ်သို့ သွားရန်')
    expect(read('ja/articles/gone/index.html')).toContain('url=/ja/articles/')

    // Not a page readers should find: the sitemap and the search index leave the old addresses out.
    expect(read('sitemap.xml')).not.toContain('wage-2025')
    expect(read('sitemap.xml')).not.toContain('/articles/gone/')
    // The offline worker follows them.
    const worker = read('sw.js')
    expect(JSON.parse(/^const REDIRECTS = (.*)$/m.exec(worker)![1]!)).toEqual(
      Object.fromEntries(REDIRECTS.map((r) => [r.from, r.to])),
    )
  }, 180_000)

  it('the next build removes the page of a redirect that is gone and keeps the others', async () => {
    writeSnapshot(REDIRECTS.slice(1))
    await buildSite({ env: { SITE_URL: SITE } })
    expect(existsSync(path.join(dist, 'vi/articles/wage-2025/index.html'))).toBe(false)
    expect(read('my/articles/wage-2025/index.html')).toContain('url=/my/articles/minimum-wage/')
    expect(JSON.parse(read('.host/redirects.json')).map((r: { from: string }) => r.from)).toEqual([
      '/my/articles/wage-2025/',
      '/ja/articles/gone/',
    ])
    const worker = read('sw.js')
    expect(Object.keys(JSON.parse(/^const REDIRECTS = (.*)$/m.exec(worker)![1]!))).toEqual([
      '/ja/articles/gone/',
      '/my/articles/wage-2025/',
    ])
    // Its refresh page is gone from the site: a copy a reader's worker kept of it is dropped.
    expect(JSON.parse(/^const REMOVED = (.*)$/m.exec(worker)![1]!)).toEqual(['/vi/articles/wage-2025/'])
  }, 180_000)

  it('a hostile redirect in the snapshot stops the build before anything is written', async () => {
    const before = read('.host/nginx.conf')
    writeSnapshot([{ id: '/ja/a/', from: '/ja/a/', to: '/ja/b/;return 302 https://evil.example/' }])
    await expect(buildSite({ env: { SITE_URL: SITE } })).rejects.toThrow(/Refused redirects/)
    expect(read('.host/nginx.conf')).toBe(before)
  }, 60_000)
})
