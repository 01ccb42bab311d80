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
      // The English subject has no intro: the intro is picked on its own, as in the email.
      intro: '<p>はじめに</p>',
      introLang: 'ja',
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
    expect(view.introLang).toBeUndefined()
    expect(view.sections[1]).toEqual({
      kind: 'card',
      link: { label: '最低賃金', href: '/ja/articles/minimum-wage/', lang: undefined },
      summary: '要約',
      note: 'Read this',
      noteLang: 'en',
    })
  })

  it('leaves the intro out when no language has one', () => {
    const withoutIntro = {
      ...newsletter,
      translations: { en: { title: 'October issue', summary: null, intro: null } },
    }
    expect(newsletterView(withoutIntro, 'vi', 'Số 30')).toMatchObject({ intro: '', introLang: undefined })
  })

  it('leaves out a card that leads to no page', () => {
    const card = newsletter.sections[2]!
    const withoutPage = { ...newsletter, sections: [{ ...card, slug: '' }] }
    expect(newsletterView(withoutPage, 'ja', '第30号').sections).toEqual([])
  })

  it('gives a card with kind, number and date', () => {
    expect(newsletterCard(newsletter, 'en', 'No. 30')).toMatchObject({
      href: '/en/newsletters/monthly-30/',
      meta: expect.stringContaining('No. 30'),
    })
  })
})
