import { describe, expect, it } from 'vitest'

import { shapeSnapshot, type PublicContent } from '../../src/export/shape'
import {
  article,
  goodPractice,
  inLanguages,
  jaOnly,
  navigation,
  newsletter,
  organisation,
  safetyCheck,
  siteSettings,
  text,
  video,
} from './fixtures'

function content(overrides: Partial<PublicContent>): PublicContent {
  return {
    articles: [],
    videos: [],
    countries: [],
    events: [],
    'good-practices': [],
    pages: [],
    tags: [],
    organisations: [],
    newsletters: [],
    alerts: [],
    siteSettings: jaOnly(siteSettings()),
    safetyCheck: jaOnly(safetyCheck()),
    navigation: jaOnly(navigation([])),
    ...overrides,
  }
}

const media = { image: () => null, file: () => null }

describe('the whole snapshot', () => {
  it('points menus, cards and related links only at documents it exports', () => {
    const { content: shaped, warnings } = shapeSnapshot(
      content({
        videos: [jaOnly(video({ id: 'v-unplayable' })), jaOnly(video({ id: 'v1', youtubeId: 'abc' }))],
        articles: [jaOnly(article({ id: 'a1', relatedVideos: ['v-unplayable', 'v1'] }))],
        organisations: [jaOnly(organisation({ id: 'o1' }))],
        'good-practices': [jaOnly(goodPractice({ id: 'g1', organisation: 'o1' }))],
        newsletters: [
          jaOnly(
            newsletter({
              id: 'n1',
              sections: [
                { blockType: 'reference', item: { relationTo: 'videos', value: 'v-unplayable' } },
                { blockType: 'reference', item: { relationTo: 'good-practices', value: 'g1' } },
              ],
            }),
          ),
        ],
        navigation: inLanguages({
          ja: navigation([]),
          vi: navigation([
            { label: 'Video', type: 'document', document: { relationTo: 'videos', value: 'v-unplayable' } },
            { label: 'Thực tiễn', type: 'document', document: { relationTo: 'good-practices', value: 'g1' } },
          ]),
        }),
      }),
      media,
    )
    expect(shaped.videos.map((v) => v.id)).toEqual(['v1'])
    expect(shaped.articles[0]!.relatedVideos.map((v) => v.id)).toEqual(['v1'])
    expect(shaped.goodPractices[0]!.organisation?.id).toBe('o1')
    expect(shaped.newsletters[0]!.sections).toMatchObject([
      { blockType: 'reference', collection: 'good-practices', slug: 'good-practice-g1' },
    ])
    expect(shaped.navigation).toEqual({ vi: [{ label: 'Thực tiễn', href: '/vi/good-practices/good-practice-g1/' }] })
    expect(warnings).toEqual([
      'videos v-unplayable: has neither a YouTube video nor a file the site can play; left out of the site',
    ])
  })

  it('gives a rich-text link to a public document that document’s slug', () => {
    const body = text('動画', { relationTo: 'videos', value: 'v1' })
    const { content: shaped } = shapeSnapshot(
      content({
        videos: [jaOnly(video({ id: 'v1', slug: 'rest', youtubeId: 'abc' }))],
        articles: [jaOnly(article({ id: 'a1', body }))],
      }),
      media,
    )
    expect(JSON.stringify(shaped.articles[0]!.translations.ja!.body)).toContain(
      '{"relationTo":"videos","value":{"id":"v1","slug":"rest"}}',
    )
  })
})
