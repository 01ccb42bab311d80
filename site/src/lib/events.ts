/** Upcoming and past events as of the build, and calendar (.ics) files for each event. */

export interface Timed {
  start: string
  end: string
}

/**
 * Upcoming: not yet over at `now` (an event in progress still counts), soonest first.
 * Past: over, most recent first. `now` is the build time; the site states it is built in Japan time.
 */
export function splitEvents<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const t = now.getTime()
  const upcoming = events
    .filter((e) => Date.parse(e.end) >= t)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const past = events.filter((e) => Date.parse(e.end) < t).sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
  return { upcoming, past }
}

export interface CalendarEvent extends Timed {
  uid: string
  title: string
  description?: string | null
  location?: string | null
  url: string
  updatedAt?: string | null
}

/** Every way text can break a line: CRLF, a lone CR or LF, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g
/** Control characters RFC 5545 does not allow in a value (tab is allowed). */
// eslint-disable-next-line no-control-regex -- these are the characters removed
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g

/**
 * RFC 5545 text: escape backslash, semicolon and comma, and turn every line break into `\n`. A
 * lone CR left in a translated title would otherwise end the content line early, and what
 * follows it would be read as a property of its own.
 */
function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
}

/** Values that are not text (UID, URL) never contain a break either. */
const oneLine = (value: string) => value.replace(LINE_BREAK, '').replace(CONTROL, '')

/** UTC date-time in the basic format: 20231124T050000Z. */
function utc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Lines longer than 75 octets are folded with CRLF + space, without splitting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  out.push(current)
  return out.join('\r\n ')
}

export function toIcs(event: CalendarEvent, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JP-MIRAI//Portal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${oneLine(event.uid)}`,
    `DTSTAMP:${utc(event.updatedAt ?? now.toISOString())}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${oneLine(event.url)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
