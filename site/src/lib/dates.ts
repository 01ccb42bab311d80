/** Dates in Japan time are shared with the CMS and newsletters (content-schemas/src/dates.ts). */
export { formatDate, formatDateTime, formatRange, TIME_ZONE, tokyoDay } from '@mirai/content-schemas/dates'

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
  if (Number.isNaN(date.getTime()))
    throw new Error(`SITE_NOW "${fixed}" is not a date (use ISO 8601, e.g. 2026-11-21T09:00:00+09:00)`)
  return date
}
