/**
 * Dates and times as readers and staff see them: always in Japan time (events happen in Japan,
 * deadlines are Japanese office days), on a 24-hour clock (station boards, shift plans), in the
 * reader's language. Every formatted date of the platform comes from here.
 */
import { getLocale, type LocaleCode } from './locales'
import type { Weekday } from './openingHours'

export const TIME_ZONE = 'Asia/Tokyo'

/** The options every formatter shares; the service worker, which cannot import, is given them at build. */
export const JAPAN_TIME_OPTIONS = {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
} as const satisfies Intl.DateTimeFormatOptions

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(lang: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(getLocale(lang).bcp47, { ...JAPAN_TIME_OPTIONS, ...options })
    cache.set(key, f)
  }
  return f
}

type DateStyle = 'full' | 'long' | 'medium'

/** "24 November 2023" (long), "24 Nov 2023" (medium), with the weekday (full). */
export function formatDate(iso: string | Date, lang: LocaleCode, dateStyle: DateStyle = 'long'): string {
  return formatter(lang, { dateStyle }).format(new Date(iso))
}

/** A date with its time, "Friday, 24 November 2023 at 14:00" (full) or shorter. */
export function formatDateTime(iso: string | Date, lang: LocaleCode, dateStyle: DateStyle = 'full'): string {
  return formatter(lang, { dateStyle, timeStyle: 'short' }).format(new Date(iso))
}

/** "14:00". */
function formatTime(iso: string | Date, lang: LocaleCode): string {
  return formatter(lang, { timeStyle: 'short' }).format(new Date(iso))
}

/** "Friday, 24 November 2023 14:00–16:00" (one day) or both ends in full (several days). */
export function formatRange(startIso: string, endIso: string, lang: LocaleCode): string {
  if (tokyoDay(startIso) === tokyoDay(endIso))
    return `${formatDate(startIso, lang, 'full')} ${formatTime(startIso, lang)}–${formatTime(endIso, lang)}`
  return `${formatDateTime(startIso, lang)} – ${formatDateTime(endIso, lang)}`
}

/** The calendar day in Japan, 'YYYY-MM-DD'. */
export function tokyoDay(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))
}

/** What a clock in Japan reads at an instant. */
export interface JapanWallClock {
  year: number
  /** 1 = January. */
  month: number
  day: number
  /** 0 = Monday … 6 = Sunday: weeks in Japan (bulletins, opening hours) start on Monday. */
  daysSinceMonday: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

/** Japan has kept UTC+9 all year since 1951, so its clock is UTC shifted by a constant. */
const JAPAN_UTC_OFFSET_MS = 9 * 60 * 60 * 1000

/**
 * The Japan date and time of an instant, whatever the time zone of the machine or phone; plain
 * arithmetic rather than Intl, cheap enough for the consultation finder to ask for every service.
 */
export function japanWallClock(at: Date): JapanWallClock {
  const shifted = new Date(at.getTime() + JAPAN_UTC_OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    daysSinceMonday: (shifted.getUTCDay() + 6) % 7,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * An instant as ISO 8601 in Japan time with its offset (`2026-11-21T14:00:00+09:00`): the time an
 * event's structured data gives, so a search result shows the hour of the event's own clock.
 */
export function japanIsoDateTime(iso: string | Date): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) throw new Error(`Not a date: ${String(iso)}`)
  const c = japanWallClock(at)
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}+09:00`
}

/**
 * Days after Monday, the order of WEEKDAYS (openingHours.ts imports this module, so its list is
 * not imported back; the type keeps the two the same).
 */
const DAYS_AFTER_MONDAY = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const satisfies Record<
  Weekday,
  number
>

/** The name of a weekday of opening hours in a language, from Intl rather than a word list. */
export function weekdayName(day: Weekday, lang: LocaleCode, width: 'long' | 'short' = 'long'): string {
  // 2023-01-02 was a Monday; noon in Japan keeps the day the same in every time zone's reading.
  const date = new Date(Date.UTC(2023, 0, 2 + DAYS_AFTER_MONDAY[day], 3))
  return formatter(lang, { weekday: width }).format(date)
}
