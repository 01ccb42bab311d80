/**
 * Rich text as exported: internal links and uploads keep only what the site needs (collection,
 * id, slug / image), instead of whole populated documents, so the snapshot stays small and its
 * digests change only when the text does.
 */
import type { ImageRef } from './media'

type Node = Record<string, any>

export interface RichTextContext {
  image: (value: unknown) => ImageRef | null
}

export function slimRichText(value: unknown, ctx: RichTextContext): unknown {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  return { root: slimNode((value as { root: Node }).root, ctx) }
}

function slimNode(node: Node, ctx: RichTextContext): Node {
  const out: Node = { ...node }
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.doc) {
    const { relationTo, value } = node.fields.doc
    const slug = typeof value === 'object' && value ? value.slug : undefined
    out.fields = {
      ...node.fields,
      // An unpublished or hidden target is not populated for the public: no slug, no link.
      doc: { relationTo, value: slug ? { id: String(value.id), slug } : String(typeof value === 'object' && value ? value.id : value) },
    }
  }
  if (node.type === 'upload') {
    out.value = ctx.image(node.value)
  }
  if (Array.isArray(node.children)) out.children = node.children.map((child: Node) => slimNode(child, ctx))
  return out
}
