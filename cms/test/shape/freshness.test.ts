import { describe, expect, it } from 'vitest'

import { shapeArticles } from '../../src/export/shape/articles'
import { FRESHNESS_KEY } from '../../src/export/shape/context'
import { shapeVideos } from '../../src/export/shape/videos'
import { afterWrite, emptyStatus, freshnessOf, scopeOf } from '../../src/translation/status'
import { article, emptyText, inLanguages, testContext, text, video } from './fixtures'

const jaSaved = '2026-11-01T01:00:00.000Z'
const jaChanged = '2026-11-20T09:30:00.000Z'
const scope = scopeOf('articles', {})

/** Japanese written, then vi and en translated, then the Japanese changed: vi and en are outdated. */
function outdatedStatus() {
  let status = afterWrite(emptyStatus(), 'ja', 'ja', true, jaSaved, 'editor-id')
  status = afterWrite(status, 'vi', 'ja', true, '2026-11-02T00:00:00.000Z', 'translator-id')
  status = afterWrite(status, 'en', 'ja', true, '2026-11-02T00:00:00.000Z', 'translator-id')
  return afterWrite(status, 'ja', 'ja', true, jaChanged, 'editor-id')
}

describe('freshness from the translation status', () => {
  it('names the languages written before the source changed, and when it did — nobody, no ids', () => {
    const status = afterWrite(outdatedStatus(), 'zh', 'ja', true, '2026-11-21T00:00:00.000Z', 'translator-id')
    const freshness = freshnessOf(status, scope)
    expect(freshness.source).toBe('ja')
    expect(freshness.sourceUpdatedAt).toBe(jaChanged)
    // zh was written after the change; a language without a record, if it has a text, has one
    // from before tracking began, older than this change (as on the admin's status page).
    expect(freshness.outdated).toEqual(['en', 'es', 'pt', 'id', 'tl', 'my', 'vi'])
    expect(JSON.stringify(freshness)).not.toMatch(/editor-id|translator-id|2026-11-02/)
  })

  it('has nothing outdated before the source changes again, or without a status', () => {
    let status = afterWrite(emptyStatus(), 'ja', 'ja', true, jaSaved, null)
    status = afterWrite(status, 'vi', 'ja', true, jaChanged, null)
    expect(freshnessOf(status, scope)).toEqual({ source: 'ja', sourceUpdatedAt: jaSaved, outdated: [] })
    expect(freshnessOf(emptyStatus(), scope)).toEqual({ source: 'ja', sourceUpdatedAt: null, outdated: [] })
  })

  it('does not pass on a date it cannot read', () => {
    const status = outdatedStatus()
    status.locales.ja = { revision: 2, at: '<script>' }
    expect(freshnessOf(status, scope).sourceUpdatedAt).toBeNull()
  })
})

describe('shaped documents', () => {
  it('carry it for the languages they are exported in only', () => {
    const { ctx } = testContext()
    const doc = { ...article({ id: 'a1' }), [FRESHNESS_KEY]: freshnessOf(outdatedStatus(), scope) }
    const [shaped] = shapeArticles(
      [
        inLanguages({
          ja: doc,
          vi: { ...doc, title: 'Tiền lương', body: text('Nội dung') },
          // en is outdated in the status but has no text: it falls back, nothing to flag.
          en: { ...doc, title: '', body: emptyText },
        }),
      ],
      ctx,
      new Map(),
    )
    expect(shaped!.freshness).toEqual({ source: 'ja', sourceUpdatedAt: jaChanged, outdated: ['vi'] })
  })

  it('carry none when the export read no status (a collection without one)', () => {
    const { ctx } = testContext()
    const [shaped] = shapeVideos([inLanguages({ ja: video({ id: 'v1', youtubeId: 'abcdefghijk' }) })], ctx)
    expect(shaped!.id).toBe('v1')
    expect(shaped).not.toHaveProperty('freshness')
  })
})
