import { describe, expect, it } from 'vitest'

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
})
