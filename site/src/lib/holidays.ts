/**
 * Japan's public holidays for the years a build covers, read at build time from
 * @holiday-jp/holiday_jp: the holiday_jp project's list (the Cabinet Office's published holidays,
 * substitute holidays and citizens' holidays included, and the years ahead computed by the law's
 * rules), shipped as data in the package. The pages get plain dates; nothing of it reaches the
 * browser. A new release of the package is how a change of the law arrives.
 */
import holidayJp from '@holiday-jp/holiday_jp'
import { japanWallClock } from '@mirai/content-schemas/dates'

import { buildTime } from './buildTime'

/** The holidays on record, "YYYY-MM-DD", in order. */
const ALL = Object.keys(holidayJp.holidays).sort()
const LAST_YEAR = Number(ALL.at(-1)!.slice(0, 4))

/**
 * The years whose closed days the build hands to its pages: this year and the next in Japan,
 * so "open now" stays right for a year after the last build.
 */
export function coveredYears(at: Date): number[] {
  const { year } = japanWallClock(at)
  return [year, year + 1]
}

/** The public holidays in `years`; the build stops rather than show a holiday as a working day. */
export function japaneseHolidays(years: readonly number[]): string[] {
  const beyond = years.filter((year) => year > LAST_YEAR)
  if (beyond.length > 0)
    throw new Error(
      `@holiday-jp/holiday_jp ${holidayJp.VERSION} lists Japanese holidays up to ${LAST_YEAR}, not ${beyond.join(', ')}: update it`,
    )
  return ALL.filter((date) => years.includes(Number(date.slice(0, 4))))
}

export interface Calendar {
  years: number[]
  holidays: string[]
}

let built: Calendar | undefined
/** The holidays of the years this build covers, computed once per build. */
export function buildCalendar(): Calendar {
  if (!built) {
    const years = coveredYears(buildTime())
    built = { years, holidays: japaneseHolidays(years) }
  }
  return built
}
