import { describe, expect, it } from 'vitest'

import { validateEmail, validateHttpUrl } from '../src/fields/validators'

describe('web addresses', () => {
  it('are full http(s) URLs, not a scheme followed by something a browser reads as a path', () => {
    expect(validateHttpUrl('https://jp-mirai.org/ja/')).toBe(true)
    expect(validateHttpUrl('http://localhost:4321/')).toBe(true)
    for (const value of [
      'https:evil.example',
      'https:/evil.example',
      'javascript:alert(1)',
      '//evil.example',
      'https:\\\\evil.example',
    ]) {
      expect(validateHttpUrl(value), value).toMatch(/is not a web address/)
    }
  })
})

describe('email addresses', () => {
  it('are one plain address: nothing a mailto: link reads as more recipients or a subject', () => {
    expect(validateEmail('info@jp-mirai.org')).toBe(true)
    expect(validateEmail('assist+vi@jp-mirai.org')).toBe(true)
    for (const value of ['x@y.z?bcc=victim%40corp.example', 'a@b.c,d@e.f', 'a b@c.de', 'a@b', '<a@b.cd>']) {
      expect(validateEmail(value), value).toMatch(/is not an email address/)
    }
  })
})
