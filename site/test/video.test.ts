import { describe, expect, it } from 'vitest'

import { formatDuration, isoDuration } from '../src/lib/video'

describe('video durations', () => {
  it('shows minutes and seconds, with hours only when there are any', () => {
    expect(formatDuration(245)).toBe('4:05')
    expect(formatDuration(59)).toBe('0:59')
    expect(formatDuration(3723)).toBe('1:02:03')
  })

  it('writes an ISO 8601 duration for <time datetime>', () => {
    expect(isoDuration(245)).toBe('PT4M5S')
    expect(isoDuration(3600)).toBe('PT1H')
    expect(isoDuration(0)).toBe('PT0S')
  })
})
