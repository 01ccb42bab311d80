import { describe, expect, it } from 'vitest'
import { flattenAllFields, type Field } from 'payload'

import { translationUnits, withUnitValue } from '../src/translation/units'

const fields = flattenAllFields({
  fields: [
    { name: 'title', type: 'text', localized: true },
    { name: 'slug', type: 'text' },
    { name: 'body', type: 'richText', localized: true },
    { name: 'translationStatus', type: 'json' },
    { name: 'sourceLocale', type: 'select', options: ['ja', 'en'] },
    { name: 'meta', type: 'group', fields: [{ name: 'description', type: 'textarea', localized: true }] },
    {
      name: 'sections',
      type: 'blocks',
      blocks: [
        {
          slug: 'figures',
          fields: [
            { name: 'title', type: 'text', localized: true },
            {
              name: 'items',
              type: 'array',
              fields: [
                { name: 'label', type: 'text', localized: true },
                { name: 'value', type: 'number' },
              ],
            },
          ],
        },
      ],
    },
  ] satisfies Field[],
})

const doc = {
  id: 'p1',
  title: { ja: '概要', en: 'About' },
  slug: 'about',
  body: { en: { root: { children: [] } } },
  translationStatus: { source: 1, locales: {} },
  sourceLocale: 'en',
  meta: { description: { en: 'Who we are' } },
  sections: [
    {
      id: 'b1',
      blockType: 'figures',
      title: { en: 'Members', ja: '会員' },
      items: [
        { id: 'r2', label: { en: 'Companies' }, value: 3 },
        { id: 'r1', label: { en: 'Unions', ja: '労働組合' }, value: 5 },
      ],
    },
  ],
}

describe('translation units', () => {
  it('lists every localized text field once, with rows named by id, and nothing shared or server-owned', () => {
    const units = translationUnits(doc, fields)
    expect(units.map((u) => u.path)).toEqual([
      'title',
      'body',
      'meta.description',
      'sections.b1.title',
      'sections.b1.items.r2.label',
      'sections.b1.items.r1.label',
    ])
    expect(units.find((u) => u.path === 'sections.b1.items.r1.label')).toEqual({
      path: 'sections.b1.items.r1.label',
      field: 'sections.figures.items.label',
      type: 'text',
      values: { ja: '労働組合', en: 'Unions' },
    })
    expect(units[1]!.type).toBe('richText')
    expect(units[1]!.values).toEqual({ en: { root: { children: [] } } })
  })

  it('sets one unit in a one-language copy and leaves every other value as it was', () => {
    const vi = {
      ...doc,
      title: 'Giới thiệu',
      meta: { description: null },
      sections: [
        {
          ...doc.sections[0]!,
          title: null,
          items: [
            { id: 'r2', label: null, value: 3 },
            { id: 'r1', label: null, value: 5 },
          ],
        },
      ],
    }
    const next = withUnitValue(vi, fields, 'sections.b1.items.r1.label', 'Công đoàn')
    expect(next.sections).toEqual([
      {
        ...vi.sections[0],
        items: [
          { id: 'r2', label: null, value: 3 },
          { id: 'r1', label: 'Công đoàn', value: 5 },
        ],
      },
    ])
    expect(next.title).toBe('Giới thiệu')
    // The input is not changed in place.
    expect(vi.sections[0]!.items[1]!.label).toBeNull()
    expect(withUnitValue(vi, fields, 'meta.description', 'Chúng tôi là ai').meta).toEqual({
      description: 'Chúng tôi là ai',
    })
  })

  it('refuses paths that are not a unit: shared fields, server-owned ones, rows that are gone', () => {
    for (const path of [
      'slug',
      'translationStatus',
      'sourceLocale',
      'sections.b9.title',
      'sections.b1.items.r1.value',
      'title.x',
      'nothing',
      '__proto__',
    ])
      expect(() => withUnitValue(doc, fields, path, 'x'), path).toThrow(/no translatable text/)
  })
})
