import { describe, expect, it } from 'vitest'

import { shapeArticles } from '../../src/export/shape/articles'
import { article, emptyText, image, inLanguages, jaOnly, testContext, text, video } from './fixtures'

const noTags = new Map()

describe('articles', () => {
  it('keeps only the languages really translated, so the site falls back for the others', () => {
    const { ctx } = testContext()
    const doc = article({ id: 'a1', title: '賃金', summary: '要約' })
    const [shaped] = shapeArticles(
      [
        inLanguages({
          ja: doc,
          vi: { ...doc, title: 'Tiền lương', summary: null, body: text('Nội dung') },
          en: { ...doc, title: '', body: emptyText },
        }),
      ],
      ctx,
      noTags,
    )
    expect(Object.keys(shaped!.translations)).toEqual(['ja', 'vi'])
    expect(shaped!.translations.vi).toMatchObject({ title: 'Tiền lương', summary: null })
    expect(shaped).toMatchObject({
      id: 'a1',
      slug: 'article-a1',
      updatedAt: '2026-01-02T03:04:05.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
    })
  })

  it('leaves out a language with a title but no text, and says so', () => {
    const { ctx, warnings } = testContext()
    const doc = article({ id: 'a1' })
    const [shaped] = shapeArticles(
      [inLanguages({ ja: doc, my: { ...doc, title: 'Title only', body: emptyText } })],
      ctx,
      noTags,
    )
    expect(Object.keys(shaped!.translations)).toEqual(['ja'])
    expect(warnings).toEqual(['articles a1 (my): has a title but no text; shown in another language until it has'])
  })

  it('gives related videos with their slug and titles, and drops those without a public page', () => {
    const { ctx } = testContext()
    ctx.pages.add('videos', [
      { id: 'v1', slug: 'how-to-rest', translations: { ja: { title: '休み方' }, vi: { title: 'Cách nghỉ' } } },
    ])
    const [shaped] = shapeArticles(
      [jaOnly(article({ id: 'a1', relatedVideos: ['v1', 'draft-video', video({ id: 'v1' })] }))],
      ctx,
      noTags,
    )
    const link = {
      id: 'v1',
      slug: 'how-to-rest',
      translations: { ja: { title: '休み方' }, vi: { title: 'Cách nghỉ' } },
    }
    expect(shaped!.relatedVideos).toEqual([link, link])
  })

  it('carries its tags in full, its public hero image, and the slug of public documents it links to', () => {
    const { ctx } = testContext({ images: { m1: image('m1') }, slugs: { 'articles:a2': 'overtime' } })
    const tags = new Map([['t1', { id: 't1', slug: 'wages', name: { ja: '賃金' } }]])
    const body = text('残業', { relationTo: 'articles', value: 'a2' })
    const [withImage, hidden] = shapeArticles(
      [
        jaOnly(article({ id: 'a1', tags: ['t1', 'unknown'], heroImage: 'm1', body })),
        jaOnly(
          article({
            id: 'a3',
            heroImage: 'private-image',
            body: text('下書き', { relationTo: 'articles', value: 'draft' }),
          }),
        ),
      ],
      ctx,
      tags,
    )
    expect(withImage!.tags).toEqual([{ id: 't1', slug: 'wages', name: { ja: '賃金' } }])
    expect(withImage!.heroImage).toEqual(image('m1'))
    expect(hidden!.heroImage).toBeNull()
    const linkOf = (shaped: typeof withImage) =>
      (shaped!.translations.ja!.body.root.children[0] as { children: { fields: unknown }[] }).children[0]!.fields
    expect(linkOf(withImage)).toEqual({
      linkType: 'internal',
      doc: { relationTo: 'articles', value: { id: 'a2', slug: 'overtime' } },
    })
    // A link to a draft keeps only the id: the site shows its text without a link.
    expect(linkOf(hidden)).toEqual({ linkType: 'internal', doc: { relationTo: 'articles', value: 'draft' } })
  })
})
