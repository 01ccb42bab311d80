import { describe, expect, it } from 'vitest'

import { shapeNewsletters } from '../../src/export/shape/newsletters'
import { emptyText, inLanguages, jaOnly, newsletter, testContext, text } from './fixtures'

describe('newsletter issues', () => {
  it('leaves out cards of documents without a public page and shows the others as their page does', () => {
    const { ctx } = testContext()
    ctx.pages.add('articles', [
      {
        id: 'a1',
        slug: 'wages',
        translations: { ja: { title: '賃金', summary: '要約' }, vi: { title: 'Tiền lương' } },
      },
    ])
    const ja = newsletter({
      id: 'n1',
      sections: [
        { blockType: 'reference', item: { relationTo: 'articles', value: 'a1' }, note: 'ぜひ' },
        { blockType: 'reference', item: { relationTo: 'events', value: 'members-only-event' } },
      ],
    })
    const [shaped] = shapeNewsletters(
      [
        inLanguages({
          ja,
          vi: {
            ...ja,
            subject: 'Bản tin',
            sections: [{ blockType: 'reference', item: { relationTo: 'articles', value: 'a1' }, note: null }],
          },
        }),
      ],
      ctx,
    )
    expect(shaped).toMatchObject({ id: 'n1', slug: 'monthly-7', number: 7, issueDate: '2026-03-01T00:00:00.000Z' })
    expect(shaped!.sections).toEqual([
      {
        blockType: 'reference',
        collection: 'articles',
        id: 'a1',
        slug: 'wages',
        text: { ja: { title: '賃金', summary: '要約' }, vi: { title: 'Tiền lương', summary: null } },
        translations: { ja: { note: 'ぜひ' } },
      },
    ])
    expect(shaped!.translations).toEqual({
      ja: { title: '会報', summary: null, intro: null },
      vi: { title: 'Bản tin', summary: null, intro: null },
    })
  })

  it('leaves out a story’s language that has a heading but no text, and says which story', () => {
    const { ctx, warnings } = testContext()
    const ja = newsletter({
      id: 'n1',
      sections: [{ blockType: 'story', kind: 'interview', heading: '対談', body: text('本文') }],
    })
    const en = {
      ...ja,
      subject: 'Newsletter',
      sections: [{ blockType: 'story' as const, kind: 'interview' as const, heading: 'Interview', body: emptyText }],
    }
    const [shaped] = shapeNewsletters([inLanguages({ ja, en }), jaOnly(newsletter({ id: 'n2' }))], ctx)
    expect(shaped!.sections).toEqual([
      { blockType: 'story', kind: 'interview', translations: { ja: { heading: '対談', body: text('本文') } } },
    ])
    expect(warnings).toEqual([
      'newsletters n1, story 1 (en): has a title but no text; shown in another language until it has',
    ])
  })
})
