/**
 * Reading serialized Lexical JSON. The stored JSON reaches the converters unvalidated, so every
 * property is read defensively, even where the types in ./types say it is present.
 */
import type { AutoLinkNode, BlockFields, LinkNode, RichTextNode } from './types'
import { canOpenInNewTab, safeHref } from './url'

/** Returns the href of a link to a CMS document, e.g. '/vi/articles/some-slug/', or null if it has no page. */
export type InternalLinkResolver = (doc: { relationTo: string; value: unknown }) => string | null

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNode(value: unknown): value is RichTextNode {
  return isRecord(value) && typeof value.type === 'string'
}

/** Top-level nodes of a rich-text value: a field value `{ root }`, a root node, or a single node. */
export function topLevelNodes(data: unknown): RichTextNode[] {
  const root = isRecord(data) && 'root' in data ? data.root : data
  if (!isNode(root)) return []
  return root.type === 'root' ? childrenOf(root) : [root]
}

export function childrenOf(node: RichTextNode): RichTextNode[] {
  const children: unknown = 'children' in node ? node.children : undefined
  return Array.isArray(children) ? children.filter(isNode) : []
}

export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Lexical stores a nested list as a list item holding only that list. */
export function holdsOnlyLists(item: RichTextNode): boolean {
  const children = childrenOf(item)
  return children.length > 0 && children.every((child) => child.type === 'list')
}

export function blockFieldsOf(node: { readonly fields?: unknown }): BlockFields | null {
  const fields = node.fields
  return isRecord(fields) && typeof fields.blockType === 'string' ? (fields as BlockFields) : null
}

export interface Ruby {
  readonly base: string
  /** Empty when the base text has no reading. */
  readonly reading: string
}

/** The furigana of a ruby block, or null when there is no base text to annotate. */
export function rubyOf(fields: BlockFields): Ruby | null {
  const base = stringOf(fields.base)
  return base === '' ? null : { base, reading: stringOf(fields.reading).trim() }
}

export interface ResolvedLink {
  readonly href: string
  readonly internal: boolean
  readonly newTab: boolean
}

/** Where a link or autolink points, or null when it must be rendered as plain text. */
export function resolveLink(
  node: LinkNode | AutoLinkNode,
  resolveInternalLink: InternalLinkResolver | undefined,
): ResolvedLink | null {
  const fields: unknown = node.fields
  if (!isRecord(fields)) return null
  const internal = fields.linkType === 'internal'
  const href = internal ? internalHref(fields.doc, resolveInternalLink) : safeHref(fields.url)
  if (href === null) return null
  return { href, internal, newTab: fields.newTab === true && canOpenInNewTab(href) }
}

function internalHref(doc: unknown, resolveInternalLink: InternalLinkResolver | undefined): string | null {
  if (!resolveInternalLink || !isRecord(doc) || typeof doc.relationTo !== 'string') return null
  // The resolver builds the href from document data (slugs), so it is checked like any other URL.
  return safeHref(resolveInternalLink({ relationTo: doc.relationTo, value: doc.value }))
}
