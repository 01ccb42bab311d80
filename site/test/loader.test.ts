import { article, siteSettings } from '@mirai/content-schemas/schemas'
import { describe, expect, it } from 'vitest'

import { SnapshotError, validateDocuments, validateSingleton } from '../src/loaders/validate'
import minimal from './fixtures/minimal/content.json' with { type: 'json' }

describe('snapshot validation at the site boundary', () => {
  it('accepts the documents of a valid snapshot', () => {
    expect(validateDocuments('articles', minimal.articles, article)).toHaveLength(1)
    expect(validateSingleton('siteSettings', minimal.siteSettings, siteSettings).consultation.free).toBe(true)
  })

  it('stops the build naming the document, language and field of every problem', () => {
    const broken = structuredClone(minimal.articles)
    broken[0]!.translations.ja.title = ''
    ;(broken[0] as Record<string, unknown>).category = 'gossip'
    try {
      validateDocuments('articles', broken, article)
      throw new Error('expected a SnapshotError')
    } catch (error) {
      expect(error).toBeInstanceOf(SnapshotError)
      const problems = (error as SnapshotError).problems
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^articles a1: category: /),
          expect.stringMatching(/^articles a1 \(ja\): translations\.ja\.title: /),
        ]),
      )
      expect((error as Error).message).toMatch(
        /^The content snapshot has 2 invalid value\(s\); the site was not built:/,
      )
    }
  })

  it('refuses a collection that is not a list', () => {
    expect(() => validateDocuments('articles', { a: 1 }, article)).toThrow(
      'articles: expected a list of documents, got object',
    )
  })
})
