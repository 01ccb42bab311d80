/**
 * Lexical rich text as Payload stores it and the generated types describe it (every rich-text
 * field has the same shape), for documents the CMS writes itself: the seed, the good practice
 * made from a report.
 */
import type { Article } from '../payload-types'

export type RichTextValue = NonNullable<Article['body']>
export type RichTextNode = RichTextValue['root']['children'][number]

/** A document of these top-level nodes, with Lexical's default root attributes. */
export function richTextDocument(children: RichTextNode[]): RichTextValue {
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}
