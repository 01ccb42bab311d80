import { describe, expect, it } from 'vitest'

import {
  formatDate,
  formatDateTime,
  formatRange,
  japanIsoDateTime,
  japanWallClock,
  tokyoDay,
  weekdayName,
} from '../src/dates'
import { WEEKDAYS } from '../src/openingHours'

describe('dates in Japan time', () => {
  // 23:30 UTC on the 23rd is already the 24th in Japan.
  const late = '2023-11-23T23:30:00Z'

  it('shows the day and the time in Japan, on a 24-hour clock, in the reader’s language', () => {
    expect(tokyoDay(late)).toBe('2023-11-24')
    expect(formatDate(late, 'en')).toBe('November 24, 2023')
    expect(formatDate(late, 'ja')).toBe('2023年11月24日')
    expect(formatDate(late, 'ja', 'medium')).toBe('2023/11/24')
    expect(formatDateTime('2023-11-24T05:00:00Z', 'en')).toContain('14:00')
  })

  it('writes a one-day range with the date once, a longer one in full', () => {
    expect(formatRange('2023-11-24T05:00:00Z', '2023-11-24T07:00:00Z', 'en')).toBe(
      'Friday, November 24, 2023 14:00–16:00',
    )
    expect(formatRange('2023-11-24T05:00:00Z', '2023-11-25T07:00:00Z', 'en')).toMatch(/Friday.*14:00 – Saturday.*16:00/)
  })

  it('names the weekdays of opening hours from Intl', () => {
    expect(weekdayName('sun', 'en')).toBe('Sunday')
    expect(weekdayName('mon', 'ja')).toBe('月曜日')
    expect(weekdayName('sat', 'vi')).toMatch(/Thứ Bảy/i)
    expect(weekdayName('wed', 'en', 'short')).toBe('Wed')
  })

  it('names each weekday of WEEKDAYS once, Monday first', () => {
    expect(WEEKDAYS.map((day) => weekdayName(day, 'en'))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
  })
})

describe('the clock in Japan', () => {
  it('reads Japan’s date and time at an instant, the day already turned at 15:00 UTC', () => {
    expect(japanWallClock(new Date('2026-11-22T15:00:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      daysSinceMonday: 0, // a Monday
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    })
    expect(japanWallClock(new Date('2026-12-31T23:59:59.999+09:00'))).toMatchObject({
      year: 2026,
      month: 12,
      day: 31,
      daysSinceMonday: 3, // a Thursday
      hour: 23,
      minute: 59,
      second: 59,
      millisecond: 999,
    })
  })

  it('counts Sunday as the last day of the week', () => {
    expect(japanWallClock(new Date('2026-11-22T14:59:00Z')).daysSinceMonday).toBe(6)
  })
})

describe('japanIsoDateTime', () => {
  it('gives an instant in Japan time with its offset, whatever offset it came with', () => {
    expect(japanIsoDateTime('2023-11-23T23:30:00Z')).toBe('2023-11-24T08:30:00+09:00')
    expect(japanIsoDateTime('2026-11-21T14:00:00+09:00')).toBe('2026-11-21T14:00:00+09:00')
    expect(japanIsoDateTime('2026-12-31T16:00:00.999-08:00')).toBe('2027-01-01T09:00:00+09:00')
    expect(Date.parse(japanIsoDateTime('2026-03-08T10:15:30Z'))).toBe(Date.parse('2026-03-08T10:15:30Z'))
  })

  it('refuses what is not a date', () => {
    expect(() => japanIsoDateTime('tomorrow')).toThrow('Not a date')
  })
})
