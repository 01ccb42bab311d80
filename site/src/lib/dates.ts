import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'

/** Events happen in Japan: every date on the site is shown in Japan time. */
export const TIME_ZONE = 'Asia/Tokyo'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(lang: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    // Times in Japan are read on a 24-hour clock (station boards, shift plans), in every language.
    f = new Intl.DateTimeFormat(getLocale(lang).bcp47, { timeZone: TIME_ZONE, hourCycle: 'h23', ...options })
    cache.set(key, f)
  }
  return f
}

export function formatDate(iso: string, lang: LocaleCode): string {
  return formatter(lang, { dateStyle: 'long' }).format(new Date(iso))
}

export function formatDateTime(iso: string, lang: LocaleCode): string {
  return formatter(lang, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso))
}

/** "Friday, 24 November 2023, 14:00–16:00" (one day) or both ends in full (several days). */
export function formatRange(startIso: string, endIso: string, lang: LocaleCode): string {
  const start = new Date(startIso)
  const end = new Date(endIso)
  const sameDay = tokyoDay(startIso) === tokyoDay(endIso)
  if (sameDay) {
    const time = formatter(lang, { timeStyle: 'short' })
    return `${formatter(lang, { dateStyle: 'full' }).format(start)} ${time.format(start)}–${time.format(end)}`
  }
  return `${formatDateTime(startIso, lang)} – ${formatDateTime(endIso, lang)}`
}

/** The calendar day in Japan, 'YYYY-MM-DD'. */
export function tokyoDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
}

/** '12:34' for a duration in seconds (or '1:02:03'). */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

/** ISO 8601 duration for <time datetime>, e.g. PT4M5S. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
}

/** The moment the site is built, which decides upcoming vs past events; SITE_NOW fixes it for tests. */
export function buildTime(): Date {
  const fixed = process.env.SITE_NOW
  const date = fixed ? new Date(fixed) : new Date()
  if (Number.isNaN(date.getTime())) throw new Error(`SITE_NOW "${fixed}" is not a date (use ISO 8601, e.g. 2026-11-21T09:00:00+09:00)`)
  return date
}
