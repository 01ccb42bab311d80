import { closedDates, DEFAULT_YEAR_END } from '@mirai/content-schemas/consultation-services'
import { isOpenAt, minutesUntilOpen, type OpeningSlot } from '@mirai/content-schemas/opening-hours'
import { describe, expect, it } from 'vitest'

import { coveredYears, japaneseHolidays } from '../src/lib/holidays'

const jst = (local: string) => new Date(`${local}+09:00`)
// A municipal office: weekdays 09:00–17:00, closed on public holidays and from 29 December to 3 January.
const office: OpeningSlot[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
  day,
  opens: '09:00',
  closes: '17:00',
}))

describe('Japanese public holidays at build time', () => {
  const years = coveredYears(jst('2026-11-21T12:00:00'))
  const holidays = japaneseHolidays(years)
  const closed = closedDates({ closedOnHolidays: true, yearEnd: DEFAULT_YEAR_END }, holidays, years)

  it('covers this year and the next, in Japan time', () => {
    expect(years).toEqual([2026, 2027])
    // 31 December 16:00 UTC is already New Year's Day in Tokyo.
    expect(coveredYears(new Date('2026-12-31T16:00:00Z'))).toEqual([2027, 2028])
    expect(holidays.every((d) => d.startsWith('2026-') || d.startsWith('2027-'))).toBe(true)
  })

  it('closes a weekday service on 勤労感謝の日 and at the year end, and opens it on a normal Monday', () => {
    expect(holidays).toContain('2026-11-23')
    expect(isOpenAt(office, jst('2026-11-23T10:00:00'), closed)).toBe(false) // Monday, 勤労感謝の日
    expect(isOpenAt(office, jst('2026-11-30T10:00:00'), closed)).toBe(true) // the next Monday
    expect(isOpenAt(office, jst('2026-12-31T10:00:00'), closed)).toBe(false) // Thursday, year-end closure
    expect(isOpenAt(office, jst('2027-01-04T10:00:00'), closed)).toBe(true)
    // Friday 20 November after closing: next open on Tuesday 24 November at 09:00.
    expect(minutesUntilOpen(office, jst('2026-11-20T17:00:00'), closed)).toBe((3 * 24 + 16) * 60)
  })

  it('knows substitute holidays and the holiday between two holidays', () => {
    // 憲法記念日 falls on Sunday 3 May 2026: Wednesday 6 May is its substitute holiday.
    expect(holidays).toEqual(expect.arrayContaining(['2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']))
    expect(isOpenAt(office, jst('2026-05-06T10:00:00'), closed)).toBe(false)
    expect(isOpenAt(office, jst('2026-05-07T10:00:00'), closed)).toBe(true)
    // 22 September 2026, between 敬老の日 and 秋分の日, is a 国民の休日.
    expect(holidays).toEqual(expect.arrayContaining(['2026-09-21', '2026-09-22', '2026-09-23']))
    expect(isOpenAt(office, jst('2026-09-22T10:00:00'), closed)).toBe(false)
  })

  it('stops the build for a year the holiday data does not reach', () => {
    expect(() => japaneseHolidays([2026, 2999])).toThrow(/2999.*update/)
  })
})
