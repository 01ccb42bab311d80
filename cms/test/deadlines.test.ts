import { describe, expect, it } from 'vitest'

import { dueItems, periodLabel, type ReportSummary } from '../src/collections/ActivityReports/deadlines'

const report = (over: Partial<ReportSummary>): ReportSummary => ({
  id: 'r',
  title: 't',
  kind: 'semi-annual-report',
  fiscalYear: 2026,
  half: 'first',
  status: 'draft',
  ...over,
})
const deadline = '2026-10-31T14:59:59.000Z' // end of 31 October in Japan

describe('dueItems', () => {
  it('is due up to the deadline itself and overdue a moment after', () => {
    const periods = [{ kind: 'semi-annual-report' as const, fiscalYear: 2026, half: 'first' as const, deadline }]
    expect(dueItems(periods, [], new Date(deadline))[0]!.state).toBe('due')
    expect(dueItems(periods, [], new Date(Date.parse(deadline) + 1000))[0]!.state).toBe('overdue')
  })

  it('counts a returned report as still owed, a submitted one as handed in', () => {
    const periods = [{ kind: 'semi-annual-report' as const, fiscalYear: 2026, half: 'first' as const, deadline }]
    const late = new Date('2026-11-05T00:00:00Z')
    expect(dueItems(periods, [report({ status: 'returned' })], late)[0]!.state).toBe('overdue')
    expect(dueItems(periods, [report({ status: 'in-review' })], late)[0]!.state).toBe('submitted')
    expect(dueItems(periods, [report({ status: 'accepted' })], late)[0]!.state).toBe('accepted')
  })

  it('matches the half of a semi-annual report, and lists by deadline', () => {
    const periods = [
      {
        kind: 'semi-annual-report' as const,
        fiscalYear: 2026,
        half: 'second' as const,
        deadline: '2027-04-30T14:59:59Z',
      },
      { kind: 'semi-annual-report' as const, fiscalYear: 2026, half: 'first' as const, deadline },
    ]
    const items = dueItems(periods, [report({ half: 'second', status: 'submitted' })], new Date('2026-11-05T00:00:00Z'))
    expect(items.map((i) => [i.period.half, i.state, i.report?.half ?? null])).toEqual([
      ['first', 'overdue', null],
      ['second', 'submitted', 'second'],
    ])
    expect(items[0]!.daysLeft).toBe(-5)
  })

  it('names periods in Japanese and English', () => {
    expect(periodLabel({ kind: 'annual-plan', fiscalYear: 2026 }, 'ja')).toBe('2026年度 年間活動計画')
    expect(periodLabel({ kind: 'semi-annual-report', fiscalYear: 2026, half: 'second' })).toBe(
      'FY2026 second half activity report',
    )
  })
})
