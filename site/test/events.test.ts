import { describe, expect, it } from 'vitest'

import { tokyoDay } from '@mirai/content-schemas/dates'

import { formatRange } from '../src/lib/dates'
import { splitEvents, toIcs } from '../src/lib/events'

const event = (id: string, start: string, end: string) => ({ id, start, end })

describe('splitEvents', () => {
  const events = [
    event('past', '2026-11-20T14:00:00+09:00', '2026-11-20T16:00:00+09:00'),
    event('running', '2026-11-21T09:00:00+09:00', '2026-11-21T18:00:00+09:00'),
    event('later', '2027-01-21T14:00:00+09:00', '2027-01-21T16:00:00+09:00'),
    event('soon', '2026-12-04T14:00:00+09:00', '2026-12-04T17:00:00+09:00'),
    event('older', '2023-05-19T16:00:00+09:00', '2023-05-19T17:30:00+09:00'),
  ]

  it('counts an event still running as upcoming, soonest first; past ones latest first', () => {
    const { upcoming, past } = splitEvents(events, new Date('2026-11-21T12:00:00+09:00'))
    expect(upcoming.map((e) => e.id)).toEqual(['running', 'soon', 'later'])
    expect(past.map((e) => e.id)).toEqual(['past', 'older'])
  })
})

describe('dates in Japan time', () => {
  it('uses the Tokyo calendar day, not UTC', () => {
    expect(tokyoDay('2026-11-20T16:30:00Z')).toBe('2026-11-21')
  })

  it('formats a same-day event with one date', () => {
    expect(formatRange('2023-11-24T05:00:00Z', '2023-11-24T07:00:00Z', 'en')).toBe(
      'Friday, November 24, 2023 14:00–16:00',
    )
  })
})

describe('toIcs', () => {
  const ics = toIcs(
    {
      uid: 'e1@jp-mirai.org',
      title: 'Members Forum; 2026, Tokyo',
      description: 'Line one\nLine two',
      location: 'Hamamatsucho-kan',
      start: '2026-12-04T14:00:00+09:00',
      end: '2026-12-04T17:00:00+09:00',
      url: 'https://jp-mirai.org/ja/events/members-forum-2026/',
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
    new Date('2026-11-21T00:00:00Z'),
  )

  it('writes UTC times, escaped text and CRLF lines', () => {
    expect(ics).toContain('DTSTART:20261204T050000Z\r\n')
    expect(ics).toContain('DTEND:20261204T080000Z\r\n')
    expect(ics).toContain('SUMMARY:Members Forum\\; 2026\\, Tokyo\r\n')
    expect(ics).toContain('DESCRIPTION:Line one\\nLine two\r\n')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('folds long lines at 75 octets without splitting characters', () => {
    const long = toIcs({
      uid: 'x',
      title: 'ミャンマーからの技能実習生と一緒に働くためのセミナー（オンライン開催）',
      start: '2026-12-04T05:00:00Z',
      end: '2026-12-04T06:00:00Z',
      url: 'https://x.example/',
    })
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const unfolded = long.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:ミャンマーからの技能実習生と一緒に働くためのセミナー（オンライン開催）')
  })
})

describe('hardening 13: .ics text with line breaks of any kind', () => {
  it('turns CRLF, a lone CR, LF and Unicode separators into \\n, so no text can start a property of its own', () => {
    const ics = toIcs({
      uid: 'e2@jp-mirai.org\r\nX-INJECTED:1',
      title: 'Seminar\rDTSTART:19700101T000000Z',
      description: 'a\r\nb\nc\u2028d\u2029e\u0085f\u000bg',
      location: 'Room\r\n1\u0000',
      start: '2026-12-04T05:00:00Z',
      end: '2026-12-04T06:00:00Z',
      url: 'https://x.example/\rEND:VEVENT',
    })
    const lines = ics.replace(/\r\n /g, '').split('\r\n')
    expect(lines).toContain('SUMMARY:Seminar\\nDTSTART:19700101T000000Z')
    expect(lines).toContain('DESCRIPTION:a\\nb\\nc\\nd\\ne\\nf\\ng')
    expect(lines).toContain('LOCATION:Room\\n1')
    expect(lines.filter((l) => l.startsWith('DTSTART:'))).toEqual(['DTSTART:20261204T050000Z'])
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(1)
    expect(lines.some((l) => l.startsWith('X-INJECTED'))).toBe(false)
    // Nothing but CRLF ends a line, and every line is a property or a fold.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
  })
})
