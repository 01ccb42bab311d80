/**
 * What the CMS, the export and the site share about consultation services beyond their hours:
 * the languages one may speak (many more than the site's nine), where it serves (all of Japan or
 * some prefectures) and the days it is closed — Japanese public holidays and a year-end closure —
 * turned into dates. The public holidays themselves come from a maintained library, at build
 * time (site/src/lib/holidays.ts), so this stays pure and ./openingHours.ts takes plain dates.
 */
import { ASSIST_LANGUAGES } from './assist'

/**
 * The languages a consultation service may speak, as BCP 47 codes: Assist's (which include the
 * site's nine), then others that public services for foreign residents offer (Ukrainian since
 * 2022, Arabic, Persian, Turkish, Tamil, Malay, German, Italian). Names are never kept here: pages
 * show each with Intl.DisplayNames in the reader's language, so adding one is adding its code.
 */
export const SERVICE_LANGUAGES = [...ASSIST_LANGUAGES, 'uk', 'ar', 'fa', 'tr', 'ta', 'ms', 'de', 'it'] as const
export type ServiceLanguage = (typeof SERVICE_LANGUAGES)[number]

/** Where a service takes calls from: anywhere in Japan, or only the prefectures it lists. */
export const SERVICE_REGIONS = ['nationwide', 'prefectures'] as const
export type ServiceRegion = (typeof SERVICE_REGIONS)[number]

/** A day of the year as "MM-DD" (the year-end closure's first and last day). */
export const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Whether "MM-DD" is a real day in some year (02-29 is; 04-31 is not). */
export function isMonthDay(value: string): boolean {
  if (!MONTH_DAY.test(value)) return false
  const [month, day] = value.split('-').map(Number) as [number, number]
  // 2024 is a leap year, so 29 February is a day of the year too.
  return new Date(Date.UTC(2024, month - 1, day)).getUTCDate() === day
}

/** Most offices in Japan close from 29 December to 3 January (年末年始). */
export const DEFAULT_YEAR_END = { from: '12-29', to: '01-03' } as const

/** The days a service is closed besides its weekly hours. */
export interface ServiceClosures {
  closedOnHolidays: boolean
  /** First and last closed day, "MM-DD", both included; a `to` before `from` runs into the next year. */
  yearEnd: { from: string; to: string } | null
}

const DAY_MS = 24 * 60 * 60 * 1000
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Every day from `from` in `year` to `to` (in the next year when it comes first), "YYYY-MM-DD". */
function closureDays(year: number, from: string, to: string): string[] {
  const [fm, fd] = from.split('-').map(Number) as [number, number]
  const [tm, td] = to.split('-').map(Number) as [number, number]
  const start = Date.UTC(year, fm - 1, fd)
  const end = Date.UTC(to < from ? year + 1 : year, tm - 1, td)
  const days: string[] = []
  for (let ms = start; ms <= end; ms += DAY_MS) days.push(isoDay(ms))
  return days
}

/**
 * The dates ("YYYY-MM-DD", Japan's calendar, sorted) in `years` on which a service is closed:
 * the public holidays given (substitute holidays included — they are holidays) when it closes on
 * them, and its year-end closure, including the part of the closure that began the year before.
 */
export function closedDates(
  closures: ServiceClosures,
  holidays: readonly string[],
  years: readonly number[],
): string[] {
  const inYears = (date: string) => years.includes(Number(date.slice(0, 4)))
  const dates = new Set<string>()
  if (closures.closedOnHolidays) for (const date of holidays) if (inYears(date)) dates.add(date)
  const yearEnd = closures.yearEnd
  if (yearEnd) {
    if (!isMonthDay(yearEnd.from) || !isMonthDay(yearEnd.to))
      throw new Error(`Year-end closure ${yearEnd.from} – ${yearEnd.to} is not two days written MM-DD`)
    for (const year of years)
      for (const start of [year - 1, year])
        for (const date of closureDays(start, yearEnd.from, yearEnd.to)) if (inYears(date)) dates.add(date)
  }
  return [...dates].sort()
}
