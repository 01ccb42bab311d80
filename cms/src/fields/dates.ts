import { TIME_ZONE } from '@mirai/content-schemas/dates'
import type { FieldHook } from 'payload'

/** The admin shows and enters dates in Japan time, the only time zone the organisation works in. */
export const JAPAN_TIMEZONES = {
  defaultTimezone: TIME_ZONE,
  supportedTimezones: [{ label: `Japan (${TIME_ZONE})`, value: TIME_ZONE }],
}

/**
 * Stores a date as a UTC ISO string whatever offset it was written with ("…+09:00" from the seed
 * or an API client). SQLite keeps dates as text and compares them as text, so one format is what
 * makes range queries (upcoming events, articles since the last bulletin) right on both databases.
 */
export const normalizeDate: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value === '') return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}
