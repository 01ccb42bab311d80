import { describe, expect, it } from 'vitest'

import { isReference, newReference } from '../src/collections/ConsultationRequests/reference'
import { randomCode } from '../src/safety/randomCode'

describe('consultation request references', () => {
  it('read like "JM-7K2Q-9XWD", without characters taken for others', () => {
    const drawn = Array.from({ length: 2000 }, newReference)
    for (const reference of drawn) {
      expect(reference).toMatch(/^JM-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
      expect(reference.slice(3)).not.toMatch(/[01OILU]/)
      expect(isReference(reference)).toBe(true)
    }
    expect(new Set(drawn).size).toBe(drawn.length)
    // Every character of the alphabet turns up: none is stuck or missing.
    expect(new Set(drawn.join('').replace(/JM|-/g, '')).size).toBe(30)
  })

  it('are recognised only in their own shape', () => {
    for (const value of ['JM-7K2Q-9XWD', 'JM-2222-ZZZZ']) expect(isReference(value), value).toBe(true)
    for (const value of [
      'jm-7k2q-9xwd',
      'JM-7K2Q-9XW',
      'JM-7K2Q-9XWO',
      'JM-7K2Q9XWD',
      'XX-7K2Q-9XWD',
      ' JM-7K2Q-9XWD',
      42,
      null,
    ])
      expect(isReference(value), String(value)).toBe(false)
  })
})

describe('randomCode', () => {
  it('draws every character of the alphabet equally often', () => {
    // 200 characters: taking a byte modulo 200 would make the first 56 twice as likely as the rest.
    const alphabet = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x100 + i)).join('')
    const counts = new Map<string, number>()
    for (const c of randomCode(alphabet, 200_000)) counts.set(c, (counts.get(c) ?? 0) + 1)
    expect(counts.size).toBe(200)
    // 1,000 expected each, give or take about 32: a biased draw is off by hundreds.
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(250)
  })

  it('refuses an alphabet it cannot draw from', () => {
    expect(() => randomCode('a', 4)).toThrow(RangeError)
  })
})
