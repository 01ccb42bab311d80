/**
 * Array and block rows that are shared between languages (a country's contacts, a page's figures)
 * keep their ids when another language's text is written into them; without the ids Payload
 * would replace the rows and drop the text of the languages written before.
 */
export function withRowIds<T>(incoming: T, existing: unknown): T {
  // Only ids are added to rows that had one, so the data keeps its type.
  return rowIds(incoming, existing) as T
}

function rowIds(incoming: unknown, existing: unknown): unknown {
  if (Array.isArray(incoming)) {
    const old = Array.isArray(existing) ? existing : []
    return incoming.map((item, i) => {
      const previous = old[i] as Record<string, unknown> | undefined
      const merged = rowIds(item, previous)
      return previous?.id && isPlainObject(merged) ? { ...merged, id: previous.id } : merged
    })
  }
  if (isPlainObject(incoming)) {
    const old = isPlainObject(existing) ? existing : {}
    // Rich text is a value, not rows.
    if ('root' in incoming) return incoming
    return Object.fromEntries(Object.entries(incoming).map(([k, v]) => [k, rowIds(v, old[k])]))
  }
  return incoming
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
