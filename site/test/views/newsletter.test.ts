import { describe, expect, it } from 'vitest'

import { newsletterCard, newsletterView } from '../../src/lib/views/newsletter'
import { newsletter } from '../fixtures/views'

describe('newsletter archive view', () => {
  it('shows stories and cards as the shared resolver picks them, linked within the site', () => {
    const view = newsletterView(newsletter, 'vi', 'Số 30')
    expect(view).toMatchObject({
      title: 'October issue',
      contentLang: 'en',
      isFallback: true,
      href: '/vi/newsletters/monthly-30/',
      intro: '',
    })
    expect(view.meta).toContain('Số 30')
    expect(view.sections).toEqual([
      { kind: 'story', label: expect.any(String), heading: 'Heading', html: '<p>Body</p>', lang: 'en' },
      {
        kind: 'card',
        link: { label: 'Lương tối thiểu', href: '/vi/articles/minimum-wage/', lang: undefined },
        summary: null,
        note: 'Read this',
        noteLang: 'en',
      },
    ])
  })

  it('reads the Japanese edition in Japanese', () => {
    const view = newsletterView(newsletter, 'ja', '第30号')
    expect(view.intro).toBe('<p>はじめに</p>')
    expect(view.sections[1]).toEqual({
      kind: 'card',
      link: { label: '最低賃金', href: '/ja/articles/minimum-wage/', lang: undefined },
      summary: '要約',
      note: 'Read this',
      noteLang: 'en',
    })
  })

  it('gives a card with kind, number and date', () => {
    expect(newsletterCard(newsletter, 'en', 'No. 30')).toMatchObject({
      href: '/en/newsletters/monthly-30/',
      meta: expect.stringContaining('No. 30'),
    })
  })
})
