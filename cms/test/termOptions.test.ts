import { CONTACT_KINDS, REPORT_KIND_TERMS } from '@mirai/content-schemas/taxonomies'
import { describe, expect, it } from 'vitest'

import { termOptions } from '../src/fields/taxonomy'

describe('termOptions', () => {
  it('labels the admin’s select options from the taxonomy, in the admin’s languages', () => {
    expect(termOptions(REPORT_KIND_TERMS)[0]).toEqual({
      value: 'annual-plan',
      label: { en: 'Annual activity plan', ja: '年間活動計画' },
    })
    expect(termOptions(CONTACT_KINDS).find((o) => typeof o === 'object' && o.value === 'embassy')).toMatchObject({
      label: { en: 'Embassy', ja: '大使館' },
    })
  })
})
