// TEMPORARY (helper SNAPSHOT): compares the old one-function buildSnapshot with the split one on one seeded CMS.
import { writeFileSync } from 'node:fs'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { startCms, type TestCms } from './helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.close()
})

it('gives the same snapshot', async () => {
  const { payload } = cms
  const { seed } = await import('@mirai/cms/seed')
  await seed(payload)
  const notes: string[] = []
  const attempt = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run()
      notes.push(`ok: ${what}`)
    } catch (error) {
      notes.push(`FAILED: ${what}: ${String(error).slice(0, 300)}`)
    }
  }
  const pages: any = await payload.find({ collection: 'pages', limit: 1, depth: 0 })
  const articles: any = await payload.find({ collection: 'articles', limit: 2, depth: 0 })
  await attempt('vi title without body', async () => {
    const { createArticle } = await import('./helpers/fixtures')
    const a: any = await createArticle(payload, { slug: 'title-only-vi', title: '題名のみ' })
    await payload.update({ collection: 'articles', id: a.id, locale: 'my', draft: true, data: { title: 'Title only', body: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } } } as never })
    await payload.update({ collection: 'articles', id: a.id, locale: 'ja', data: { _status: 'published', summary: 'x' } as never })
  })
  await attempt('video without source', () =>
    payload.create({ collection: 'videos', locale: 'ja', data: { title: '動画なし', slug: 'no-source-video', _status: 'published' } as never }),
  )
  await attempt('members event', () =>
    payload.create({ collection: 'events', locale: 'ja', data: { title: '会員', slug: 'members-only-x', kind: 'seminar', audience: 'members-only', online: true, start: '2026-12-01T14:00:00+09:00', end: '2026-12-01T16:00:00+09:00', organiser: { kind: 'jp-mirai' }, _status: 'published' } as never }),
  )
  await attempt('vi nav to org page', async () => {
    const nav: any = await payload.findGlobal({ slug: 'navigation', locale: 'vi', depth: 0 })
    const items = [...nav.items, { label: 'Giới thiệu', type: 'document', document: { relationTo: 'pages', value: pages.docs[0].id } }, { label: 'Ngoài', type: 'custom', url: 'https://example.org/' }]
    await payload.updateGlobal({ slug: 'navigation', locale: 'vi', data: { items } as never })
  })
  const { buildSnapshot } = await import('@mirai/scripts/snapshot')
  const before = await import('../../scripts/src/export/snapshotBefore.tmp')
  const a = await before.buildSnapshot(payload)
  const b = await buildSnapshot(payload)
  const norm = (s: any) => JSON.stringify({ ...s, generatedAt: 'x' })
  writeFileSync('/tmp/snapshot-helper/before.json', norm(a.snapshot))
  writeFileSync('/tmp/snapshot-helper/after.json', norm(b.snapshot))
  writeFileSync('/tmp/snapshot-helper/notes.txt', [...notes, '--- warnings before', ...a.warnings, '--- warnings after', ...b.warnings].join('\n'))
  expect(norm(b.snapshot)).toBe(norm(a.snapshot))
  expect(b.warnings).toEqual(a.warnings)
  expect(a.snapshot.articles.length).toBeGreaterThan(3)
})
