import { paragraphsDoc } from '@mirai/content-schemas/richtext'
import { describe, expect, it } from 'vitest'

import { afterWrite, cellFor, emptyStatus, fingerprint, freshnessOf, rebase, scopeOf } from '../src/translation/status'

const at = '2026-11-21T00:00:00.000Z'
const later = '2026-11-22T00:00:00.000Z'
const article = scopeOf('articles', {})
const page = scopeOf('pages', {})

describe('translation status', () => {
  it('counts source revisions and the revision each translation was made from', () => {
    let status = afterWrite(emptyStatus(), 'ja', 'ja', true, at, 'editor')
    status = afterWrite(status, 'vi', 'ja', true, at, 'translator')
    expect(cellFor(status, 'vi', true, article)).toBe('current')
    status = afterWrite(status, 'ja', 'ja', true, at, 'editor')
    expect(status.source).toBe(2)
    expect(cellFor(status, 'vi', true, article)).toBe('outdated')
    expect(cellFor(status, 'ja', true, article)).toBe('source')
    expect(cellFor(status, 'my', false, article)).toBe('missing')
  })

  it('measures an organisation page against its English, and has no cell for languages it never has', () => {
    let status = afterWrite(emptyStatus(), 'en', 'en', true, at, 'editor')
    status = afterWrite(status, 'ja', 'en', true, at, 'editor')
    expect(page.source).toBe('en')
    expect(cellFor(status, 'en', true, page)).toBe('source')
    expect(cellFor(status, 'ja', true, page)).toBe('current')
    expect(cellFor(status, 'vi', false, page)).toBe('none')
    // Even Vietnamese text, which the CMS accepts, makes no page and asks for no work.
    expect(cellFor(status, 'vi', true, page)).toBe('none')
    status = afterWrite(status, 'en', 'en', true, later, 'editor')
    expect(cellFor(status, 'ja', true, page)).toBe('outdated')
    expect(freshnessOf(status, page)).toEqual({ source: 'en', sourceUpdatedAt: later, outdated: ['ja'] })
  })

  it('keeps what was current current when an editor changes the source language', () => {
    let status = afterWrite(emptyStatus(), 'ja', 'ja', true, at, 'editor')
    status = afterWrite(status, 'en', 'ja', true, at, 'translator')
    status = afterWrite(status, 'vi', 'ja', true, at, 'translator')
    status = afterWrite(status, 'ja', 'ja', true, later, 'editor')
    const english = scopeOf('articles', { sourceLocale: 'en' })
    const rebased = rebase(status, 'ja', 'en', later, 'editor')
    expect(cellFor(rebased, 'en', true, english)).toBe('source')
    expect(cellFor(rebased, 'ja', true, english)).toBe('current')
    // Vietnamese was written against the older Japanese text; it stays outdated.
    expect(cellFor(rebased, 'vi', true, english)).toBe('outdated')
    // The next change of the English text makes Japanese outdated in its turn.
    const next = afterWrite(rebased, 'en', 'en', true, later, 'editor')
    expect(cellFor(next, 'ja', true, english)).toBe('outdated')
    expect(rebase(status, 'ja', 'ja', later, null)).toBe(status)
  })

  it('does not move when the text did not change', () => {
    const status = afterWrite(emptyStatus(), 'ja', 'ja', true, at, null)
    expect(afterWrite(status, 'ja', 'ja', false, at, null)).toBe(status)
  })

  it('compares rich text by its words, not its JSON', () => {
    const a = paragraphsDoc('残業代は25%増し')
    const b = { ...paragraphsDoc('残業代は25%増し'), extra: { textFormat: 1 } }
    expect(fingerprint(a, 'richText')).toBe(fingerprint(b, 'richText'))
    expect(fingerprint(a, 'richText')).not.toBe(fingerprint(paragraphsDoc('残業代は50%増し'), 'richText'))
    expect(fingerprint('', 'text')).toBe(fingerprint(null, 'text'))
  })
})
