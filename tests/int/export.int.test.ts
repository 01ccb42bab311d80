import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildSnapshot, ExportCache } from '@mirai/cms/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, paragraph } from './helpers/fixtures'
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
    await payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'vi',
      data: { title: 'Công khai', body: paragraph('vi') } as never,
    })
    await createArticle(payload, { slug: 'draft-one', _status: 'draft' })
    const event = (slug: string, audience: string) =>
      payload.create({
        collection: 'events',
        locale: 'ja',
        data: {
          title: slug,
          slug,
          kind: 'seminar',
          audience,
          start: '2026-12-01T14:00:00+09:00',
          end: '2026-12-01T16:00:00+09:00',
          online: true,
          _status: 'published',
        } as never,
      })
    await event('open-seminar', 'public')
    await event('members-gathering', 'members-only')
    await payload.create({
      collection: 'organisations',
      data: { name: 'Listed', slug: 'listed', category: 'business', joinedAt: '2021-01-01', public: true } as never,
    })
    await payload.create({
      collection: 'organisations',
      data: {
        name: 'Unlisted',
        slug: 'unlisted',
        category: 'business',
        joinedAt: '2021-01-01',
        public: false,
      } as never,
    })

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
    expect((first.snapshot.articles as any[]).map((a) => a.slug)).toEqual(
      expect.arrayContaining(['kept-as-is', 'edited-later', 'removed-later']),
    )

    await payload.update({
      collection: 'articles',
      id: edited.id,
      locale: 'vi',
      data: { title: 'Đã sửa', body: paragraph('vi') } as never,
    })
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

describe('files the export publishes', () => {
  const mediaDir = () => (cms.payload.collections.media!.config.upload as { staticDir: string }).staticDir
  const withImage = async (slug: string, name: string) => {
    const image: any = await cms.payload.create({
      collection: 'media',
      locale: 'ja',
      data: { alt: `${slug}の画像` } as never,
      file: await imageFile(name),
    })
    await createArticle(cms.payload, { slug, heroImage: image.id })
    return image
  }
  const exported = async (slug: string) => {
    const { snapshot, media } = await buildSnapshot(cms.payload)
    return { article: (snapshot.articles as any[]).find((a) => a.slug === slug), media }
  }

  it('hardening 1: copies only files whose name and content are a type the site publishes', async () => {
    // What an upload made before the CMS named files by their content could have left behind.
    const polyglot: any = await withImage('legacy-polyglot', 'legacy.png')
    renameSync(path.join(mediaDir(), polyglot.filename), path.join(mediaDir(), 'legacy.html'))
    await cms.payload.db.updateOne({ collection: 'media', id: polyglot.id, data: { filename: 'legacy.html' } as never })
    const disguised: any = await withImage('disguised-page', 'disguised.png')
    writeFileSync(path.join(mediaDir(), disguised.filename), '<!doctype html><script>alert(document.cookie)</script>')

    const first = await exported('legacy-polyglot')
    expect(first.article.heroImage).toBeNull()
    expect((await exported('disguised-page')).article.heroImage).toBeNull()
    expect(first.media.warnings).toEqual(
      expect.arrayContaining([
        `media ${polyglot.id}: "legacy.html" (image/png) is not a file type the site publishes; left out of the site`,
        `media ${disguised.id}: "${disguised.filename}" is not really image/png (its content is of no type the site publishes); left out of the site`,
      ]),
    )
    const target = mkdtempSync(path.join(tmpdir(), 'mirai-export-media-'))
    try {
      writeFileSync(path.join(target, 'stale.html'), 'left by an older export')
      await first.media.copyUsedFiles(target)
      expect(readdirSync(target).filter((f) => !/\.(png|webp|jpg)$/.test(f))).toEqual([])
    } finally {
      rmSync(target, { recursive: true, force: true })
    }
  })

  it('hardening 8: an image whose file is missing is left out with a warning, and the export still succeeds', async () => {
    const image: any = await withImage('lost-file', 'lost.png')
    const card = image.sizes.card.filename
    rmSync(path.join(mediaDir(), image.filename))
    const { article, media } = await exported('lost-file')
    expect(article.heroImage).toBeNull()
    expect(media.warnings).toContain(
      `media ${image.id}: "${image.filename}" is missing from the CMS's files; left out of the site`,
    )
    // Only a size missing: the image stays, without that size.
    const partial: any = await withImage('lost-size', 'partial.png')
    rmSync(path.join(mediaDir(), partial.sizes.thumb.filename))
    const again = await exported('lost-size')
    expect(again.article.heroImage.sizes.thumb).toBeUndefined()
    expect(again.article.heroImage.url).toBe(`/media/${partial.filename}`)
    expect(again.media.warnings).toContain(
      `media ${partial.id}, size thumb: "${partial.sizes.thumb.filename}" is missing from the CMS's files; that size is left out`,
    )
    expect(existsSync(path.join(mediaDir(), card))).toBe(true)
  })
})
