import { elementNode, textNode } from '@mirai/content-schemas/richtext'
import { describe, expect, it } from 'vitest'

import { parseXliff, writeXliff, XliffError } from '../src/translation/xliff/format'
import { codeProblem, comparable, exportUnit, valueOf, type Piece } from '../src/translation/xliff/inline'

const ruby = {
  type: 'inlineBlock',
  version: 1,
  fields: { id: 'r', blockType: 'ruby', base: '残業', reading: 'ざんぎょう' },
}
const link = elementNode('link', [textNode('保険', 1)], {
  fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'a1' } },
})
const body = {
  root: elementNode('root', [
    elementNode('heading', [textNode('見出し')], { tag: 'h2' }),
    elementNode('paragraph', [textNode('会社は'), ruby, textNode('代と'), link, { type: 'linebreak', version: 1 }]),
    { type: 'upload', relationTo: 'media', value: 'm1' },
    elementNode('list', [
      elementNode('listitem', [textNode('一つ目')], { value: 1 }),
      elementNode('listitem', [elementNode('list', [elementNode('listitem', [textNode('入れ子')], { value: 1 })])]),
    ]),
    elementNode('paragraph', []),
  ]),
}

const unit = exportUnit({ path: 'body', field: 'body', type: 'richText', values: { ja: body } }, 'ja', 'vi')!

const batch = (units = [unit]) =>
  writeXliff({ srcLang: 'ja', trgLang: 'vi', files: [{ id: 'articles:a', notes: { 'mirai:id': 'a' }, units }] })

describe('rich text as XLIFF segments', () => {
  it('makes one segment per text block, nested list items included, and leaves uploads and empty paragraphs out', () => {
    expect(unit.segments.map((s) => s.at)).toEqual([[0], [1], [3, 0], [3, 1, 0, 0]])
    const codes = [...unit.codes.values()].map((c) => [c.kind, c.element])
    expect(codes).toEqual([
      ['ruby', 'ph'],
      ['link', 'pc'],
      ['fmt', 'pc'],
      ['linebreak', 'ph'],
    ])
  })

  it('rebuilds the source structure with the target text, codes from the server', () => {
    const targets = new Map<string, Piece[]>(
      unit.segments.map((s) => [s.id, s.source.map((p) => ('text' in p ? { text: `vi:${p.text}` } : p))]),
    )
    const value = valueOf(unit, body, targets) as any
    expect(value.root.children[2]).toEqual(body.root.children[2])
    expect(value.root.children[0].children[0].text).toBe('vi:見出し')
    const inline = value.root.children[1].children
    expect(inline.map((n: any) => n.type)).toEqual(['text', 'inlineBlock', 'text', 'link', 'linebreak'])
    expect(inline[3].fields.doc.value).toBe('a1')
    expect(inline[3].children[0]).toMatchObject({ text: '保険', format: 1 })
    expect(value.root.children[3].children[1].children[0].children[0].children[0].text).toBe('vi:入れ子')
    expect(comparable(value)).not.toBe(comparable(body))
  })

  it('names the code that was removed, added or changed in kind', () => {
    const segment = unit.segments[1]!
    const [r, a] = [...unit.codes.keys()]
    expect(codeProblem([{ text: 'x' }], segment, unit.codes)).toMatch(/removed/)
    expect(codeProblem([...segment.source, { code: r!, element: 'ph', children: [] }], segment, unit.codes)).toMatch(
      /more than once/,
    )
    const swapped = segment.source.map((p) => ('code' in p && p.code === a ? { ...p, element: 'ph' as const } : p))
    expect(codeProblem(swapped, segment, unit.codes)).toMatch(/must stay a <pc>/)
    expect(codeProblem(segment.source, segment, unit.codes)).toBeNull()
  })
})

describe('XLIFF 2.1 files', () => {
  it('writes characters XML cannot hold as <cp> and reads them back; reads through <mrk> and ignores comments', () => {
    const text = exportUnit(
      { path: 'title', field: 'title', type: 'text', values: { ja: 'a\u0001<&>\uFFFF' } },
      'ja',
      'vi',
    )!
    const xml = batch([text])
    expect(xml).toContain('a<cp hex="0001"/>&lt;&amp;&gt;<cp hex="FFFF"/>')
    const withTarget = xml.replace(
      '</source>',
      '</source><target>b<mrk id="m1" type="term">c</mrk><!-- note --><cp hex="0001"/></target>',
    )
    const parsed = parseXliff(withTarget)
    expect(parsed.files[0]!.units[0]!.segments[0]!.target).toEqual([{ text: 'b' }, { text: 'c' }, { text: '\u0001' }])
  })

  it('refuses what is not an XLIFF 2 file, and unsupported inline markup per unit', () => {
    expect(() => parseXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')).toThrow(XliffError)
    const xml = batch().replace('</source>', '</source><target><sc id="x"/>t<b>bold</b></target>')
    expect(parseXliff(xml).files[0]!.units[0]!.problem).toMatch(/split inline codes/)
    const foreign = batch().replace('</source>', '</source><target><b xmlns="">bold</b></target>')
    expect(parseXliff(foreign).files[0]!.units[0]!.problem).toMatch(/not an XLIFF element/)
  })
})
