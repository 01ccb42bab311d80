import { describe, expect, it } from 'vitest'

import { slugify } from '../src/fields/slug'
import { validateEmail, validateHttpUrl, validatePhone } from '../src/fields/validators'
import { allowedTransitions } from '../src/collections/ActivityReports/hooks/workflow'
import { fallbackChain } from '@mirai/content-schemas/locales'
import { localization } from '../src/localization'

describe('slugify', () => {
  it('makes ASCII kebab-case from Latin titles, accents removed', () => {
    expect(slugify('Paid Leave: Your Rights!')).toBe('paid-leave-your-rights')
    expect(slugify('Lương tối thiểu 2026')).toBe('luong-toi-thieu-2026')
  })

  it('gives nothing for a title without Latin letters, so the editor must choose a slug', () => {
    expect(slugify('最低賃金')).toBe('')
  })
})

describe('validators', () => {
  it('accept good values and explain bad ones', () => {
    expect(validateHttpUrl('https://jp-mirai.org/')).toBe(true)
    expect(validateHttpUrl('javascript:alert(1)')).toMatch(/not a web address/)
    expect(validateEmail('info@jp-mirai.org')).toBe(true)
    expect(validateEmail('info@')).toMatch(/not an email address/)
    expect(validatePhone('0120-123-456')).toBe(true)
    expect(validatePhone('+81 3-1234-5678')).toBe(true)
    expect(validatePhone('call us')).toMatch(/not a phone number/)
  })
})

describe('activity report transitions', () => {
  it('let members submit drafts and returned reports, nothing else', () => {
    expect(allowedTransitions('member', 'draft')).toEqual(['submitted'])
    expect(allowedTransitions('member', 'returned')).toEqual(['submitted'])
    expect(allowedTransitions('member', 'submitted')).toEqual([])
    expect(allowedTransitions('member', 'in-review')).toEqual([])
  })

  it('let the secretariat review, accept, return and reopen', () => {
    expect(allowedTransitions('staff', 'submitted')).toEqual(['in-review', 'accepted', 'returned'])
    expect(allowedTransitions('staff', 'in-review')).toEqual(['accepted', 'returned'])
    expect(allowedTransitions('staff', 'accepted')).toEqual(['in-review'])
  })
})

describe('localization', () => {
  it('is the shared locale table with Japanese as default and the shared fallback chain', () => {
    expect(localization.defaultLocale).toBe('ja')
    const codes = localization.locales.map((l) => (typeof l === 'string' ? l : l.code))
    expect(codes).toEqual(['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'])
    const vi = localization.locales.find((l) => typeof l !== 'string' && l.code === 'vi')
    expect(typeof vi !== 'string' && vi?.fallbackLocale).toEqual(fallbackChain('vi'))
  })
})
