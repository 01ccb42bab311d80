import { describe, expect, it } from 'vitest'
import type { DataFromCollectionSlug } from 'payload'

import { shapeAlerts } from '../../src/export/shape/alerts'
import { inLanguages, jaOnly, testContext } from './fixtures'

type AlertDoc = DataFromCollectionSlug<'alerts'>

const alertDoc = (fields: Partial<AlertDoc> & Pick<AlertDoc, 'id'>): AlertDoc => ({
  title: '台風が近づいています',
  kind: 'typhoon',
  severity: 'warning',
  startsAt: '2026-11-21T00:00:00.000Z',
  startsAt_tz: 'Asia/Tokyo',
  endsAt: '2026-11-22T00:00:00.000Z',
  endsAt_tz: 'Asia/Tokyo',
  updatedAt: '2026-11-20T00:00:00.000Z',
  createdAt: '2026-11-20T00:00:00.000Z',
  ...fields,
})

const NOW = new Date('2026-11-21T06:00:00.000Z')

describe('alerts', () => {
  it('publishes the alerts not over at the build time, upcoming ones included', () => {
    const { ctx } = testContext()
    const shaped = shapeAlerts(
      [
        jaOnly(alertDoc({ id: 'on' })),
        jaOnly(alertDoc({ id: 'over', endsAt: '2026-11-21T06:00:00.000Z' })),
        jaOnly(alertDoc({ id: 'next', startsAt: '2026-11-23T00:00:00.000Z', endsAt: '2026-11-24T00:00:00.000Z' })),
      ],
      ctx,
      NOW,
    )
    expect(shaped.map((a) => a.id)).toEqual(['on', 'next'])
  })

  it('keeps each language that has a title, and the areas, severity and an address link', () => {
    const { ctx } = testContext()
    const doc = alertDoc({
      id: 'a1',
      severity: 'critical',
      prefectures: ['tokyo', 'chiba'],
      body: '外出をひかえてください。',
      linkUrl: 'https://www.jma.go.jp/',
      linkLabel: '気象庁',
    })
    const [shaped] = shapeAlerts(
      [
        inLanguages({
          ja: doc,
          vi: { ...doc, title: 'Bão đang đến gần', body: '', linkLabel: null },
          en: { ...doc, title: '' },
        }),
      ],
      ctx,
      NOW,
    )
    expect(shaped).toMatchObject({
      severity: 'critical',
      prefectures: ['tokyo', 'chiba'],
      link: { url: 'https://www.jma.go.jp/' },
      translations: {
        ja: { title: '台風が近づいています', body: '外出をひかえてください。', linkLabel: '気象庁' },
        vi: { title: 'Bão đang đến gần', body: null, linkLabel: null },
      },
    })
    expect(Object.keys(shaped!.translations)).toEqual(['ja', 'vi'])
  })

  it('links to a public page by its slug, and drops a link to a page that is not public, with a warning', () => {
    const { ctx, warnings } = testContext()
    ctx.pages.add('articles', [{ id: 'art1', slug: 'typhoon-guide', translations: { ja: { title: '台風' } } }])
    const shaped = shapeAlerts(
      [
        jaOnly(alertDoc({ id: 'a1', linkDocument: { relationTo: 'articles', value: 'art1' } })),
        jaOnly(alertDoc({ id: 'a2', linkDocument: { relationTo: 'articles', value: 'draft-article' } })),
      ],
      ctx,
      NOW,
    )
    expect(shaped.map((a) => a.link)).toEqual([{ collection: 'articles', slug: 'typhoon-guide' }, null])
    expect(warnings).toEqual(['alerts a2: links to a page that is not public; shown without its link'])
  })
})
