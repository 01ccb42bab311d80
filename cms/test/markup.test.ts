import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { describe, expect, it } from 'vitest'

import { markupToLexical, type MarkupContext } from '../src/seed/markup'
import { withRowIds } from '../src/seed/rows'

const ctx = (ids: Record<string, string> = {}): MarkupContext => ({ resolveLink: (c, s) => ids[`${c}:${s}`] })

/** Seed markup through Lexical JSON to the HTML readers get: the two conversions must agree. */
const html = (markup: string, ids: Record<string, string> = {}) =>
  richTextToHtml(markupToLexical(markup, ctx(ids)), {
    resolveInternalLink: ({ relationTo, value }) => `/${relationTo}/${String(value)}/`,
  })

describe('seed markup', () => {
  it('makes paragraphs, headings, lists and quotes', () => {
    expect(html('## Title\n\nFirst line\nsecond line\n\n- a\n- b\n\n1. one\n2. two\n\n> said')).toBe(
      '<h2>Title</h2><p>First line<br>second line</p><ul><li>a</li><li>b</li></ul><ol><li>one</li><li>two</li></ol><blockquote>said</blockquote>',
    )
  })

  it('makes bold, italic and furigana', () => {
    expect(html('**カード**を {持|も}つ *大切*')).toBe(
      '<p><strong>カード</strong>を <ruby>持<rp>(</rp><rt>も</rt><rp>)</rp></ruby>つ <em>大切</em></p>',
    )
  })

  it('resolves internal links and keeps external ones', () => {
    expect(
      html('See [wages](articles:minimum-wage) and [MHLW](https://www.mhlw.go.jp/)', {
        'articles:minimum-wage': 'id1',
      }),
    ).toBe(
      '<p>See <a href="/articles/id1/">wages</a> and <a href="https://www.mhlw.go.jp/" target="_blank" rel="noopener noreferrer">MHLW</a></p>',
    )
  })

  it('keeps the text of a link whose target does not exist yet and says so', () => {
    const context = ctx()
    const doc = markupToLexical('See [later](events:forum-2027)', context)
    expect(context.unresolved).toBe(true)
    expect(richTextToHtml(doc)).toBe('<p>See later</p>')
  })

  it('refuses a link target that is neither a URL nor collection:slug', () => {
    expect(() => markupToLexical('[x](nowhere)', ctx())).toThrow(
      'Link target "nowhere" is neither a URL nor collection:slug',
    )
  })
})

describe('withRowIds', () => {
  it('carries row ids of arrays and blocks into another language’s data, leaving rich text alone', () => {
    const existing = {
      contacts: [{ id: 'c1', name: 'Embassy' }],
      sections: [{ id: 's1', items: [{ id: 'i1', label: 'A' }] }],
    }
    const richText = { root: { type: 'root', children: [] } }
    const incoming = {
      contacts: [{ name: '大使館' }, { name: '新しい' }],
      sections: [{ items: [{ label: 'あ' }] }],
      body: richText,
    }
    expect(withRowIds(incoming, existing)).toEqual({
      contacts: [{ id: 'c1', name: '大使館' }, { name: '新しい' }],
      sections: [{ id: 's1', items: [{ id: 'i1', label: 'あ' }] }],
      body: richText,
    })
  })
})
