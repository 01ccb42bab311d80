/**
 * The build pipeline with a real `astro build`, from the small fixture snapshot of the site: a
 * good build replaces the site; a bad document stops the build, names what is wrong, and leaves
 * the previous site exactly as it was.
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
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { docPath } from '@mirai/content-schemas/paths'

import { buildSite } from '../src/build-site'
import { serveStatic } from '../src/serve'
import { siteDir } from '../src/paths'

const dir = mkdtempSync(path.join(tmpdir(), 'mirai-build-test-'))
const snapshot = path.join(dir, 'snapshot', 'content.json')

/** Every file of a built site with its content. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(
        path.relative(root, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name), 'base64'),
      )
  }
  return files
}

beforeAll(() => {
  cpSync(path.join(siteDir, 'test/fixtures/minimal'), path.dirname(snapshot), { recursive: true })
  process.env.SNAPSHOT_DIR = path.dirname(snapshot)
  process.env.SITE_DIST = path.join(dir, 'dist')
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('buildSite', () => {
  it('builds every language and swaps the result into place', async () => {
    const result = await buildSite()
    expect(result.pages).toBeGreaterThan(9 * 10)
    expect(result.stages.map((s) => s.stage)).toEqual(['prepare', 'astro build', 'search index', 'swap'])
    expect(readFileSync(path.join(dir, 'dist/vi/articles/minimum-wage/index.html'), 'utf8')).toContain('lang="vi"')
    // Static hosts that read their rules from the site's root get the serving policy with it.
    expect(readFileSync(path.join(dir, 'dist/_headers'), 'utf8')).toContain('X-Content-Type-Options: nosniff')
    expect(readFileSync(path.join(dir, 'dist/_redirects'), 'utf8')).toContain('/vi/* /vi/404/ 404')
    // nginx's rules and the redirects `pnpm serve` follows travel with the release, outside what is served.
    expect(readFileSync(path.join(dir, 'dist/.host/nginx.conf'), 'utf8')).toContain('location ^~ /media/ {')
    expect(JSON.parse(readFileSync(path.join(dir, 'dist/.host/redirects.json'), 'utf8'))).toEqual([])
  }, 120_000)

  it('rebuilds incrementally without serving stale pages: a changed document or shared setting shows everywhere', async () => {
    const page = () => readFileSync(path.join(dir, 'dist/en/articles/minimum-wage/index.html'), 'utf8')
    const changed = JSON.parse(readFileSync(snapshot, 'utf8'))
    changed.articles[0].translations.ja.title = '最低賃金（改訂）'
    changed.siteSettings.consultation.translations.ja.name = 'JP-MIRAIアシスト（新）'
    writeFileSync(snapshot, JSON.stringify(changed))
    await buildSite()
    expect(page()).toContain('最低賃金（改訂）')
    expect(page()).toContain('JP-MIRAIアシスト（新）')
    // An untouched language of another page is restored, not lost.
    expect(readFileSync(path.join(dir, 'dist/my/index.html'), 'utf8')).toContain('lang="my"')
  }, 120_000)

  it('renders again only the pages that show a changed article', async () => {
    const changed = JSON.parse(readFileSync(snapshot, 'utf8'))
    changed.articles[0].translations.ja.title = '最低賃金（三訂）'
    // As the CMS does on a publish: the document's date changes too (every language's page shows it).
    changed.articles[0].updatedAt = new Date().toISOString()
    writeFileSync(snapshot, JSON.stringify(changed))
    let astroStarted = 0
    const result = await buildSite({ onStage: (stage) => stage === 'astro build' && (astroStarted = Date.now()) })
    const rendered = [...tree(result.release).keys()]
      .filter((file) => file.endsWith('.html') && statSync(path.join(result.release, file)).mtimeMs >= astroStarted)
      .sort()
    // The article, the lists and the home page that show it, the search page (dated by the newest
    // content it finds) and the two pages without a cache key.
    const showsIt =
      /^(404\.html|index\.html|[a-z-]+\/(index\.html|search\/index\.html|articles\/(index\.html|minimum-wage\/index\.html|category\/work-and-wages\/index\.html)))$/
    expect(rendered.filter((file) => !showsIt.test(file))).toEqual([])
    for (const lang of LOCALE_CODES)
      expect(rendered).toContain(`${docPath(lang, 'articles', 'minimum-wage').slice(1)}index.html`)
    expect(readFileSync(path.join(dir, 'dist/en/articles/minimum-wage/index.html'), 'utf8')).toContain(
      '最低賃金（三訂）',
    )
  }, 120_000)

  it('rebuilds in the recycled folder to exactly what a clean build makes, without the pages of a deleted document', async () => {
    const extraPage = path.join(dir, 'dist/ja/articles/extra-article/index.html')
    const withExtra = JSON.parse(readFileSync(snapshot, 'utf8'))
    withExtra.articles.push({ ...structuredClone(withExtra.articles[0]), id: 'a2', slug: 'extra-article' })
    writeFileSync(snapshot, JSON.stringify(withExtra))
    await buildSite()
    expect(existsSync(extraPage)).toBe(true)

    const changed = JSON.parse(readFileSync(snapshot, 'utf8'))
    changed.articles.pop()
    changed.articles[0].translations.ja.summary = '要約を変えました'
    writeFileSync(snapshot, JSON.stringify(changed))
    await buildSite()
    expect(existsSync(extraPage)).toBe(false)
    expect(readFileSync(path.join(dir, 'dist/tl/articles/minimum-wage/index.html'), 'utf8')).toContain(
      '要約を変えました',
    )

    process.env.SITE_DIST = path.join(dir, 'clean', 'dist')
    try {
      await buildSite()
    } finally {
      process.env.SITE_DIST = path.join(dir, 'dist')
    }
    const [got, want] = [tree(path.join(dir, 'dist')), tree(path.join(dir, 'clean', 'dist'))]
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort())
    // Byte for byte the same, but for what only a site with a history has: the pages it removed,
    // which the offline worker drops from readers' saved copies.
    const differing = [...want].filter(([file, content]) => got.get(file) !== content).map(([file]) => file)
    expect(differing.sort()).toEqual(['sw-removed.json', 'sw.js'])
    const text = (files: Map<string, string>, file: string) => Buffer.from(files.get(file)!, 'base64').toString('utf8')
    const removedPages = LOCALE_CODES.map((lang) => `/${lang}/articles/extra-article/`).sort()
    expect(
      JSON.parse(text(got, 'sw-removed.json'))
        .map((r: { path: string }) => r.path)
        .sort(),
    ).toEqual(removedPages)
    expect(JSON.parse(text(want, 'sw-removed.json'))).toEqual([])
    const removedLine = (sw: string) => JSON.parse(/^const REMOVED = (.*)$/m.exec(sw)![1]!) as string[]
    expect(removedLine(text(got, 'sw.js')).sort()).toEqual(removedPages)
    expect(text(got, 'sw.js').replace(/^const REMOVED = .*$/m, '')).toBe(
      text(want, 'sw.js').replace(/^const REMOVED = .*$/m, ''),
    )
  }, 180_000)

  it('asks the host to reload once the release is live, and says so on the build when it cannot', async () => {
    const marker = path.join(dir, 'reloaded')
    const reloaded = await buildSite({
      env: { SITE_HOST_RELOAD: `readlink -f "${path.join(dir, 'dist')}" > "${marker}"` },
    })
    // The reload ran after the swap: it saw the new release as the live one.
    expect(readFileSync(marker, 'utf8').trim()).toBe(realpathSync(reloaded.release))
    expect(reloaded.warnings).toEqual([])
    const failed = await buildSite({ env: { SITE_HOST_RELOAD: 'echo "nginx: [emerg] unknown directive" >&2; exit 1' } })
    expect(realpathSync(path.join(dir, 'dist'))).toBe(realpathSync(failed.release))
    expect(failed.warnings).toEqual([
      'the host did not reload ("echo "nginx: [emerg] unknown directive" >&2; exit 1" exited with 1: nginx: [emerg] unknown directive); it serves the new pages with the previous redirects',
    ])
  }, 120_000)

  it('keeps the previous site when a document is invalid, and says which one and why', async () => {
    const before = readFileSync(path.join(dir, 'dist/ja/articles/minimum-wage/index.html'), 'utf8')
    const broken = JSON.parse(readFileSync(snapshot, 'utf8'))
    broken.articles[0].translations.ja.title = ''
    writeFileSync(snapshot, JSON.stringify(broken))
    await expect(buildSite()).rejects.toThrow(/astro build: [\s\S]*articles a1 \(ja\): translations\.ja\.title/)
    expect(readFileSync(path.join(dir, 'dist/ja/articles/minimum-wage/index.html'), 'utf8')).toBe(before)
  }, 120_000)

  it('after a failed build, the next good build publishes the fix everywhere', async () => {
    const fixed = JSON.parse(readFileSync(snapshot, 'utf8'))
    fixed.articles[0].translations.ja.title = '最低賃金（再改訂）'
    writeFileSync(snapshot, JSON.stringify(fixed))
    await buildSite()
    for (const lang of ['ja', 'en', 'my']) {
      expect(readFileSync(path.join(dir, `dist/${lang}/articles/minimum-wage/index.html`), 'utf8')).toContain(
        '最低賃金（再改訂）',
      )
    }
  }, 120_000)
  it('after a slug change, every language’s old address reaches the new page, over the recycled release', async () => {
    const oldPath = (lang: LocaleCode) => docPath(lang, 'articles', 'minimum-wage')
    const newPath = (lang: LocaleCode) => docPath(lang, 'articles', 'minimum-wage-2027')
    // The live site has the article's pages at the old addresses; the next build starts from a copy of it.
    for (const lang of LOCALE_CODES) expect(existsSync(path.join(dir, `dist${oldPath(lang)}index.html`))).toBe(true)
    const renamed = JSON.parse(readFileSync(snapshot, 'utf8'))
    renamed.articles[0].slug = 'minimum-wage-2027'
    renamed.articles[0].updatedAt = new Date().toISOString()
    // What the CMS exports after an editor's rename (tests/int/redirects.int.test.ts).
    renamed.redirects = LOCALE_CODES.map((lang) => ({ id: oldPath(lang), from: oldPath(lang), to: newPath(lang) }))
    writeFileSync(snapshot, JSON.stringify(renamed))
    await buildSite()

    const read = (file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8')
    for (const lang of LOCALE_CODES) {
      expect(read(`${newPath(lang)}index.html`), lang).toContain('最低賃金（再改訂）')
      // The article's old page is gone from the old address: the refresh page stands in its place.
      const left = read(`${oldPath(lang)}index.html`)
      expect(left, lang).not.toContain('最低賃金（再改訂）')
      expect(left, lang).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${newPath(lang)}"`))
      expect(left, lang).toContain(`<link rel="canonical" href="http://localhost:4321${newPath(lang)}"`)
    }
    const byFrom = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from)
    expect(JSON.parse(read('.host/redirects.json')).sort(byFrom)).toEqual(
      LOCALE_CODES.map((lang) => ({ from: oldPath(lang), to: newPath(lang), status: 301 })).sort(byFrom),
    )
    expect(read('.host/nginx.conf')).toContain(`location = ${oldPath('vi')} {`)

    // A host with the release's rules (`pnpm serve` reads them as nginx does) answers the old address.
    const server = await serveStatic(path.join(dir, 'dist'), 0)
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      for (const lang of LOCALE_CODES) {
        const moved = await fetch(`${origin}${oldPath(lang)}`, { redirect: 'manual' })
        expect(moved.status, lang).toBe(301)
        expect(moved.headers.get('location'), lang).toBe(newPath(lang))
        const reached = await fetch(`${origin}${oldPath(lang)}`)
        expect(new URL(reached.url).pathname, lang).toBe(newPath(lang))
        expect(await reached.text(), lang).toContain('最低賃金（再改訂）')
      }
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }, 120_000)
})
