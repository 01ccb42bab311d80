/**
 * Payload Lexical rich text → safe HTML and plain text, for the site and the newsletters.
 * Text and attribute values are always escaped and URLs allow-listed; the only HTML not built
 * here is what the caller's own renderUpload / renderBlock return.
 */
import {
  blockFieldsOf,
  childrenOf,
  holdsOnlyLists,
  resolveLink,
  rubyOf,
  stringOf,
  topLevelNodes,
  type InternalLinkResolver,
  type Ruby,
} from './nodes'
import {
  TEXT_FORMAT,
  type AutoLinkNode,
  type BlockFields,
  type BlockNode,
  type InlineBlockNode,
  type LinkNode,
  type ListItemNode,
  type ListNode,
  type RichTextNode,
  type TextNode,
  type UploadNode,
} from './types'
import { isAbsoluteUrl } from './url'

export interface RichTextHtmlOptions {
  /** Href for a link to a CMS document; when it returns null the link text is rendered without a link. */
  resolveInternalLink?: InternalLinkResolver
  /** Trusted HTML for an upload, e.g. a <figure>. Uploads render nothing by default. */
  renderUpload?: (node: UploadNode) => string | null
  /** Trusted HTML for blocks and inline blocks other than ruby. They render nothing by default. */
  renderBlock?: (fields: BlockFields, inline: boolean) => string | null
  /** Levels to demote headings by (1 turns h2 into h3), capped at h6. */
  headingOffset?: number
}

export type RichTextPlainTextOptions = Pick<RichTextHtmlOptions, 'resolveInternalLink'>

export function richTextToHtml(data: unknown, options: RichTextHtmlOptions = {}): string {
  return renderNodes(topLevelNodes(data), options)
}

/**
 * Plain text for summaries, search and text emails: blocks separated by blank lines, list items
 * prefixed with '- ' or 'N. ', furigana as `base(reading)` and links as `text (url)` when the URL
 * works outside the site (absolute, or produced by resolveInternalLink).
 */
export function richTextToPlainText(data: unknown, options: RichTextPlainTextOptions = {}): string {
  return topLevelNodes(data)
    .map((node) => nodeText(node, options).trim())
    .filter((block) => block !== '')
    .join('\n\n')
}

/** True when there is no text, upload, relationship or block: what a required field should reject. */
export function isRichTextEmpty(data: unknown): boolean {
  return !topLevelNodes(data).some(hasContent)
}

// ---- HTML -------------------------------------------------------------------------------------

function renderNodes(nodes: readonly RichTextNode[], options: RichTextHtmlOptions): string {
  return nodes.map((node) => renderNode(node, options)).join('')
}

function renderChildren(node: RichTextNode, options: RichTextHtmlOptions): string {
  return renderNodes(childrenOf(node), options)
}

function renderNode(node: RichTextNode, options: RichTextHtmlOptions): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return blockElement('p', node, renderChildren(node, options))
    case 'heading':
      return blockElement(headingTag(node.tag, options.headingOffset), node, renderChildren(node, options))
    case 'quote':
      return blockElement('blockquote', node, renderChildren(node, options))
    case 'list':
      return renderList(node, options)
    case 'listitem':
      // Only reached for an item outside a list; keep its text rather than emit a stray <li>.
      return renderChildren(node, options)
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink':
      return renderLink(node, options)
    case 'inlineBlock':
      return renderBlock(node, true, options)
    case 'block':
      return renderBlock(node, false, options)
    case 'upload':
      return typeof node.relationTo === 'string' && node.value != null ? (options.renderUpload?.(node) ?? '') : ''
    default:
      // relationship, a nested root and node types this converter does not know.
      return ''
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

/** Outermost first. */
const FORMAT_TAGS = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.code, 'code'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
] as const

function renderText(node: TextNode): string {
  const text = escapeHtml(stringOf(node.text))
  if (text === '') return ''
  const format = typeof node.format === 'number' ? node.format : 0
  const tags = FORMAT_TAGS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag)
  const open = tags.map((tag) => `<${tag}>`).join('')
  const close = tags
    .reverse()
    .map((tag) => `</${tag}>`)
    .join('')
  return open + text + close
}

// Left (and start) alignment is the default in all nine site languages, which are left-to-right.
const ALIGNMENTS = new Set(['center', 'right', 'justify'])

function alignmentAttr(node: { readonly format?: unknown }): string {
  return typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? ` style="text-align:${node.format}"` : ''
}

/** Omitted when empty: editors leave empty paragraphs for spacing, which is the stylesheet's job. */
function blockElement(tag: string, node: { readonly format?: unknown }, content: string): string {
  return content.trim() === '' ? '' : `<${tag}${alignmentAttr(node)}>${content}</${tag}>`
}

function headingTag(tag: unknown, offset: unknown): string {
  const level = typeof tag === 'string' && /^h[1-6]$/.test(tag) ? Number(tag.slice(1)) : 2
  const shift = typeof offset === 'number' && Number.isInteger(offset) ? offset : 0
  return `h${Math.min(6, Math.max(1, level + shift))}`
}

type ListKind = 'bullet' | 'number' | 'check'

function listKind(list: ListNode): ListKind {
  if (list.listType === 'check') return 'check'
  return list.listType === 'number' || list.tag === 'ol' ? 'number' : 'bullet'
}

function listStart(list: ListNode): number {
  return typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
}

function renderList(list: ListNode, options: RichTextHtmlOptions): string {
  const kind = listKind(list)
  const items: { attrs: string; content: string }[] = []
  for (const item of childrenOf(list)) {
    if (item.type !== 'listitem') continue
    const content = renderChildren(item, options)
    const previous = items.at(-1)
    // HTML nests a list inside the item it belongs to; Lexical stores it as a separate item.
    if (previous && holdsOnlyLists(item)) {
      previous.content += content
      continue
    }
    const checkbox = kind === 'check' ? ` role="checkbox" aria-checked="${item.checked === true}"` : ''
    items.push({ attrs: checkbox + alignmentAttr(item), content })
  }
  if (items.length === 0) return ''
  const tag = kind === 'number' ? 'ol' : 'ul'
  const start = kind === 'number' && listStart(list) !== 1 ? ` start="${listStart(list)}"` : ''
  return `<${tag}${start}>${items.map(({ attrs, content }) => `<li${attrs}>${content}</li>`).join('')}</${tag}>`
}

function renderLink(node: LinkNode | AutoLinkNode, options: RichTextHtmlOptions): string {
  const content = renderChildren(node, options)
  const link = resolveLink(node, options.resolveInternalLink)
  if (link === null || content === '') return content
  const target = link.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(link.href)}"${target}>${content}</a>`
}

function renderBlock(node: InlineBlockNode | BlockNode, inline: boolean, options: RichTextHtmlOptions): string {
  const fields = blockFieldsOf(node)
  if (fields === null) return ''
  if (fields.blockType === 'ruby') return renderRuby(rubyOf(fields))
  return options.renderBlock?.(fields, inline) ?? ''
}

function renderRuby(ruby: Ruby | null): string {
  if (ruby === null) return ''
  const base = escapeHtml(ruby.base)
  if (ruby.reading === '') return base
  return `<ruby>${base}<rp>(</rp><rt>${escapeHtml(ruby.reading)}</rt><rp>)</rp></ruby>`
}

// ---- Plain text -------------------------------------------------------------------------------

function childrenText(node: RichTextNode, options: RichTextPlainTextOptions): string {
  return childrenOf(node)
    .map((child) => nodeText(child, options))
    .join('')
}

function nodeText(node: RichTextNode, options: RichTextPlainTextOptions): string {
  switch (node.type) {
    case 'text':
      return stringOf(node.text)
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'listitem':
      return childrenText(node, options)
    case 'list':
      return listText(node, options)
    case 'link':
    case 'autolink':
      return linkText(node, options)
    case 'inlineBlock':
    case 'block': {
      const fields = blockFieldsOf(node)
      return fields?.blockType === 'ruby' ? rubyText(rubyOf(fields)) : ''
    }
    default:
      return ''
  }
}

function rubyText(ruby: Ruby | null): string {
  if (ruby === null) return ''
  return ruby.reading === '' ? ruby.base : `${ruby.base}(${ruby.reading})`
}

function listText(list: ListNode, options: RichTextPlainTextOptions): string {
  const kind = listKind(list)
  let number = listStart(list)
  const lines: string[] = []
  for (const item of childrenOf(list)) {
    if (item.type !== 'listitem') continue
    const parts = childrenOf(item)
    if (!holdsOnlyLists(item)) {
      const text = parts
        .filter((part) => part.type !== 'list')
        .map((part) => nodeText(part, options))
        .join('')
        .trim()
      lines.push(listMarker(kind, item, number++) + text)
    }
    for (const part of parts) {
      const nested = part.type === 'list' ? listText(part, options) : ''
      if (nested !== '') lines.push(nested.replace(/^/gm, '  '))
    }
  }
  return lines.join('\n')
}

function listMarker(kind: ListKind, item: ListItemNode, number: number): string {
  if (kind === 'number') return `${number}. `
  if (kind === 'check') return item.checked === true ? '- [x] ' : '- [ ] '
  return '- '
}

function linkText(node: LinkNode | AutoLinkNode, options: RichTextPlainTextOptions): string {
  const text = childrenText(node, options)
  const link = resolveLink(node, options.resolveInternalLink)
  // A relative custom URL means nothing in an email or a search snippet.
  if (link === null || !(link.internal || isAbsoluteUrl(link.href))) return text
  if (text.trim() === '' || text.trim() === link.href) return link.href
  return `${text} (${link.href})`
}

// ---- Emptiness --------------------------------------------------------------------------------

function hasContent(node: RichTextNode): boolean {
  switch (node.type) {
    case 'text':
      return stringOf(node.text).trim() !== ''
    case 'upload':
    case 'relationship':
      return true
    case 'inlineBlock':
    case 'block': {
      const fields = blockFieldsOf(node)
      return fields !== null && (fields.blockType !== 'ruby' || rubyOf(fields) !== null)
    }
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'list':
    case 'listitem':
    case 'link':
    case 'autolink':
      return childrenOf(node).some(hasContent)
    default:
      return false
  }
}
