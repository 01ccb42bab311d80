import { describe, expect, it } from 'vitest'

import { articleCard, articleView } from '../../src/lib/views/article'
import { article } from '../fixtures/views'

describe('article view', () => {
  it('shows the translation of the page’s language with tags and related videos from the article itself', () => {
    const view = articleView(article, 'vi')
    expect(view).toMatchObject({
      title: 'Lương tối thiểu',
      contentLang: 'vi',
      isFallback: false,
      href: '/vi/articles/minimum-wage/',
      alternates: ['ja', 'vi'],
    })
    expect(view.html).toContain('Nội dung')
    // Tags and the related video fall back to English for a Vietnamese reader, marked with their language.
    expect(view.tags).toEqual([{ label: 'Wages', lang: 'en' }])
    expect(view.relatedVideos).toEqual([{ label: 'Rights at work', href: '/vi/videos/rights-at-work/', lang: 'en' }])
    expect(view.category.href).toBe('/vi/articles/category/work-and-wages/')
    expect(view.countries[0]?.href).toMatch(/^\/vi\/countries\/[a-z-]+\/$/)
  })

  it('falls back along the chain where the article is not translated', () => {
    const view = articleView(article, 'en')
    expect(view).toMatchObject({ title: '最低賃金', contentLang: 'ja', isFallback: true, summary: '要約' })
    expect(view.tags).toEqual([{ label: 'Wages', lang: undefined }])
  })

  it('gives a card with category and date', () => {
    expect(articleCard(article, 'ja')).toMatchObject({
      title: '最低賃金',
      href: '/ja/articles/minimum-wage/',
      contentLang: 'ja',
      picture: null,
    })
    expect(articleCard(article, 'ja').meta).toMatch(/ · 2026年10月1日$/)
  })
})
