/**
 * Turns the seed content's small markup (see types.ts) into Lexical rich text as Payload stores
 * it. Internal links are resolved through `resolveLink`; when a target is not known yet (it is
 * created later in the seed), the text is kept without the link and `unresolved` is set so the
 * seed can convert the document again once every target exists.
 */
import { randomBytes } from 'node:crypto'

import { elementNode, textNode } from '@mirai/content-schemas/richtext'

import { richTextDocument, type RichTextNode, type RichTextValue } from '../richtext/document'

type Node = RichTextNode

export interface MarkupContext {
  resolveLink: (collection: string, slug: string) => string | undefined
  /** Set to true when an internal link could not be resolved. */
  unresolved?: boolean
  /** The `collection:slug` targets that were not known. */
  missing?: string[]
}

const FORMAT = { bold: 1, italic: 2 } as const

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node =>
  elementNode(type, children, extra)
const text = (value: string, format: number): Node => textNode(value, format)

// Order matters: bold before italic, so "**" is not read as two italics.
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\{([^|{}]+)\|([^{}]+)\}|\[([^\]]+)\]\(([^)\s]+)\)/g

function parseInline(source: string, ctx: MarkupContext, format = 0): Node[] {
  const nodes: Node[] = []
  let last = 0
  for (const m of source.matchAll(INLINE)) {
    if (m.index > last) nodes.push(text(source.slice(last, m.index), format))
    const [, bold, italic, base, reading, label, target] = m
    if (bold !== undefined) nodes.push(...parseInline(bold, ctx, format | FORMAT.bold))
    else if (italic !== undefined) nodes.push(...parseInline(italic, ctx, format | FORMAT.italic))
    else if (base !== undefined && reading !== undefined) {
      nodes.push({
        type: 'inlineBlock',
        version: 1,
        fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType: 'ruby', base, reading },
      })
    } else if (label !== undefined && target !== undefined) {
      nodes.push(...linkNode(label, target, ctx, format))
    }
    last = m.index + m[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last), format))
  return nodes
}

function linkNode(label: string, target: string, ctx: MarkupContext, format: number): Node[] {
  const children = parseInline(label, ctx, format)
  if (/^(https?:|mailto:|tel:)/.test(target)) {
    return [
      element('link', children, {
        version: 3,
        fields: { linkType: 'custom', url: target, newTab: target.startsWith('http') },
      }),
    ]
  }
  const [collection, slug] = target.split(':')
  if (!collection || !slug) throw new Error(`Link target "${target}" is neither a URL nor collection:slug`)
  const id = ctx.resolveLink(collection, slug)
  if (!id) {
    ctx.unresolved = true
    ;(ctx.missing ??= []).push(`${collection}:${slug}`)
    return children
  }
  return [
    element('link', children, {
      version: 3,
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: collection, value: id } },
    }),
  ]
}

function listNode(lines: string[], ordered: boolean, ctx: MarkupContext): Node {
  const items = lines.map((line, i) =>
    element('listitem', parseInline(line.replace(ordered ? /^\d+\.\s+/ : /^-\s+/, ''), ctx), { value: i + 1 }),
  )
  return element('list', items, { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 })
}

function blockNode(block: string, ctx: MarkupContext): Node {
  const lines = block.split('\n')
  const heading = /^(#{2,4})\s+(.*)$/.exec(block)
  if (heading && lines.length === 1) {
    return element('heading', parseInline(heading[2] ?? '', ctx), { tag: `h${heading[1]?.length}` })
  }
  if (lines.every((l) => /^-\s+/.test(l))) return listNode(lines, false, ctx)
  if (lines.every((l) => /^\d+\.\s+/.test(l))) return listNode(lines, true, ctx)
  if (lines.every((l) => l.startsWith('>'))) {
    return element(
      'quote',
      joinLines(
        lines.map((l) => l.replace(/^>\s?/, '')),
        ctx,
      ),
    )
  }
  return element('paragraph', joinLines(lines, ctx), { textFormat: 0 })
}

/** Lines inside one block are joined with line breaks. */
function joinLines(lines: string[], ctx: MarkupContext): Node[] {
  return lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []), ...parseInline(line, ctx)])
}

export function markupToLexical(markup: string, ctx: MarkupContext): RichTextValue {
  const blocks = markup
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  return richTextDocument(blocks.map((b) => blockNode(b, ctx)))
}
