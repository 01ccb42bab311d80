/**
 * After a change in one language only that language's search index is made again, and the
 * index assembled from it and the live release's is exactly the one a full run makes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../src/build-site'
import { siteDir } from '../src/paths'
import { indexSearch } from '../src/searchIndex'

const dir = mkdtempSync(path.join(tmpdir(), 'mirai-search-test-'))
const snapshot = path.join(dir, 'snapshot', 'content.json')

/** Every file of the search index with its bytes. */
function indexFiles(release: string): Map<string, string> {
  const root = path.join(release, 'pagefind')
  const files = new Map<string, string>()
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      files.set(
        path.relative(root, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name), 'base64'),
      )
  return files
}

const edit = (change: (content: any) => void) => {
  const content = JSON.parse(readFileSync(snapshot, 'utf8'))
  change(content)
  writeFileSync(snapshot, JSON.stringify(content))
}

beforeAll(() => {
  cpSync(path.join(siteDir, 'test/fixtures/minimal'), path.dirname(snapshot), { recursive: true })
  process.env.SNAPSHOT_DIR = path.dirname(snapshot)
  process.env.SITE_DIST = path.join(dir, 'dist')
  edit((content) => {
    const article = content.articles[0]
    article.translations.vi = { ...article.translations.ja, title: 'Lương tối thiểu', summary: 'Tóm tắt' }
  })
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('search index', () => {
  it('indexes again only the language that changed, to the index a full run makes', async () => {
    expect((await buildSite()).searchIndexed).toBe('all')
    // The first rebuild renders everything (no history of the live release), so index it once more.
    await buildSite()
    const before = indexFiles(path.join(dir, 'dist'))

    edit((content) => (content.articles[0].translations.vi.title = 'Lương tối thiểu năm 2026'))
    const result = await buildSite()
    expect(result.searchIndexed).toEqual(['vi'])
    const after = indexFiles(path.join(dir, 'dist'))
    // Japanese is kept as it was; Vietnamese is new.
    const of = (files: Map<string, string>, prefix: string) =>
      [...files].filter(([file]) => file.startsWith(prefix) || file.includes(`${path.sep}${prefix}`))
    expect(of(after, 'ja_')).toEqual(of(before, 'ja_'))
    expect(of(after, 'vi_')).not.toEqual(of(before, 'vi_'))
    const entry = JSON.parse(Buffer.from(after.get('pagefind-entry.json')!, 'base64').toString('utf8'))
    expect(Object.keys(entry.languages).sort()).toEqual(['ja', 'vi'])

    // The same release indexed from scratch.
    const copy = path.join(dir, 'full')
    cpSync(realpathSync(path.join(dir, 'dist')), copy, { recursive: true })
    await indexSearch(copy)
    expect(after).toEqual(indexFiles(copy))
  }, 180_000)

  it('drops the index of a language whose pages are gone', async () => {
    // Vietnamese readers now get the Japanese text, which is not indexed as Vietnamese.
    edit((content) => {
      delete content.articles[0].translations.vi
      content.articles[0].translations.ja.title = '最低賃金（改訂）'
    })
    const result = await buildSite()
    // Every language shows the Japanese title somewhere; the index is still assembled, not made anew.
    expect(result.searchIndexed).toContain('vi')
    expect(result.searchIndexed).not.toBe('all')
    const after = indexFiles(path.join(dir, 'dist'))
    expect([...after.keys()].filter((file) => file.includes('vi_'))).toEqual([])
    const entry = JSON.parse(Buffer.from(after.get('pagefind-entry.json')!, 'base64').toString('utf8'))
    expect(Object.keys(entry.languages)).toEqual(['ja'])
    const copy = path.join(dir, 'full-again')
    cpSync(realpathSync(path.join(dir, 'dist')), copy, { recursive: true })
    await indexSearch(copy)
    expect(after).toEqual(indexFiles(copy))
  }, 120_000)

  it('indexes no language again for an urgent alert, which every page shows but the index leaves out', async () => {
    await buildSite()
    const before = indexFiles(path.join(dir, 'dist'))
    const title = 'Typhoon warning for the whole country'
    edit((content) => {
      content.alerts = [
        {
          id: 'alert-1',
          updatedAt: new Date().toISOString(),
          kind: 'typhoon',
          severity: 'critical',
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 86_400_000).toISOString(),
          prefectures: [],
          link: null,
          translations: { en: { title } },
        },
      ]
    })
    const result = await buildSite()
    expect(result.searchIndexed).toEqual([])
    const home = readFileSync(path.join(dir, 'dist', 'ja', 'index.html'), 'utf8')
    expect(home).toContain(title)
    expect(indexFiles(path.join(dir, 'dist'))).toEqual(before)
    const copy = path.join(dir, 'full-with-alert')
    cpSync(realpathSync(path.join(dir, 'dist')), copy, { recursive: true })
    await indexSearch(copy)
    expect(indexFiles(path.join(dir, 'dist'))).toEqual(indexFiles(copy))
  }, 120_000)
  it('indexes again only the language of a published text, though every language shows the new date', async () => {
    edit((content) => {
      content.alerts = []
      content.articles[0].translations.vi = { ...content.articles[0].translations.ja, title: 'Lương tối thiểu' }
    })
    await buildSite()
    const before = indexFiles(path.join(dir, 'dist'))
    // A publish in the CMS: the Vietnamese title and the document's date (on the page of every language).
    const updatedAt = new Date().toISOString()
    edit((content) => {
      content.articles[0].translations.vi.title = 'Lương tối thiểu (sửa đổi)'
      content.articles[0].updatedAt = updatedAt
    })
    const result = await buildSite()
    expect(readFileSync(path.join(dir, 'dist', 'ja', 'articles', 'minimum-wage', 'index.html'), 'utf8')).toContain(
      `datetime="${updatedAt}"`,
    )
    expect(result.searchIndexed).toEqual(['vi'])
    const after = indexFiles(path.join(dir, 'dist'))
    expect([...after].filter(([file]) => file.includes('ja_'))).toEqual(
      [...before].filter(([file]) => file.includes('ja_')),
    )
    const copy = path.join(dir, 'full-after-publish')
    cpSync(realpathSync(path.join(dir, 'dist')), copy, { recursive: true })
    await indexSearch(copy)
    expect(after).toEqual(indexFiles(copy))
  }, 180_000)
})
