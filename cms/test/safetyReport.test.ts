import { describe, expect, it } from 'vitest'

import { fiscalYearOf, hasEnded } from '../src/safety/periods'
import { trendOf } from '../src/safety/report'
import { trendMark } from '../src/safety/reportHtml'

describe('fiscal years and periods', () => {
  it('count a period in the fiscal year (April to March, in Japan) its last day falls in', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025)
    expect(fiscalYearOf('2026-04-01')).toBe(2026)
    // Stored as UTC midnight of the Japanese day before: still 1 April in Tokyo.
    expect(fiscalYearOf('2026-03-31T15:00:00.000Z')).toBe(2026)
    expect(fiscalYearOf('2027-03-31T14:59:59.000Z')).toBe(2026)
  })

  it('have ended only once their last day is over in Japan', () => {
    const period = { endsOn: '2026-09-30T00:00:00.000Z' }
    expect(hasEnded(period, new Date('2026-09-30T14:59:00Z'))).toBe(false)
    expect(hasEnded(period, new Date('2026-09-30T15:00:00Z'))).toBe(true)
  })
})

describe('the trend against the period before', () => {
  const figure = (yes: number, answered: number) => ({ key: 'q', yes, answered, share: yes / answered })
  const hidden = { key: 'q', yes: null, share: null, answered: null }

  it('is the change in points of the shares shown, and nothing where either period hides the question', () => {
    expect(trendOf(figure(4, 6), figure(2, 5))).toBe(27)
    expect(trendMark(trendOf(figure(4, 6), figure(2, 5)))).toBe('▲ +27 pt')
    expect(trendMark(trendOf(figure(1, 10), figure(3, 10)))).toBe('▼ −20 pt')
    expect(trendMark(trendOf(figure(1, 5), figure(2, 10)))).toBe('→ ±0 pt')
    expect(trendOf(figure(1, 5), hidden)).toBeNull()
    expect(trendOf(hidden, figure(1, 5))).toBeNull()
    expect(trendOf(figure(1, 5), undefined)).toBeNull()
    expect(trendMark(null)).toBe('')
  })
})
