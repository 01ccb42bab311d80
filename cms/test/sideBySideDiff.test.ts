import { paragraphsDoc } from '@mirai/content-schemas/richtext'
import { describe, expect, it } from 'vitest'

import { sideBySideRows, unitText } from '../src/translation/diff/rows'
import { segment } from '../src/translation/diff/segment'
import { changedWords, wordDiff } from '../src/translation/diff/wordDiff'
import type { TranslationUnit } from '../src/translation/units'

describe('segment', () => {
  it('cuts Japanese, Chinese and Burmese into dictionary words', () => {
    expect(segment('残業代は25%以上増しです。', 'ja')).toEqual([
      '残業',
      '代',
      'は',
      '25',
      '%',
      '以上',
      '増し',
      'です',
      '。',
    ])
    expect(segment('加班费的规定很重要。', 'zh')).toEqual(['加班', '费', '的', '规定', '很', '重要', '。'])
    expect(segment('မြန်မာနိုင်ငံမှ အလုပ်သမားများ', 'my')).toEqual(['မြန်မာနိုင်ငံ', 'မှ', ' ', 'အလုပ်သမား', 'များ'])
  })

  it('cuts Latin scripts at spaces and punctuation, keeping words, contractions and numbers whole', () => {
    expect(segment("Don't work over 1,000.5 hours, please.", 'en')).toEqual([
      "Don't",
      ' ',
      'work',
      ' ',
      'over',
      ' ',
      '1,000.5',
      ' ',
      'hours',
      ',',
      ' ',
      'please',
      '.',
    ])
    expect(segment('Quy định tiền làm thêm giờ', 'vi')).toEqual([
      'Quy',
      ' ',
      'định',
      ' ',
      'tiền',
      ' ',
      'làm',
      ' ',
      'thêm',
      ' ',
      'giờ',
    ])
  })

  it('always joins back into the text, paragraph breaks included', () => {
    for (const [text, lang] of [
      ['一段落目。\n\n二段落目です。', 'ja'],
      ['First.\n\nSecond  line\twith tabs', 'en'],
      ['ပထမ။\n\nဒုတိယ', 'my'],
      ['', 'ja'],
    ] as const)
      expect(segment(text, lang).join('')).toBe(text)
    expect(segment('一段落目。\n\n二段落目', 'ja')).toContain('\n\n')
  })
})

describe('wordDiff', () => {
  it('marks exactly the Japanese words that changed', () => {
    const parts = wordDiff('残業代は25%増しです。', '残業代は25%以上増しです。深夜は50%です。', 'ja')
    expect(parts).toEqual([
      { kind: 'same', text: '残業代は25%' },
      { kind: 'ins', text: '以上' },
      { kind: 'same', text: '増しです。' },
      { kind: 'ins', text: '深夜は50%です。' },
    ])
  })

  it('marks a replaced word as a deletion followed by an insertion', () => {
    expect(wordDiff('The wage is 900 yen.', 'The wage is 1,050 yen.', 'en')).toEqual([
      { kind: 'same', text: 'The wage is ' },
      { kind: 'del', text: '900' },
      { kind: 'ins', text: '1,050' },
      { kind: 'same', text: ' yen.' },
    ])
    // Not a character diff: "worker" → "workers" is one word replaced.
    expect(changedWords(wordDiff('one worker', 'one workers', 'en'))).toEqual({ del: ['worker'], ins: ['workers'] })
  })

  it('reads a phrase replaced word by word as one change', () => {
    const parts = wordDiff('pay the overtime rate', 'pay a higher night rate', 'en')
    expect(changedWords(parts)).toEqual({ del: ['the overtime'], ins: ['a higher night'] })
  })

  it('marks Burmese dictionary words, not syllables or characters', () => {
    expect(changedWords(wordDiff('မြန်မာနိုင်ငံမှ အလုပ်သမားများ', 'ဗီယက်နမ်နိုင်ငံမှ အလုပ်သမားများ', 'my'))).toEqual({
      del: ['မြန်မာနိုင်ငံ'],
      ins: ['ဗီယက်နမ်နိုင်ငံ'],
    })
  })

  it('keeps both texts recoverable from its parts', () => {
    const before = '一段落目。\n\n古い二段落目です。'
    const after = '一段落目を直した。\n\n新しい二段落目です。\n\n三段落目。'
    const parts = wordDiff(before, after, 'ja')
    expect(
      parts
        .filter((p) => p.kind !== 'ins')
        .map((p) => p.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((p) => p.kind !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(after)
    expect(wordDiff('同じ', '同じ', 'ja')).toEqual([{ kind: 'same', text: '同じ' }])
    expect(wordDiff('', '新しい', 'ja')).toEqual([{ kind: 'ins', text: '新しい' }])
  })
})

const unit = (path: string, type: TranslationUnit['type'], values: TranslationUnit['values']): TranslationUnit => ({
  path,
  field: path.replace(/\.r\d+/g, ''),
  type,
  values,
})

describe('sideBySideRows', () => {
  const now = [
    unit('title', 'text', { ja: '残業代のルール', vi: 'Quy định tiền làm thêm giờ' }),
    unit('body', 'richText', {
      ja: paragraphsDoc('残業代は25%以上増しです。', '深夜は50%です。'),
      vi: paragraphsDoc('25%.'),
    }),
    unit('faq.r2.q', 'text', { ja: '新しい質問' }),
  ]
  const before = [
    unit('title', 'text', { ja: '残業代のルール' }),
    unit('body', 'richText', { ja: paragraphsDoc('残業代は25%増しです。') }),
    unit('faq.r1.q', 'text', { ja: '消えた質問', vi: 'Câu hỏi cũ' }),
  ]

  it('marks per unit what changed in the source since the version translated, rich text by paragraphs', () => {
    const rows = sideBySideRows(now, before, 'ja', 'vi')
    expect(rows.map((r) => [r.path, r.changed, r.removed])).toEqual([
      ['title', false, false],
      ['body', true, false],
      ['faq.r1.q', true, true],
      ['faq.r2.q', true, false],
    ])
    expect(rows[0]!.source).toEqual([{ kind: 'same', text: '残業代のルール' }])
    expect(rows[0]!.translation).toBe('Quy định tiền làm thêm giờ')
    expect(changedWords(rows[1]!.source)).toEqual({ del: [], ins: ['以上', '深夜は50%です。'] })
    expect(rows[1]!.source.map((p) => p.text).join('')).toBe('残業代は25%以上増しです。\n\n深夜は50%です。')
    expect(rows[2]!.source).toEqual([{ kind: 'del', text: '消えた質問' }])
    expect(rows[3]!.source).toEqual([{ kind: 'ins', text: '新しい質問' }])
    expect(rows[3]!.translation).toBe('')
  })

  it('marks nothing when there is no earlier source to compare with', () => {
    const rows = sideBySideRows(now, null, 'ja', 'vi')
    expect(rows).toHaveLength(3)
    expect(rows.every((r) => !r.changed && r.source.every((p) => p.kind === 'same'))).toBe(true)
  })

  it('reads rich text as plain text with paragraphs kept, and nothing as empty', () => {
    expect(unitText(paragraphsDoc('一', '二'), 'richText')).toBe('一\n\n二')
    expect(unitText(undefined, 'text')).toBe('')
    expect(unitText(null, 'richText')).toBe('')
  })
})
