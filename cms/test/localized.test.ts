import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { rowsOf, translationsOf } from '../src/export/localized'
import { slimRichText } from '../src/export/richText'
import { inLocales, pickLocale } from '../src/export/splitLocales'

interface Contact {
  id: string
  kind: string
  name: string | null
}
interface Doc {
  id: number
  slug: string
  title: string | null
  contacts: Contact[]
}

// The part of a field config the split reads: names, types, which fields are localized.
const fields = [
  { name: 'slug', type: 'text' },
  { name: 'title', type: 'text', localized: true },
  {
    name: 'contacts',
    type: 'array',
    flattenedFields: [
      { name: 'kind', type: 'select' },
      { name: 'name', type: 'text', localized: true },
    ],
  },
] as unknown as FlattenedField[]

describe('one document of a locale "all" answer, in every language', () => {
  // As Payload answers `locale: 'all'`: localized values keyed by language, shared ones once.
  const answer = {
    id: 1,
    slug: 'a',
    title: { ja: '題名', vi: 'Tiêu đề', en: null },
    contacts: [
      { id: 'r1', kind: 'embassy', name: { ja: '大使館', vi: 'Đại sứ quán' } },
      { id: 'r2', kind: 'hotline', name: { ja: '相談' } },
    ],
  }
  const { base, byLocale } = inLocales<Doc>(answer, fields)

  it('keeps only the languages that have their own text', () => {
    const doc = {
      slug: base.slug,
      translations: translationsOf(
        byLocale,
        (d) => Boolean(d.title),
        (d) => d.title,
      ),
    }
    expect(doc).toEqual({ slug: 'a', translations: { ja: '題名', vi: 'Tiêu đề' } })
  })

  it('gives each shared row its text per language', () => {
    const contacts = rowsOf(
      byLocale,
      base.contacts,
      (d) => d.contacts,
      (r) => ({ kind: r.kind }),
      (r) => Boolean(r.name),
      (r) => ({ name: r.name }),
    )
    expect(contacts).toEqual([
      { kind: 'embassy', translations: { ja: { name: '大使館' }, vi: { name: 'Đại sứ quán' } } },
      { kind: 'hotline', translations: { ja: { name: '相談' } } },
    ])
  })

  it('reads a language as a query in that language without fallback would', () => {
    expect(base).toEqual({
      id: 1,
      slug: 'a',
      title: '題名',
      contacts: [
        { id: 'r1', kind: 'embassy', name: '大使館' },
        { id: 'r2', kind: 'hotline', name: '相談' },
      ],
    })
    expect(pickLocale(answer, fields, 'en')).toEqual({
      id: 1,
      slug: 'a',
      title: null,
      contacts: [
        { id: 'r1', kind: 'embassy', name: null },
        { id: 'r2', kind: 'hotline', name: null },
      ],
    })
    expect([...byLocale.keys()]).toEqual(['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'])
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
            {
              type: 'link',
              fields: {
                linkType: 'internal',
                doc: { relationTo: 'articles', value: { id: 'x', slug: 'wages', body: { huge: true } } },
              },
              children: [],
            },
            {
              type: 'link',
              fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'draft-id' } },
              children: [],
            },
          ],
        },
        { type: 'upload', relationTo: 'media', value: 'img1' },
      ],
    },
  }

  it('keeps only the id and slug of linked documents and resolves uploads to images', () => {
    const slim = slimRichText(tree, {
      image: (v) => (v === 'img1' ? ({ id: 'img1', url: '/media/a.jpg' } as never) : null),
      slug: (c, id) => (c === 'articles' && id === 'x' ? 'wages' : undefined),
    }) as any
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
