import { describe, expect, it } from 'vitest'

import { CMS_CONNECTED_PAGES, cmsOriginOf, isSiteCode, sharedCheckPath } from '../src/safetySharing'

describe('cmsOriginOf', () => {
  it('is nothing when the build setting is not given', () => {
    expect(cmsOriginOf(undefined)).toBeNull()
    expect(cmsOriginOf('  ')).toBeNull()
  })

  it('keeps the origin of an http(s) address', () => {
    expect(cmsOriginOf('https://cms.jp-mirai.org/')).toBe('https://cms.jp-mirai.org')
    expect(cmsOriginOf('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000')
  })

  it('refuses what would smuggle something into the security policy', () => {
    for (const bad of [
      'cms.jp-mirai.org',
      'javascript:alert(1)',
      'https://user:pw@cms.example',
      'https://cms.example/?a=b',
      'https://cms.example/#x',
      "https://cms.example; script-src 'unsafe-eval'",
    ])
      expect(() => cmsOriginOf(bad), bad).toThrow(/SITE_CMS_URL/)
  })
})

describe('site codes', () => {
  it('are 16 characters without look-alikes', () => {
    expect(isSiteCode('abcdefghjkmnpq23')).toBe(true)
    expect(isSiteCode('abcdefghjkmnpq2')).toBe(false)
    expect(isSiteCode('abcdefghjkmnpq2l')).toBe(false)
    expect(isSiteCode('ABCDEFGHJKMNPQ23')).toBe(false)
    expect(isSiteCode(42)).toBe(false)
  })

  it('lead to the safety check of the language', () => {
    expect(sharedCheckPath('my', 'abcdefghjkmnpq23')).toBe('/my/safety/?site=abcdefghjkmnpq23')
  })

  it('are taken only by the safety check pages', () => {
    expect(CMS_CONNECTED_PAGES).toContain('/ja/safety/')
    expect(CMS_CONNECTED_PAGES).toHaveLength(9)
  })
})
