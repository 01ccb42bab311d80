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
  const upcoming = events.filter((e) => Date.parse(e.end) >= t).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
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

/** RFC 5545 text: escape backslash, semicolon, comma and newlines. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** UTC date-time in the basic format: 20231124T050000Z. */
function utc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
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
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.updatedAt ?? now.toISOString())}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
