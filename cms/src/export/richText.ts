/**
 * Rich text as exported: internal links and uploads keep only what the site needs (collection,
 * id, slug / image), instead of whole populated documents, so the snapshot stays small and its
 * digests change only when the text does.
 */
import type { RichText } from '@mirai/content-schemas/schemas'

import type { ImageRef } from './media'

/** Rich text as Payload stores it (the generated types' shape of a Lexical field). */
export interface RichTextValue {
  root: { type: string; children: unknown[] }
}

/** A Lexical node: its type, and whatever else that type carries. */
interface Node {
  type?: string
  children?: Node[]
  fields?: { doc?: { relationTo: string; value: unknown } }
  value?: unknown
  [key: string]: unknown
}

export interface RichTextContext {
  image: (value: unknown) => ImageRef | null
  /** Slug of a public document, undefined for anything the public cannot see. */
  slug: (collection: string, id: string) => string | undefined
}

export function slimRichText(value: unknown, ctx: RichTextContext): RichText | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  // Payload wrote this tree; the site's schema checks its shape again at its boundary.
  return { root: slimNode((value as { root: Node }).root, ctx) } as RichText
}

function slimNode(node: Node, ctx: RichTextContext): Node {
  const out: Node = { ...node }
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.doc) {
    const { relationTo, value } = node.fields.doc
    const id = String(value && typeof value === 'object' && 'id' in value ? value.id : value)
    const slug = ctx.slug(relationTo, id)
    // A target the public cannot see keeps only its id: the site renders the text without a link.
    out.fields = { ...node.fields, doc: { relationTo, value: slug ? { id, slug } : id } }
  }
  if (node.type === 'upload') {
    out.value = ctx.image(node.value)
  }
  if (Array.isArray(node.children)) out.children = node.children.map((child) => slimNode(child, ctx))
  return out
}
