/**
 * The choices of the "Assist, please contact me" form in the reader's language. Language and day
 * names come from the platform's own locale data (ICU), so the list in @mirai/content-schemas/assist
 * needs no translations.
 */
import { ASSIST_DAYS, ASSIST_LANGUAGES, ASSIST_TIMES, type AssistDay } from '@mirai/content-schemas/assist'
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'

import type { AssistChoices } from '../components/safety/AssistForm'

/** A week whose days are Assist's days: Tuesday 1 December 2026 onwards, at noon in Tokyo. */
const DAY_DATES: Record<AssistDay, string> = {
  tue: '2026-12-01T12:00:00+09:00',
  wed: '2026-12-02T12:00:00+09:00',
  thu: '2026-12-03T12:00:00+09:00',
  fri: '2026-12-04T12:00:00+09:00',
  sat: '2026-12-05T12:00:00+09:00',
}

export function assistChoices(lang: LocaleCode, hours: string): AssistChoices {
  const tag = getLocale(lang).bcp47
  const names = new Intl.DisplayNames([tag], { type: 'language' })
  const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'Asia/Tokyo' })
  return {
    languages: ASSIST_LANGUAGES.map((code) => {
      const name = names.of(code) ?? code
      // Its own name too, so a worker finds their language even in a list written in another.
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
      return { code, name: own.toLowerCase() === name.toLowerCase() ? name : `${name} — ${own}` }
    }),
    days: ASSIST_DAYS.map((code) => ({ code, label: weekday.format(new Date(DAY_DATES[code])) })),
    times: ASSIST_TIMES.map((code) => {
      const [from, to] = code.split('-')
      return { code, label: `${from}:00–${to}:00` }
    }),
    hours,
  }
}
