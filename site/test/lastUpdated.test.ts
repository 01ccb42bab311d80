import { describe, expect, it } from 'vitest'

import { lastUpdated } from '../src/lib/lastUpdated'

describe('lastUpdated', () => {
  it('is the newest date by time, not by spelling', () => {
    // 08:00 in Japan on 1 November is 23:00 UTC on 31 October: later as text, earlier in time.
    expect(lastUpdated(['2026-11-01T08:00:00+09:00', '2026-10-31T23:30:00.000Z', '2026-10-30T00:00:00.000Z'])).toBe(
      '2026-10-31T23:30:00.000Z',
    )
  })

  it('leaves out what is not a date, and gives null when nothing is dated', () => {
    expect(lastUpdated([null, undefined, '', 'soon', '2026-01-02T00:00:00.000Z'])).toBe('2026-01-02T00:00:00.000Z')
    expect(lastUpdated([])).toBeNull()
    expect(lastUpdated([null, 'never'])).toBeNull()
  })
})
