/**
 * Rich text as exported: internal links and uploads keep only what the site needs (collection,
 * id, slug / image), instead of whole populated documents, so the snapshot stays small and its
 * digests change only when the text does.
 */
import type { ImageRef } from './media'

type Node = Record<string, any>

export interface RichTextContext {
  image: (value: unknown) => ImageRef | null
  /** Slug of a public document, undefined for anything the public cannot see. */
  slug: (collection: string, id: string) => string | undefined
}

export function slimRichText(value: unknown, ctx: RichTextContext): unknown {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  return { root: slimNode((value as { root: Node }).root, ctx) }
}

function slimNode(node: Node, ctx: RichTextContext): Node {
  const out: Node = { ...node }
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.doc) {
    const { relationTo, value } = node.fields.doc
    const id = String(typeof value === 'object' && value ? value.id : value)
    const slug = ctx.slug(relationTo, id)
    // A target the public cannot see keeps only its id: the site renders the text without a link.
    out.fields = { ...node.fields, doc: { relationTo, value: slug ? { id, slug } : id } }
  }
  if (node.type === 'upload') {
    out.value = ctx.image(node.value)
  }
  if (Array.isArray(node.children)) out.children = node.children.map((child: Node) => slimNode(child, ctx))
  return out
}
