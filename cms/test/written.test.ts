import { elementNode, paragraphsDoc } from '@mirai/content-schemas/richtext'
import { CODE_OF_CONDUCT_COMMITMENTS } from '@mirai/content-schemas/taxonomies'
import { describe, expect, it } from 'vitest'

import { commitmentFieldName } from '../src/collections/ActivityReports/commitments'
import { richTextDocument } from '../src/richtext/document'
import { withRowIds } from '../src/seed/rows'

describe('richTextDocument', () => {
  it('is the root Lexical writes, around the given nodes', () => {
    const [paragraph] = paragraphsDoc('本文').root.children as [ReturnType<typeof elementNode>]
    expect(richTextDocument([paragraph])).toEqual({ root: elementNode('root', [paragraph]) })
  })
})

describe('commitmentFieldName', () => {
  it("names each commitment's field of a report in camelCase", () => {
    expect(CODE_OF_CONDUCT_COMMITMENTS.map((c) => commitmentFieldName(c.value))).toEqual([
      'legalCompliance',
      'humanRightsAndConditions',
      'mutualUnderstanding',
      'skillsDevelopment',
      'promotePlatform',
    ])
  })
})

describe('withRowIds', () => {
  it('keeps the ids of stored rows, and leaves rich text as it is', () => {
    const body = paragraphsDoc('text')
    const incoming = { rows: [{ label: 'vi' }, { label: 'new' }], body }
    const stored = { rows: [{ id: 'a', label: 'ja' }], body: paragraphsDoc('old') }
    expect(withRowIds(incoming, stored)).toEqual({ rows: [{ id: 'a', label: 'vi' }, { label: 'new' }], body })
  })
})
