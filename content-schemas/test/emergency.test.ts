import { describe, expect, it } from 'vitest'

import { EMERGENCY_NUMBERS, emergencyTelHref } from '../src/emergency'
import { t, UI_TRANSLATIONS } from '../src/i18n'
import { LOCALE_CODES } from '../src/locales'

describe('the emergency numbers', () => {
  it('are police, fire/ambulance, medical advice and the disaster message dial, in that order', () => {
    expect(EMERGENCY_NUMBERS.map((n) => [n.service, n.number])).toEqual([
      ['police', '110'],
      ['fire-ambulance', '119'],
      ['medical-advice', '#7119'],
      ['disaster-message', '171'],
    ])
  })

  it('say that #7119 does not answer everywhere in Japan, and the others do', () => {
    expect(EMERGENCY_NUMBERS.filter((n) => !n.nationwide).map((n) => n.number)).toEqual(['#7119'])
  })

  it('dial what they show: # percent-encoded, nothing else added', () => {
    expect(EMERGENCY_NUMBERS.map((n) => emergencyTelHref(n.number))).toEqual([
      'tel:110',
      'tel:119',
      'tel:%237119',
      'tel:171',
    ])
  })

  it.each(LOCALE_CODES)('have a name and a use of their own in %s', (lang) => {
    const own: Partial<Record<string, string>> = UI_TRANSLATIONS[lang]
    for (const n of EMERGENCY_NUMBERS) {
      for (const key of [n.name, n.use, 'emergency.title', 'emergency.intro', 'emergency.someAreas'] as const) {
        expect(own[key]?.trim(), `${lang} ${key}`).toBeTruthy()
        if (lang !== 'en') expect(own[key], `${lang} ${key} is not the English text`).not.toBe(t('en', key))
      }
    }
  })

  it('keep 110 and 119 as digits in the line that says they are free', () => {
    for (const lang of LOCALE_CODES) {
      expect(t(lang, 'emergency.intro'), lang).toContain('110')
      expect(t(lang, 'emergency.intro'), lang).toContain('119')
    }
  })
})

describe('emergencyTelHref', () => {
  it.each([
    '',
    '11',
    '12345',
    '7119#',
    '##7119',
    '%237119',
    '11 0',
    '110\r\n',
    'tel:110',
    '110<script>',
    '../110',
    '１１０', // full-width digits: a phone dials ASCII only
  ])('refuses %j, which is not a short number', (number) => {
    expect(() => emergencyTelHref(number)).toThrow(/Not an emergency number/)
  })
})
