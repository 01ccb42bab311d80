import { buildSnapshot, ExportCache } from '@mirai/scripts/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, paragraph } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('export for the public site', () => {
  it('contains exactly what an anonymous reader may see, with only the languages really translated', async () => {
    const { payload } = cms
    const published = await createArticle(payload, { slug: 'published-one', title: '公開' })
    await payload.update({ collection: 'articles', id: published.id, locale: 'vi', data: { title: 'Công khai', body: paragraph('vi') } as never })
    await createArticle(payload, { slug: 'draft-one', _status: 'draft' })
    const event = (slug: string, audience: string) =>
      payload.create({
        collection: 'events',
        locale: 'ja',
        data: { title: slug, slug, kind: 'seminar', audience, start: '2026-12-01T14:00:00+09:00', end: '2026-12-01T16:00:00+09:00', online: true, _status: 'published' } as never,
      })
    await event('open-seminar', 'public')
    await event('members-gathering', 'members-only')
    await payload.create({ collection: 'organisations', data: { name: 'Listed', slug: 'listed', category: 'business', joinedAt: '2021-01-01', public: true } as never })
    await payload.create({ collection: 'organisations', data: { name: 'Unlisted', slug: 'unlisted', category: 'business', joinedAt: '2021-01-01', public: false } as never })

    const { snapshot } = await buildSnapshot(payload)
    const articles = snapshot.articles as any[]
    expect(articles.map((a) => a.slug)).toEqual(['published-one'])
    expect(Object.keys(articles[0].translations).sort()).toEqual(['ja', 'vi'])
    expect(articles[0].translations.vi.title).toBe('Công khai')
    expect((snapshot.events as any[]).map((e) => e.slug)).toEqual(['open-seminar'])
    expect((snapshot.organisations as any[]).map((o) => o.slug)).toEqual(['listed'])
  })

  it('validates against the schemas the site checks at its boundary', async () => {
    const schemas = await import('@mirai/content-schemas/schemas')
    const { snapshot } = await buildSnapshot(cms.payload)
    for (const doc of snapshot.articles) expect(schemas.article.safeParse(doc).success).toBe(true)
    for (const doc of snapshot.events) expect(schemas.event.safeParse(doc).success).toBe(true)
  })

  it('re-reads only new and changed documents, and still equals a full export', async () => {
    const { payload } = cms
    const cache = new ExportCache()
    const kept = await createArticle(payload, { slug: 'kept-as-is', title: 'そのまま' })
    const edited = await createArticle(payload, { slug: 'edited-later', title: '編集前' })
    const removed = await createArticle(payload, { slug: 'removed-later', title: '削除' })
    const first = await buildSnapshot(payload, cache)
    expect((first.snapshot.articles as any[]).map((a) => a.slug)).toEqual(expect.arrayContaining(['kept-as-is', 'edited-later', 'removed-later']))

    await payload.update({ collection: 'articles', id: edited.id, locale: 'vi', data: { title: 'Đã sửa', body: paragraph('vi') } as never })
    await payload.delete({ collection: 'articles', id: removed.id })
    await createArticle(payload, { slug: 'added-later', title: '追加' })
    const readBefore = cache.documentsRead
    const second = await buildSnapshot(payload, cache)
    expect(cache.documentsRead - readBefore).toBe(2)

    const articles = second.snapshot.articles as any[]
    expect(articles.find((a) => a.slug === 'edited-later').translations.vi.title).toBe('Đã sửa')
    expect(articles.find((a) => a.slug === 'kept-as-is').id).toBe(String(kept.id))
    expect(articles.map((a) => a.slug)).not.toContain('removed-later')
    expect(articles.map((a) => a.slug)).toContain('added-later')

    const full = await buildSnapshot(payload)
    expect({ ...second.snapshot, generatedAt: null }).toEqual({ ...full.snapshot, generatedAt: null })
  })
})
