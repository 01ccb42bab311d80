import { describe, expect, it } from 'vitest'

import { publicPagePaths, shapeRedirects } from '../../src/export/shape/redirects'

const documents = {
  articles: [{ slug: 'wages', translations: { ja: {} } }],
  events: [],
  // An organisation page written in English only has an English page, not a Japanese one.
  pages: [{ slug: 'about', translations: { en: { title: 'About' } } }],
}

describe('the redirects the snapshot carries', () => {
  it('keeps those that lead to an exported page or a page of the site’s own, sorted by old path', () => {
    const shaped = shapeRedirects(
      [
        { from: '/vi/articles/wages-2025/', to: '/vi/articles/wages/' },
        { from: '/en/about-us/', to: '/en/about/' },
        { from: '/ja/articles/gone/', to: '/ja/articles/' },
        { from: '/my/campaign/', to: '/my/safety/' },
      ],
      documents,
    )
    expect(shaped).toEqual([
      { id: '/en/about-us/', from: '/en/about-us/', to: '/en/about/' },
      { id: '/ja/articles/gone/', from: '/ja/articles/gone/', to: '/ja/articles/' },
      { id: '/my/campaign/', from: '/my/campaign/', to: '/my/safety/' },
      { id: '/vi/articles/wages-2025/', from: '/vi/articles/wages-2025/', to: '/vi/articles/wages/' },
    ])
  })

  it('leaves out one to a page the snapshot lacks (unpublished, members-only) and one from a live page', () => {
    expect(
      shapeRedirects(
        [
          { from: '/ja/articles/old/', to: '/ja/articles/unpublished/' },
          { from: '/ja/about-us/', to: '/ja/about/' }, // no Japanese page of "about"
          { from: '/ja/articles/wages/', to: '/ja/articles/' }, // wages is a page again
        ],
        documents,
      ),
    ).toEqual([])
  })

  it('knows every language’s page of a document and the fixed pages', () => {
    const paths = publicPagePaths(documents)
    expect(paths).toContain('/tl/articles/wages/')
    expect(paths).toContain('/en/about/')
    expect(paths).not.toContain('/ja/about/')
    expect(paths).toContain('/zh/')
    expect(paths).toContain('/id/events/')
  })
})
