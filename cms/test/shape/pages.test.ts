import { describe, expect, it } from 'vitest'

import { shapePages } from '../../src/export/shape/pages'
import { emptyText, inLanguages, page, testContext } from './fixtures'

describe('organisation pages', () => {
  it('gives figures and people their shared values once and their words in each language that has them', () => {
    const { ctx, warnings } = testContext()
    const ja = page({
      id: 'p1',
      sections: [
        { blockType: 'figures', title: '数字', items: [{ label: '会員', value: 800, note: '2025年' }] },
        { blockType: 'people', title: '役員', people: [{ name: 'Sato', role: '理事長' }, { name: 'Tanaka' }] },
      ],
    })
    const en = page({
      id: 'p1',
      title: 'About',
      sections: [
        { blockType: 'figures', title: 'Figures', items: [{ label: 'Members', value: 800 }] },
        { blockType: 'people', title: null, people: [{ name: 'Sato', affiliation: 'Chair' }, { name: 'Tanaka' }] },
      ],
    })
    const [shaped] = shapePages([inLanguages({ ja, en, vi: { ...en, title: 'Giới thiệu', body: emptyText } })], ctx)
    expect(shaped).toMatchObject({ kind: 'about', order: 100 })
    expect(shaped!.sections).toEqual([
      {
        blockType: 'figures',
        translations: { ja: { title: '数字' }, en: { title: 'Figures' }, vi: { title: 'Figures' } },
        items: [
          {
            value: 800,
            translations: {
              ja: { label: '会員', note: '2025年' },
              en: { label: 'Members', note: null },
              vi: { label: 'Members', note: null },
            },
          },
        ],
      },
      {
        blockType: 'people',
        translations: { ja: { title: '役員' } },
        people: [
          {
            name: 'Sato',
            translations: {
              ja: { role: '理事長', affiliation: null },
              en: { role: null, affiliation: 'Chair' },
              vi: { role: null, affiliation: 'Chair' },
            },
          },
          { name: 'Tanaka', translations: {} },
        ],
      },
    ])
    expect(Object.keys(shaped!.translations)).toEqual(['ja', 'en'])
    expect(warnings).toEqual(['pages p1 (vi): has a title but no text; shown in another language until it has'])
  })
})
