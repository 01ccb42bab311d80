import { describe, expect, it } from 'vitest'

import { closedDates, DEFAULT_YEAR_END, isMonthDay } from '../src/consultationServices'
import { isOpenAt, minutesUntilOpen, orderByOpenNow, weekMinuteInJapan, type OpeningSlot } from '../src/openingHours'

// JP-MIRAI Assist: Tuesday to Saturday, 10:00–18:00 Japan time.
const assist: OpeningSlot[] = (['tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({
  day,
  opens: '10:00',
  closes: '18:00',
}))
const nightLine: OpeningSlot[] = [{ day: 'sun', opens: '22:00', closes: '06:00' }]
const jst = (local: string) => new Date(`${local}+09:00`)

describe('opening hours in Japan time', () => {
  it('counts the week from Monday 00:00 JST, whatever the clock of the device', () => {
    expect(weekMinuteInJapan(jst('2026-11-23T00:00:00'))).toBe(0) // a Monday
    expect(weekMinuteInJapan(new Date('2026-11-22T15:00:00Z'))).toBe(0) // the same instant in UTC
    expect(weekMinuteInJapan(jst('2026-11-24T10:30:00'))).toBe(24 * 60 + 630)
  })

  it('is open from the opening minute until just before closing', () => {
    expect(isOpenAt(assist, jst('2026-11-24T09:59:00'))).toBe(false)
    expect(isOpenAt(assist, jst('2026-11-24T10:00:00'))).toBe(true)
    expect(isOpenAt(assist, jst('2026-11-28T17:59:00'))).toBe(true) // Saturday
    expect(isOpenAt(assist, jst('2026-11-28T18:00:00'))).toBe(false)
    expect(isOpenAt(assist, jst('2026-11-23T12:00:00'))).toBe(false) // Monday
  })

  it('handles hours that run past midnight, across the end of the week', () => {
    expect(isOpenAt(nightLine, jst('2026-11-22T23:00:00'))).toBe(true) // Sunday night
    expect(isOpenAt(nightLine, jst('2026-11-23T05:59:00'))).toBe(true) // Monday early morning
    expect(isOpenAt(nightLine, jst('2026-11-23T06:00:00'))).toBe(false)
  })

  it('says how long until a service opens', () => {
    expect(minutesUntilOpen(assist, jst('2026-11-23T12:00:00'))).toBe(22 * 60) // Monday noon → Tuesday 10:00
    expect(minutesUntilOpen(assist, jst('2026-11-28T18:00:00'))).toBe(2 * 24 * 60 + 16 * 60) // Saturday close → Tuesday
    expect(minutesUntilOpen([], jst('2026-11-23T12:00:00'))).toBeNull()
  })

  it('orders services open now first, then by the soonest opening, unknown hours last', () => {
    const services = [
      { name: 'no hours', hours: [] },
      { name: 'night line', hours: nightLine },
      { name: 'assist', hours: assist },
    ]
    expect(orderByOpenNow(services, jst('2026-11-24T11:00:00')).map((s) => s.name)).toEqual([
      'assist',
      'night line',
      'no hours',
    ])
    expect(orderByOpenNow(services, jst('2026-11-22T23:30:00')).map((s) => s.name)).toEqual([
      'night line',
      'assist',
      'no hours',
    ])
  })

  describe('on closed dates', () => {
    const weekdays: OpeningSlot[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
      day,
      opens: '09:00',
      closes: '17:00',
    }))
    // 勤労感謝の日 (Monday 23 November 2026) and the year-end closure, as the build hands them over.
    const closed = closedDates({ closedOnHolidays: true, yearEnd: DEFAULT_YEAR_END }, ['2026-11-23'], [2026, 2027])

    it('is closed all day on a closed date and open on a normal day', () => {
      expect(isOpenAt(weekdays, jst('2026-11-23T10:00:00'), closed)).toBe(false)
      expect(isOpenAt(weekdays, jst('2026-11-23T10:00:00'))).toBe(true) // without the dates: the weekly hours
      expect(isOpenAt(weekdays, jst('2026-11-30T10:00:00'), closed)).toBe(true)
      expect(isOpenAt(weekdays, jst('2026-12-31T10:00:00'), closed)).toBe(false) // a Thursday
      expect(isOpenAt(weekdays, jst('2027-01-04T09:00:00'), closed)).toBe(true)
    })

    it('keeps a night span that opened on a normal day open into a closed morning, and not the reverse', () => {
      expect(isOpenAt(nightLine, jst('2026-11-23T05:00:00'), ['2026-11-23'])).toBe(true) // opened Sunday 22:00
      expect(isOpenAt(nightLine, jst('2026-11-22T23:00:00'), ['2026-11-22'])).toBe(false)
      expect(isOpenAt(nightLine, jst('2026-11-23T05:00:00'), ['2026-11-22'])).toBe(false)
    })

    it('says when it opens after the closed days', () => {
      // Friday 17:00 → skips Monday 23 November → Tuesday 09:00.
      expect(minutesUntilOpen(weekdays, jst('2026-11-20T17:00:00'), closed)).toBe(4 * 24 * 60 - 8 * 60)
      // Monday 28 December after closing → the closure → Monday 4 January 09:00.
      expect(minutesUntilOpen(weekdays, jst('2026-12-28T17:00:00'), closed)).toBe(7 * 24 * 60 - 8 * 60)
      expect(minutesUntilOpen(weekdays, jst('2026-11-23T10:00:00'), new Set(closed))).toBe(23 * 60)
    })

    it('orders a service closed today after one that is open', () => {
      const services = [
        { name: 'office', hours: weekdays, closed },
        { name: 'assist', hours: assist },
      ]
      expect(orderByOpenNow(services, jst('2026-12-30T11:00:00')).map((s) => s.name)).toEqual(['assist', 'office'])
      expect(orderByOpenNow(services, jst('2026-12-28T11:00:00')).map((s) => s.name)).toEqual(['office', 'assist'])
    })

    it('has no opening ahead when every date is closed', () => {
      const everyDay = Array.from({ length: 800 }, (_, i) =>
        new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10),
      )
      expect(minutesUntilOpen(weekdays, jst('2026-11-23T10:00:00'), everyDay)).toBeNull()
    })
  })
})

describe('closed dates of a service', () => {
  const holidays = ['2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06', '2027-01-01', '2028-01-01']

  it('lists the holidays of the years covered, substitute holidays included, when it closes on them', () => {
    expect(closedDates({ closedOnHolidays: true, yearEnd: null }, holidays, [2026])).toEqual([
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06', // 振替休日 for Sunday 3 May
    ])
    expect(closedDates({ closedOnHolidays: false, yearEnd: null }, holidays, [2026, 2027])).toEqual([])
  })

  it('runs the year-end closure into the next year, including the part begun the year before', () => {
    const dates = closedDates({ closedOnHolidays: false, yearEnd: DEFAULT_YEAR_END }, [], [2026, 2027])
    expect(dates.slice(0, 3)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03'])
    expect(dates.filter((d) => d.startsWith('2026-12'))).toEqual(['2026-12-29', '2026-12-30', '2026-12-31'])
    expect(dates).toHaveLength(3 + 6 + 3)
    expect(dates.at(-1)).toBe('2027-12-31') // 2028 is not covered
    // A closure within one year; holidays and closure merged without repeats.
    expect(
      closedDates({ closedOnHolidays: true, yearEnd: { from: '12-31', to: '12-31' } }, ['2026-12-31'], [2026]),
    ).toEqual(['2026-12-31'])
  })

  it('refuses a closure that is not two real days', () => {
    expect(isMonthDay('02-29')).toBe(true)
    for (const bad of ['04-31', '13-01', '1-3', '12-29\r\n', '', '12/29']) expect(isMonthDay(bad), bad).toBe(false)
    expect(() => closedDates({ closedOnHolidays: false, yearEnd: { from: '12-29', to: '02-30' } }, [], [2026])).toThrow(
      /MM-DD/,
    )
  })
})
