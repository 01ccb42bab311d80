import { describe, expect, it } from 'vitest'

import { shapeSafetyCheck } from '../../src/export/shape/safetyCheck'
import { emptyText, inLanguages, safetyCheck, testContext, text } from './fixtures'

describe('the safety check', () => {
  it('explains questions only with articles a reader can open, in every language a question is written in', () => {
    const { ctx } = testContext()
    ctx.pages.add('articles', [{ id: 'a1', slug: 'overtime', translations: { ja: { title: '残業', summary: null } } }])
    const ja = safetyCheck({
      updatedAt: '2026-11-30T01:02:03.000Z',
      intro: text('はじめに'),
      sections: [
        {
          key: 'work',
          title: '仕事',
          questions: [
            { key: 'overtime', severity: 'serious', text: text('残業は？'), explanations: ['a1', 'a-draft'] },
          ],
        },
      ],
    })
    const vi = {
      ...ja,
      intro: emptyText,
      sections: [
        {
          key: 'work' as const,
          title: 'Công việc',
          questions: [{ key: 'overtime', severity: 'serious' as const, text: text('Làm thêm?') }],
        },
      ],
    }
    const en = {
      ...ja,
      intro: null,
      sections: [
        {
          key: 'work' as const,
          title: '',
          questions: [{ key: 'overtime', severity: 'serious' as const, text: emptyText }],
        },
      ],
    }
    expect(shapeSafetyCheck(inLanguages({ ja, vi, en }), ctx)).toEqual({
      updatedAt: '2026-11-30T01:02:03.000Z',
      intro: { ja: text('はじめに') },
      sections: [
        {
          key: 'work',
          translations: { ja: { title: '仕事' }, vi: { title: 'Công việc' } },
          questions: [
            {
              key: 'overtime',
              severity: 'serious',
              explanations: [{ id: 'a1', slug: 'overtime', translations: { ja: { title: '残業' } } }],
              translations: { ja: { text: text('残業は？') }, vi: { text: text('Làm thêm?') } },
            },
          ],
        },
      ],
    })
  })
})
