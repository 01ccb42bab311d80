import { describe, expect, it } from 'vitest'

import { articlesInWindow, bulletinWindow, eventsInWindow, weekStart } from '../src/newsletter/bulletin'

describe('weekly bulletin window (Japan time)', () => {
  it('starts on Monday 00:00 JST, which is Sunday 15:00 UTC', () => {
    // Sunday 23:59 JST still belongs to the week before; Monday 00:00 JST starts the next.
    expect(weekStart('2026-11-22T23:59:00+09:00').toISOString()).toBe('2026-11-15T15:00:00.000Z')
    expect(weekStart('2026-11-23T00:00:00+09:00').toISOString()).toBe('2026-11-22T15:00:00.000Z')
    expect(weekStart('2026-11-26T12:00:00+09:00').toISOString()).toBe('2026-11-22T15:00:00.000Z')
  })

  it('lists events from the Monday for N weeks, boundaries in Japan time', () => {
    const w = bulletinWindow('2026-11-25T10:00:00+09:00', 2)
    const events = [
      { id: 'before', start: '2026-11-22T23:30:00+09:00' },
      { id: 'first', start: '2026-11-23T00:00:00+09:00' },
      { id: 'last', start: '2026-12-06T23:59:00+09:00' },
      { id: 'after', start: '2026-12-07T00:00:00+09:00' },
    ]
    expect(eventsInWindow(events, w).map((e) => e.id)).toEqual(['first', 'last'])
  })

  it('lists articles published since the previous bulletin, up to this Monday', () => {
    const w = bulletinWindow('2026-11-23', 4, '2026-11-09')
    const articles = [
      { id: 'too-old', publishedAt: '2026-11-08T23:59:00+09:00' },
      { id: 'since-last', publishedAt: '2026-11-09T00:00:00+09:00' },
      { id: 'sunday-night', publishedAt: '2026-11-22T23:59:59+09:00' },
      { id: 'this-week', publishedAt: '2026-11-23T00:00:00+09:00' },
      { id: 'unpublished', publishedAt: null },
    ]
    expect(articlesInWindow(articles, w).map((a) => a.id)).toEqual(['sunday-night', 'since-last'])
  })

  it('without a previous bulletin, takes the week before; refuses silly week counts', () => {
    const w = bulletinWindow('2026-11-23', 1)
    expect(w.articlesSince.toISOString()).toBe('2026-11-15T15:00:00.000Z')
    expect(() => bulletinWindow('2026-11-23', 0)).toThrow('weeks ahead must be a whole number from 1 to 12, not 0')
  })
})
