/**
 * Builders for Lexical documents of plain text, as Payload stores them: for generated content
 * (benchmarks, fixtures, imports) that has text but no formatting.
 */
/** An element node (root, paragraph, heading, list, link, …) with Lexical's default attributes. */
export const elementNode = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const textNode = (text: string, format = 0) => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** A document of one paragraph holding the given inline nodes. */
export function paragraphDoc(...children: unknown[]) {
  return { root: elementNode('root', [elementNode('paragraph', children, { textFormat: 0 })]) }
}

/** A document with one paragraph per text. */
export function paragraphsDoc(...texts: string[]) {
  return {
    root: elementNode(
      'root',
      texts.map((text) => elementNode('paragraph', [textNode(text)], { textFormat: 0 })),
    ),
  }
}
