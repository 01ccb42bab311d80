import { describe, expect, it } from 'vitest'

import { pageView } from '../../src/lib/views/page'
import { page } from '../fixtures/views'

describe('organisation page view', () => {
  it('lives in English for readers of the languages it is not built in', () => {
    expect(pageView(page, 'vi')).toMatchObject({
      href: '/en/about/',
      title: 'About us',
      isFallback: true,
      contentLang: 'en',
    })
    expect(pageView(page, 'ja')).toMatchObject({ href: '/ja/about/', title: '私たちについて', isFallback: false })
  })

  it('has only the languages organisation pages are built in as its versions, whatever text the CMS holds', () => {
    const withVietnamese = {
      ...page,
      translations: { ...page.translations, vi: { title: 'Về chúng tôi', body: page.translations.en!.body } },
    }
    expect(pageView(withVietnamese, 'en').alternates).toEqual(['ja', 'en'])
  })

  it('shows figures and people, with or without their text', () => {
    expect(pageView(page, 'en').sections).toEqual([
      { kind: 'figures', title: 'In figures', items: [{ value: 120, label: 'Members', note: null }] },
      {
        kind: 'people',
        title: null,
        people: [
          { name: 'Yamada', role: 'Chair', affiliation: null },
          { name: 'Ito', role: null, affiliation: null },
        ],
      },
    ])
  })
})
