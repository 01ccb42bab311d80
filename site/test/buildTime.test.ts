import { afterEach, describe, expect, it, vi } from 'vitest'

import { buildTime } from '../src/lib/buildTime'

describe('buildTime', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is the moment SITE_NOW fixes, or now', () => {
    vi.stubEnv('SITE_NOW', '2026-11-21T09:00:00+09:00')
    expect(buildTime().toISOString()).toBe('2026-11-21T00:00:00.000Z')
    vi.stubEnv('SITE_NOW', '')
    expect(Math.abs(buildTime().getTime() - Date.now())).toBeLessThan(5000)
  })

  it('refuses a SITE_NOW that is not a date', () => {
    vi.stubEnv('SITE_NOW', 'tomorrow')
    expect(() => buildTime()).toThrow('SITE_NOW "tomorrow" is not a date')
  })
})
