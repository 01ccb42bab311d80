import { describe, expect, it } from 'vitest'

import { ARTICLE_CATEGORIES } from '@mirai/content-schemas/taxonomies'

import { categoryTiles, emergencyView, hoursSummary } from '../src/lib/home'
import { CATEGORY_ICONS, EMERGENCY_ICONS, ICONS } from '../src/lib/icons'

// JP-MIRAI Assist's hours as the CMS lists them (seed: Tuesday to Saturday, 10:00–18:00).
const assist = (['tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '10:00', closes: '18:00' }))

describe('the emergency numbers of a page', () => {
  it('call the number they show, with its name and use in the reader language', () => {
    expect(emergencyView('vi').map((n) => [n.number, n.href, n.name])).toEqual([
      ['110', 'tel:110', 'Cảnh sát'],
      ['119', 'tel:119', 'Cứu hỏa và cấp cứu'],
      ['#7119', 'tel:%237119', 'Tư vấn y tế'],
      ['171', 'tel:171', 'Tổng đài nhắn tin khi có thảm họa'],
    ])
  })

  it('say where #7119 answers, and nothing of the kind for the nationwide numbers', () => {
    expect(emergencyView('ja').map((n) => n.area)).toEqual([null, null, '一部の都道府県だけ', null])
  })

  it('each have a picture of their own', () => {
    const icons = emergencyView('en').map((n) => n.icon)
    expect(new Set(icons).size).toBe(icons.length)
    for (const icon of icons) expect(ICONS).toHaveProperty(icon)
  })
})

describe('the category tiles', () => {
  it('are every category, in the taxonomy order, each linking to its page in the reader language', () => {
    const tiles = categoryTiles('my')
    expect(tiles.map((tile) => tile.category)).toEqual(ARTICLE_CATEGORIES.map((c) => c.value))
    expect(tiles[0]).toMatchObject({
      label: 'အလုပ်နှင့် လုပ်ခလစာ',
      href: '/my/articles/category/work-and-wages/',
      icon: 'briefcase',
    })
  })

  it('each have a different picture, so tiles can be told apart without reading', () => {
    const icons = ARTICLE_CATEGORIES.map((c) => CATEGORY_ICONS[c.value])
    expect(icons.every((icon) => icon in ICONS)).toBe(true)
    expect(new Set(icons).size).toBe(icons.length)
  })
})

describe('the pictograms', () => {
  it('are SVG path data only, inside the 24×24 grid (nothing that could carry markup)', () => {
    for (const [name, paths] of Object.entries(ICONS)) {
      expect(paths.length, name).toBeGreaterThan(0)
      for (const d of paths) {
        expect(d, name).toMatch(/^M[\d\s.,MmLlHhVvCcSsQqTtAaZz-]+$/)
        // Absolute coordinates (after M) stay on the grid.
        for (const [, x, y] of d.matchAll(/M(-?[\d.]+)[\s,]?(-?[\d.]+)/g)) {
          expect(Number(x), `${name} ${d}`).toBeGreaterThanOrEqual(0)
          expect(Number(x), `${name} ${d}`).toBeLessThanOrEqual(24)
          expect(Number(y), `${name} ${d}`).toBeGreaterThanOrEqual(0)
          expect(Number(y), `${name} ${d}`).toBeLessThanOrEqual(24)
        }
      }
    }
    expect(Object.keys(EMERGENCY_ICONS).sort()).toEqual(
      ['disaster-message', 'fire-ambulance', 'medical-advice', 'police'].sort(),
    )
  })
})

describe('hoursSummary', () => {
  it('joins days in a row with the same hours into one range', () => {
    expect(hoursSummary(assist, 'en')).toEqual([{ days: 'Tuesday–Saturday', time: '10:00–18:00' }])
    expect(hoursSummary(assist, 'ja')).toEqual([{ days: '火曜日–土曜日', time: '10:00–18:00' }])
    expect(hoursSummary(assist, 'es')).toEqual([{ days: 'Martes–Sábado', time: '10:00–18:00' }])
  })

  it('keeps the week order whatever order the CMS lists the days in', () => {
    expect(hoursSummary([...assist].reverse(), 'en')).toEqual([{ days: 'Tuesday–Saturday', time: '10:00–18:00' }])
  })

  it('breaks the range at a closed day or different hours, and keeps two slots of one day', () => {
    expect(
      hoursSummary(
        [
          { day: 'mon', opens: '09:00', closes: '17:00' },
          { day: 'tue', opens: '09:00', closes: '17:00' },
          { day: 'thu', opens: '09:00', closes: '17:00' },
          { day: 'fri', opens: '13:00', closes: '17:00' },
          { day: 'fri', opens: '09:00', closes: '12:00' },
          { day: 'sat', opens: '09:00', closes: '12:00' },
        ],
        'en',
      ),
    ).toEqual([
      { days: 'Monday–Tuesday', time: '09:00–17:00' },
      { days: 'Thursday', time: '09:00–17:00' },
      { days: 'Friday', time: '09:00–12:00, 13:00–17:00' },
      { days: 'Saturday', time: '09:00–12:00' },
    ])
  })

  it('says nothing for a service without hours', () => {
    expect(hoursSummary([], 'vi')).toEqual([])
  })
})
