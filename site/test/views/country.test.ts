import { describe, expect, it } from 'vitest'

import { countryCard, countryView } from '../../src/lib/views/country'
import { country } from '../fixtures/views'

describe('country view', () => {
  it('links related articles from the country page itself, in the page’s language', () => {
    const view = countryView(country, 'vi')
    expect(view.relatedArticles).toEqual([
      { label: 'Lương tối thiểu', href: '/vi/articles/minimum-wage/', lang: undefined },
    ])
    expect(view).toMatchObject({ title: 'ベトナム', contentLang: 'ja', isFallback: true })
    expect(view.contacts).toEqual([
      {
        kind: 'embassy',
        name: 'Embassy',
        hours: null,
        lang: 'en',
        phone: '03-1234-5678',
        email: null,
        url: null,
        address: null,
        languages: [{ code: 'vi', name: 'Tiếng Việt' }],
      },
    ])
  })

  it('gives a card labelled with the country', () => {
    expect(countryCard(country, 'en')).toMatchObject({ href: '/en/countries/vietnam/', meta: 'Vietnam' })
  })
})
