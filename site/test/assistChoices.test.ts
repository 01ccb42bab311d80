import { ASSIST_LANGUAGES } from '@mirai/content-schemas/assist'
import { describe, expect, it } from 'vitest'

import { assistChoices } from '../src/lib/assistChoices'

describe('assistChoices', () => {
  it('names every Assist language in the reader’s language and in its own', () => {
    const { languages } = assistChoices('en', '')
    expect(languages.map((l) => l.code)).toEqual([...ASSIST_LANGUAGES])
    expect(languages.find((l) => l.code === 'vi')?.name).toBe('Vietnamese — Tiếng Việt')
    expect(languages.find((l) => l.code === 'en')?.name).toBe('English')
    expect(assistChoices('ja', '').languages.find((l) => l.code === 'ja')?.name).toBe('日本語')
  })

  it('gives Assist’s days Tuesday to Saturday in the reader’s language', () => {
    expect(assistChoices('en', '').days.map((d) => d.label)).toEqual([
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ])
    expect(assistChoices('ja', '').days[0]!.label).toBe('火曜日')
  })

  it('writes the times of day as Japan time ranges', () => {
    expect(assistChoices('vi', 'x').times.map((t) => t.label)).toEqual(['10:00–12:00', '12:00–15:00', '15:00–18:00'])
  })
})
