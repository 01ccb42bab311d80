import { paragraphsDoc } from '@mirai/content-schemas/richtext'
import { describe, expect, it } from 'vitest'

import { afterWrite, cellFor, emptyStatus, fingerprint } from '../src/translation/status'

const at = '2026-11-21T00:00:00.000Z'

describe('translation status', () => {
  it('counts source revisions and the revision each translation was made from', () => {
    let status = afterWrite(emptyStatus(), 'ja', true, at, 'editor')
    status = afterWrite(status, 'vi', true, at, 'translator')
    expect(cellFor(status, 'vi', true)).toBe('current')
    status = afterWrite(status, 'ja', true, at, 'editor')
    expect(status.source).toBe(2)
    expect(cellFor(status, 'vi', true)).toBe('outdated')
    expect(cellFor(status, 'ja', true)).toBe('source')
    expect(cellFor(status, 'my', false)).toBe('missing')
  })

  it('does not move when the text did not change', () => {
    const status = afterWrite(emptyStatus(), 'ja', true, at, null)
    expect(afterWrite(status, 'ja', false, at, null)).toBe(status)
  })

  it('compares rich text by its words, not its JSON', () => {
    const a = paragraphsDoc('残業代は25%増し')
    const b = { ...paragraphsDoc('残業代は25%増し'), extra: { textFormat: 1 } }
    expect(fingerprint(a, 'richText')).toBe(fingerprint(b, 'richText'))
    expect(fingerprint(a, 'richText')).not.toBe(fingerprint(paragraphsDoc('残業代は50%増し'), 'richText'))
    expect(fingerprint('', 'text')).toBe(fingerprint(null, 'text'))
  })
})
