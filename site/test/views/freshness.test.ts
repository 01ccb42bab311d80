import { describe, expect, it } from 'vitest'

import { cacheKeyOf, interfaceTextApplied } from '../../src/lib/cacheKey'
import { formatDate } from '../../src/lib/dates'
import { articleView } from '../../src/lib/views/article'
import { outdatedView } from '../../src/lib/views/freshness'
import { pageView } from '../../src/lib/views/page'
import { article, page } from '../fixtures/views'

const changed = '2026-11-20T16:30:00.000Z' // 21 November in Japan
/** The article's Vietnamese was translated before its Japanese last changed; en and tl have no text. */
const outdated = {
  ...article,
  freshness: { source: 'ja' as const, sourceUpdatedAt: changed, outdated: ['vi' as const] },
}

describe('outdated notice', () => {
  it('is on the page of an outdated translation, dated in the reader’s language, linking the original', () => {
    const view = articleView(outdated, 'vi')
    expect(view.outdated).toEqual({
      source: 'ja',
      sourceName: '日本語',
      href: '/ja/articles/minimum-wage/',
      sourceUpdated: { iso: changed, text: formatDate(changed, 'vi') },
    })
    // Japan time: the 21st, though it was still the 20th in UTC.
    expect(view.outdated!.sourceUpdated.text).toContain('21')
  })

  it('changes the page’s cache key, so the incremental build writes the page again', () => {
    // As the build does before any key (lib/interfaceText.ts); here the code's strings are the text.
    interfaceTextApplied()
    expect(cacheKeyOf({ view: articleView(outdated, 'vi') })).not.toBe(cacheKeyOf({ view: articleView(article, 'vi') }))
    const later = { ...article, updatedAt: '2026-11-22T00:00:00.000Z' }
    expect(cacheKeyOf({ view: articleView(later, 'ja') })).not.toBe(cacheKeyOf({ view: articleView(article, 'ja') }))
  })

  it('is not on the original, nor on a page whose translation is current', () => {
    expect(articleView(outdated, 'ja').outdated).toBeNull()
    expect(articleView(article, 'vi').outdated).toBeNull()
    expect(articleView({ ...outdated, freshness: { ...outdated.freshness, outdated: [] } }, 'vi').outdated).toBeNull()
  })

  it('follows the text shown: a fallback to an outdated translation carries it, a fallback to the original not', () => {
    const english = {
      ...article,
      translations: {
        ...article.translations,
        en: { title: 'Minimum wage', summary: null, body: article.translations.ja!.body },
      },
      freshness: { source: 'ja' as const, sourceUpdatedAt: changed, outdated: ['en' as const] },
    }
    const tagalog = articleView(english, 'tl')
    expect(tagalog).toMatchObject({ isFallback: true, contentLang: 'en' })
    expect(tagalog.outdated?.sourceUpdated.text).toBe(formatDate(changed, 'tl'))
    expect(articleView(outdated, 'en')).toMatchObject({ isFallback: true, contentLang: 'ja', outdated: null })
  })

  it('links no other language’s page where the original has no page of its own (organisation pages)', () => {
    // Organisation pages are built in English and Japanese only; an original in Vietnamese (a
    // document's own source language, later) has no page to link.
    const organisation = {
      ...page,
      translations: { vi: page.translations.en!, en: page.translations.en! },
      freshness: { source: 'vi' as const, sourceUpdatedAt: changed, outdated: ['en' as const] },
    }
    expect(pageView(organisation, 'en').outdated).toMatchObject({ source: 'vi', sourceName: 'Tiếng Việt', href: null })
    const japanese = { ...organisation, translations: { ...organisation.translations, ja: page.translations.en! } }
    expect(pageView({ ...japanese, freshness: { ...organisation.freshness, source: 'ja' } }, 'en').outdated?.href).toBe(
      `/ja/${page.slug}/`,
    )
  })

  it('has no original to send to when the source language has no text', () => {
    const { ja: _ja, ...rest } = outdated.translations
    expect(outdatedView({ ...outdated, translations: rest }, 'articles', 'vi', 'vi')).toBeNull()
  })

  it('dates the change by the document when the CMS has no record of the source’s date', () => {
    const view = articleView({ ...outdated, freshness: { ...outdated.freshness, sourceUpdatedAt: null } }, 'vi')
    expect(view.outdated?.sourceUpdated).toEqual({ iso: article.updatedAt, text: formatDate(article.updatedAt, 'vi') })
  })
})

describe('last updated', () => {
  it('is on every document page, in the reader’s language', () => {
    expect(articleView(article, 'vi').updated).toEqual({
      iso: article.updatedAt,
      text: formatDate(article.updatedAt, 'vi'),
    })
    expect(pageView(page, 'en').updated.iso).toBe(page.updatedAt)
    expect(articleView(article, 'my').updated.text).not.toBe(articleView(article, 'en').updated.text)
  })
})
