/**
 * Opening hours of consultation services, always in Japan time (JST, UTC+9, no daylight saving),
 * whatever the time zone of the reader's phone: "open now" and "opens next" for the consultation
 * finder, computed on the device from an injected clock so it can be tested at fixed moments.
 *
 * Closed dates ("YYYY-MM-DD" in Japan: public holidays, a year-end closure) are given by the
 * caller — the build computes them (./consultationServices.ts `closedDates`) — so this stays pure.
 * A span belongs to the day it opens on: a night line opening on a normal Sunday evening stays
 * open into a holiday Monday morning, and one opening on the holiday does not open at all.
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

const DAY_MINUTES = 24 * 60
/** How far ahead "opens in" looks past closed days: more than any closure, a year. */
const LOOKAHEAD_WEEKS = 53

/** Closed dates as a set, whatever the caller holds them in. */
const asSet = (closed: Iterable<string>): ReadonlySet<string> => (closed instanceof Set ? closed : new Set(closed))

/** The Japan date of the day `minute` (minutes since the Monday 00:00 of `at`'s week) falls on. */
function japanDateAt(at: Date, minute: number): string {
  const { year, month, day, daysSinceMonday } = japanWallClock(at)
  return new Date(Date.UTC(year, month - 1, day + Math.floor(minute / DAY_MINUTES) - daysSinceMonday))
    .toISOString()
    .slice(0, 10)
}

export function isOpenAt(slots: readonly OpeningSlot[], at: Date, closed: Iterable<string> = []): boolean {
  const now = weekMinuteInJapan(at)
  const shut = asSet(closed)
  // A slot from Sunday night into Monday is also checked one week earlier.
  return intervals(slots).some(([start, end]) =>
    [0, -WEEK_MINUTES].some(
      (shift) => now >= start + shift && now < end + shift && !shut.has(japanDateAt(at, start + shift)),
    ),
  )
}

/**
 * Minutes until the service next opens (0 when open now), skipping closed dates; null when it has
 * no hours at all, or no opening in the year ahead.
 */
export function minutesUntilOpen(
  slots: readonly OpeningSlot[],
  at: Date,
  closed: Iterable<string> = [],
): number | null {
  if (slots.length === 0) return null
  const shut = asSet(closed)
  if (isOpenAt(slots, at, shut)) return 0
  const now = weekMinuteInJapan(at)
  let soonest: number | null = null
  for (const [start] of intervals(slots)) {
    for (let week = 0; week <= LOOKAHEAD_WEEKS; week++) {
      const opens = start + week * WEEK_MINUTES
      if (opens < now || shut.has(japanDateAt(at, opens))) continue
      if (soonest === null || opens - now < soonest) soonest = opens - now
      break
    }
  }
  return soonest
}

/**
 * Services open now first, then by how soon they open; services without hours (always reachable
 * online, or hours unknown) last. Ties keep the given order.
 */
export function orderByOpenNow<T extends { hours: readonly OpeningSlot[]; closed?: readonly string[] }>(
  services: readonly T[],
  at: Date,
): T[] {
  const wait = (s: T) => minutesUntilOpen(s.hours, at, s.closed) ?? Number.POSITIVE_INFINITY
  return services
    .map((service, index) => ({ service, index, wait: wait(service) }))
    .sort((a, b) => a.wait - b.wait || a.index - b.index)
    .map(({ service }) => service)
}
