/**
 * Opening hours of consultation services, always in Japan time (JST, UTC+9, no daylight saving),
 * whatever the time zone of the reader's phone: "open now" and "opens next" for the consultation
 * finder, computed on the device from an injected clock so it can be tested at fixed moments.
 */
import { japanWallClock } from './dates'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export interface OpeningSlot {
  day: Weekday
  /** "HH:MM", Japan time. */
  opens: string
  /** "HH:MM", Japan time; "24:00" is the end of the day; earlier than `opens` runs past midnight. */
  closes: string
}

const WEEK_MINUTES = 7 * 24 * 60

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}

/** Minutes since Monday 00:00 in Japan for an instant. */
export function weekMinuteInJapan(at: Date): number {
  const { daysSinceMonday, hour, minute } = japanWallClock(at)
  return daysSinceMonday * 24 * 60 + hour * 60 + minute
}

/** Each slot as [start, end) minutes of the week; a slot past midnight may end after the week. */
function intervals(slots: readonly OpeningSlot[]): [number, number][] {
  return slots.map((slot) => {
    const start = WEEKDAYS.indexOf(slot.day) * 24 * 60 + minutes(slot.opens)
    let end = WEEKDAYS.indexOf(slot.day) * 24 * 60 + minutes(slot.closes)
    if (end <= start) end += 24 * 60
    return [start, end]
  })
}

export function isOpenAt(slots: readonly OpeningSlot[], at: Date): boolean {
  const now = weekMinuteInJapan(at)
  // A slot from Sunday night into Monday is also checked one week earlier.
  return intervals(slots).some(
    ([start, end]) => (now >= start && now < end) || (now + WEEK_MINUTES >= start && now + WEEK_MINUTES < end),
  )
}

/** Minutes until the service next opens (0 when open now); null when it has no hours at all. */
export function minutesUntilOpen(slots: readonly OpeningSlot[], at: Date): number | null {
  if (slots.length === 0) return null
  if (isOpenAt(slots, at)) return 0
  const now = weekMinuteInJapan(at)
  return Math.min(...intervals(slots).map(([start]) => (start - now + WEEK_MINUTES) % WEEK_MINUTES))
}

/**
 * Services open now first, then by how soon they open; services without hours (always reachable
 * online, or hours unknown) last. Ties keep the given order.
 */
export function orderByOpenNow<T extends { hours: readonly OpeningSlot[] }>(services: readonly T[], at: Date): T[] {
  const wait = (s: T) => minutesUntilOpen(s.hours, at) ?? Number.POSITIVE_INFINITY
  return services
    .map((service, index) => ({ service, index, wait: wait(service) }))
    .sort((a, b) => a.wait - b.wait || a.index - b.index)
    .map(({ service }) => service)
}
