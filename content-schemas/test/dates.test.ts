import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatRange, tokyoDay, weekdayName } from '../src/dates'

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

  it('names weekdays from Intl, Sunday first', () => {
    expect(weekdayName(0, 'en')).toBe('Sunday')
    expect(weekdayName(1, 'ja')).toBe('月曜日')
    expect(weekdayName(6, 'vi')).toMatch(/Thứ Bảy/i)
  })
})
