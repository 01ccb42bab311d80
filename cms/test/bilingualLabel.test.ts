import { CODE_OF_CONDUCT_COMMITMENTS, REPORT_STATUS_TERMS } from '@mirai/content-schemas/taxonomies'
import { describe, expect, it } from 'vitest'

import { bilingualLabel } from '../src/fields/taxonomy'

describe('bilingualLabel', () => {
  it('writes a term Japanese first, then English, as the admin’s bilingual lines do', () => {
    expect(bilingualLabel(REPORT_STATUS_TERMS, 'accepted')).toBe('受理 / Accepted')
    expect(bilingualLabel(CODE_OF_CONDUCT_COMMITMENTS, 'skills-development')).toBe(
      '外国人労働者の能力開発を支える / Develop the skills of migrant workers',
    )
  })

  it('refuses a value the taxonomy does not have', () => {
    expect(() => bilingualLabel(REPORT_STATUS_TERMS, 'lost')).toThrow('Unknown term "lost"')
  })
})
