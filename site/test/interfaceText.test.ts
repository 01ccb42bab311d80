/**
 * Interface text edited in the CMS, at the site's end: the snapshot's `interfaceText` is loaded
 * (or taken as none in an older snapshot), refused with a message naming language, key and
 * placeholder when a text lost one, applied once before anything calls t(), and part of every
 * page's cache key. The build itself: tests/int/interfaceText.int.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { interfaceText } from '@mirai/content-schemas/schemas'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import minimal from './fixtures/minimal/content.json' with { type: 'json' }

const getCollection = vi.fn()
vi.mock('astro:content', () => ({ getCollection }))
vi.mock('astro:middleware', () => ({ defineMiddleware: <T>(handler: T) => handler }))

/** The collection's schema as content.config.ts declares it (that file needs Astro to load). */
const schema = interfaceText.default({})
const dir = mkdtempSync(path.join(tmpdir(), 'mirai-interface-text-'))

/**
 * The modules as a new build process has them: t()'s table and the memo of applyInterfaceText are
 * module state, so each test starts from the code's strings, not yet applied.
 */
const fresh = async () => {
  vi.resetModules()
  return {
    ...(await import('@mirai/content-schemas/i18n')),
    ...(await import('../src/lib/interfaceText')),
    ...(await import('../src/lib/cacheKey')),
  }
}

beforeEach(() => getCollection.mockReset())
afterEach(() => {
  delete process.env.SNAPSHOT_DIR
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What the loader stores from a snapshot `extra` is merged into, as Astro's store would hold it. */
async function loadFrom(name: string, extra: Record<string, unknown>) {
  const { snapshotSingleton } = await import('../src/loaders/snapshot')
  const folder = path.join(dir, name)
  const { mkdirSync } = await import('node:fs')
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, 'content.json'), JSON.stringify({ ...minimal, ...extra }))
  process.env.SNAPSHOT_DIR = folder
  const stored = new Map<string, unknown>()
  const store = { set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) }
  await snapshotSingleton('interfaceText', schema).load({ store, generateDigest: () => 'd' } as never)
  return stored
}

describe('the interfaceText collection', () => {
  it('is empty for a snapshot from before it, and for an empty table', async () => {
    expect('interfaceText' in minimal).toBe(false)
    expect((await loadFrom('older', {})).get('default')).toEqual({})
    expect((await loadFrom('empty', { interfaceText: {} })).get('default')).toEqual({})
  })

  it('holds the edited texts by language and key', async () => {
    const table = { vi: { 'nav.home': 'Trang đầu (sửa)' }, ja: { 'finder.count': '{count}件' } }
    expect((await loadFrom('edited', { interfaceText: table })).get('default')).toEqual(table)
  })

  it('stops the build naming the language, key and placeholder of a text that lost one', async () => {
    const broken = { vi: { 'finder.count': 'Có dịch vụ phù hợp', 'nav.home': 'Trang đầu' } }
    const failed = loadFrom('broken', { interfaceText: broken })
    await expect(failed).rejects.toMatchObject({
      name: 'SnapshotError',
      problems: [
        'interfaceText default: vi.finder.count: interface text "finder.count" in vi lacks the placeholder {count}',
      ],
    })
    await expect(failed).rejects.toThrow(/^The content snapshot has 1 invalid value\(s\); the site was not built:/)
  })
})

describe('applying the edited text', () => {
  it('reads the collection once, however many pages and content reads ask, before they go on', async () => {
    let release = () => {}
    getCollection.mockImplementation(async (name: string) => {
      if (name !== 'interfaceText') return [{ id: 'a1', data: { seen: t('vi', 'nav.home') } }]
      await new Promise<void>((resolve) => (release = resolve))
      return [{ id: 'default', data: { vi: { 'nav.home': 'Trang đầu (sửa)' } } }]
    })
    const { t, applyInterfaceText } = await fresh()
    const { onRequest } = await import('../src/middleware')
    const content = await import('../src/lib/content')
    const next = vi.fn(() => t('vi', 'nav.home'))
    const rendered = (onRequest as unknown as (c: unknown, n: () => unknown) => Promise<unknown>)({}, next)
    const read = content.articles()
    await new Promise((resolve) => setTimeout(resolve, 10))
    // Neither the page nor the content read goes on before the text is in place.
    expect(next).not.toHaveBeenCalled()
    release()
    expect(await rendered).toBe('Trang đầu (sửa)')
    expect(await read).toEqual([{ seen: 'Trang đầu (sửa)' }])
    await applyInterfaceText()
    expect(getCollection.mock.calls.filter(([name]) => name === 'interfaceText')).toHaveLength(1)
  })

  it('takes a snapshot without interface text as the code’s strings', async () => {
    getCollection.mockResolvedValue([])
    const { t, applyEditedUiText, applyInterfaceText } = await fresh()
    applyEditedUiText({ vi: { 'nav.home': 'left over' } })
    await applyInterfaceText()
    expect(t('vi', 'nav.home')).toBe('Trang chủ')
  })
})

describe('cache keys', () => {
  it('are refused before the text is applied, and change with it', async () => {
    getCollection.mockResolvedValue([{ id: 'default', data: {} }])
    const { cacheKeyOf, applyInterfaceText, applyEditedUiText } = await fresh()
    expect(() => cacheKeyOf({ page: 1 })).toThrow(/before the interface text was applied/)
    await applyInterfaceText()
    const plain = cacheKeyOf({ page: 1 })
    expect(cacheKeyOf({ page: 1 })).toBe(plain)
    applyEditedUiText({ vi: { 'nav.home': 'Trang đầu (sửa)' } })
    const edited = cacheKeyOf({ page: 1 })
    expect(edited).not.toBe(plain)
    applyEditedUiText({ vi: { 'nav.home': 'Trang đầu (sửa lần 2)' } })
    expect(cacheKeyOf({ page: 1 })).not.toBe(edited)
    // Back to the code's strings: the key of a build without edits.
    applyEditedUiText({})
    expect(cacheKeyOf({ page: 1 })).toBe(plain)
  })
})

describe('strings built from the interface text', () => {
  it('are the edited ones in the service worker’s notes and the search interface', async () => {
    const { t, applyEditedUiText } = await fresh()
    applyEditedUiText({
      vi: {
        'nav.home': 'Trang đầu (sửa)',
        'search.placeholder': 'Gõ để tìm (sửa)',
        'offline.saved': 'Lưu {date} (sửa)',
      },
    })
    const { GET } = await import('../src/pages/sw-strings.json')
    const { notes } = await GET().json()
    expect(notes.vi.home).toBe('Trang đầu (sửa)')
    expect(notes.vi.saved).toEqual(['Lưu ', ' (sửa)'])
    expect(notes.ja.home).toBe('ホーム')
    const { pagefindStrings } = await import('../src/lib/searchStrings')
    expect(pagefindStrings('vi').placeholder).toBe('Gõ để tìm (sửa)')
    expect(pagefindStrings('ja').placeholder).toBe(t('ja', 'search.placeholder'))
  })
})
