import { describe, expect, it } from 'vitest'

import { shapeGoodPractices } from '../../src/export/shape/goodPractices'
import { shapeOrganisations } from '../../src/export/shape/organisations'
import { goodPractice, image, inLanguages, jaOnly, organisation, testContext } from './fixtures'

describe('organisations and good practices', () => {
  it('shows an organisation by its name in each language that has one', () => {
    const doc = organisation({ id: 'o1', name: 'Acme', website: 'https://acme.example' })
    expect(shapeOrganisations([inLanguages({ ja: doc, en: doc, vi: { ...doc, name: '' } })])).toEqual([
      {
        id: 'o1',
        slug: 'organisation-o1',
        category: 'business',
        website: 'https://acme.example',
        translations: { ja: { name: 'Acme' }, en: { name: 'Acme' } },
      },
    ])
  })

  it('carries its organisation only when that one is public, and only its publishable images', () => {
    const { ctx } = testContext({ images: { m1: image('m1') } })
    const listed = {
      id: 'o1',
      slug: 'acme',
      category: 'business' as const,
      website: null,
      translations: { ja: { name: 'Acme' } },
    }
    const shaped = shapeGoodPractices(
      [
        jaOnly(goodPractice({ id: 'g1', organisation: 'o1', images: ['m1', 'no-alt-text'] })),
        jaOnly(goodPractice({ id: 'g2', organisation: 'o-unlisted' })),
      ],
      ctx,
      new Map([['o1', listed]]),
    )
    expect(shaped[0]!.organisation).toEqual(listed)
    expect(shaped[0]!.images).toEqual([image('m1')])
    expect(shaped[1]!.organisation).toBeNull()
  })
})
