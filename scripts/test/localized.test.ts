import { describe, expect, it } from 'vitest'

import { fold, rowsOf, translationsOf, type PerLocale } from '../src/export/localized'
import { slimRichText } from '../src/export/richText'

describe('folding per-language query results into one document', () => {
  const perLocale: PerLocale = new Map([
    ['ja', [{ id: 1, slug: 'a', title: '題名', contacts: [{ id: 'r1', kind: 'embassy', name: '大使館' }, { id: 'r2', kind: 'hotline', name: '相談' }] }]],
    ['vi', [{ id: 1, slug: 'a', title: 'Tiêu đề', contacts: [{ id: 'r1', kind: 'embassy', name: 'Đại sứ quán' }, { id: 'r2', kind: 'hotline', name: null }] }]],
    ['en', [{ id: 1, slug: 'a', title: null, contacts: [{ id: 'r1', kind: 'embassy', name: null }, { id: 'r2', kind: 'hotline', name: null }] }]],
  ])

  it('keeps only the languages that have their own text', () => {
    const [doc] = fold(perLocale, 'ja', ({ base, byLocale }) => ({
      slug: base.slug,
      translations: translationsOf(byLocale, (d) => Boolean(d.title), (d) => d.title),
    }))
    expect(doc).toEqual({ slug: 'a', translations: { ja: '題名', vi: 'Tiêu đề' } })
  })

  it('gives each shared row its text per language', () => {
    const [contacts] = fold(perLocale, 'ja', ({ base, byLocale }) =>
      rowsOf(byLocale, base.contacts, (d) => d.contacts, (r) => ({ kind: r.kind }), (r) => Boolean(r.name), (r) => ({ name: r.name })),
    )
    expect(contacts).toEqual([
      { kind: 'embassy', translations: { ja: { name: '大使館' }, vi: { name: 'Đại sứ quán' } } },
      { kind: 'hotline', translations: { ja: { name: '相談' } } },
    ])
  })
})

describe('slimRichText', () => {
  const tree = {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: 'x', slug: 'wages', body: { huge: true } } } }, children: [] },
            { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'draft-id' } }, children: [] },
          ],
        },
        { type: 'upload', relationTo: 'media', value: 'img1' },
      ],
    },
  }

  it('keeps only the id and slug of linked documents and resolves uploads to images', () => {
    const slim = slimRichText(tree, { image: (v) => (v === 'img1' ? ({ id: 'img1', url: '/media/a.jpg' } as never) : null), slug: (c, id) => (c === 'articles' && id === 'x' ? 'wages' : undefined) }) as any
    const [published, unpublished] = slim.root.children[0].children
    expect(published.fields.doc).toEqual({ relationTo: 'articles', value: { id: 'x', slug: 'wages' } })
    expect(unpublished.fields.doc).toEqual({ relationTo: 'articles', value: 'draft-id' })
    expect(slim.root.children[1].value).toEqual({ id: 'img1', url: '/media/a.jpg' })
  })

  it('gives null for anything that is not rich text', () => {
    expect(slimRichText(null, { image: () => null, slug: () => undefined })).toBeNull()
    expect(slimRichText('text', { image: () => null, slug: () => undefined })).toBeNull()
  })
})
