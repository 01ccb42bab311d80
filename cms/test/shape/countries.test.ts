import { describe, expect, it } from 'vitest'

import { shapeCountries } from '../../src/export/shape/countries'
import { country, emptyText, inLanguages, jaOnly, testContext, text } from './fixtures'

describe('country pages', () => {
  it('needs both texts in a language, and names the missing ones', () => {
    const { ctx, warnings } = testContext()
    const doc = country({ id: 'c1' })
    const [shaped] = shapeCountries(
      [
        inLanguages({
          ja: doc,
          vi: { ...doc, title: 'Việt Nam', sendingScheme: text('Phái cử') },
          en: { ...doc, title: 'Viet Nam', sendingScheme: emptyText, recruitmentFees: emptyText },
        }),
      ],
      ctx,
    )
    expect(Object.keys(shaped!.translations)).toEqual(['ja', 'vi'])
    expect(warnings).toEqual([
      'countries c1 (en): has a title but no sending scheme or recruitment fees; shown in another language until it has',
    ])
  })

  it('gives each contact its shared details once and its name in each language that has one', () => {
    const { ctx } = testContext()
    const ja = country({
      id: 'c1',
      contacts: [{ kind: 'embassy', name: '大使館', phone: '03-0000-0000', languages: ['vi'] }],
    })
    const vi = { ...ja, contacts: [{ kind: 'embassy' as const, name: 'Đại sứ quán', hours: '9–17' }] }
    const [shaped] = shapeCountries(
      [inLanguages({ ja, vi, en: { ...ja, contacts: [{ kind: 'embassy' as const, name: '' }] } })],
      ctx,
    )
    expect(shaped!.contacts).toEqual([
      {
        kind: 'embassy',
        phone: '03-0000-0000',
        email: null,
        url: null,
        address: null,
        languages: ['vi'],
        translations: { ja: { name: '大使館', hours: null }, vi: { name: 'Đại sứ quán', hours: '9–17' } },
      },
    ])
  })

  it('links only to public articles', () => {
    const { ctx } = testContext()
    ctx.pages.add('articles', [{ id: 'a1', slug: 'wages', translations: { ja: { title: '賃金', summary: '要約' } } }])
    const [shaped] = shapeCountries([jaOnly(country({ id: 'c1', relatedArticles: ['a1', 'a-draft'] }))], ctx)
    expect(shaped!.relatedArticles).toEqual([{ id: 'a1', slug: 'wages', translations: { ja: { title: '賃金' } } }])
  })
})
