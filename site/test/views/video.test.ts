import { describe, expect, it } from 'vitest'

import { videoCard, videoView } from '../../src/lib/views/video'
import { article, video } from '../fixtures/views'

describe('video view', () => {
  it('lists the articles that name the video as related, and its caption languages by name', () => {
    const view = videoView(video, 'vi', [article, { ...article, id: 'a2', slug: 'other', relatedVideos: [] }])
    expect(view.relatedArticles).toEqual([
      { label: 'Lương tối thiểu', href: '/vi/articles/minimum-wage/', lang: undefined },
    ])
    expect(view).toMatchObject({
      title: 'Rights at work',
      contentLang: 'en',
      isFallback: true,
      description: 'About rights',
      transcriptHtml: null,
    })
    expect(view.captions).toEqual(['日本語', 'Tiếng Việt'])
  })

  it('gives a card with the description as summary', () => {
    expect(videoCard(video, 'ja')).toMatchObject({
      title: '職場の権利',
      summary: '説明',
      href: '/ja/videos/rights-at-work/',
    })
  })
})
