/**
 * Code that walks a collection's field config (file usage, translator locks, upload replacement)
 * reads documents of any collection by field name: their shape is the config's, not one generated
 * type. The generated types are interfaces, which TypeScript does not index by string, so such
 * code reads a document through this view.
 */
export type AnyDocument = Record<string, unknown>

export function fieldsOf(doc: object): AnyDocument {
  return doc as AnyDocument
}
