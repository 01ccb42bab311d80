/** The id of a relationship's value, whether Payload returned it as an id or populated it. */
export function idOf(value: unknown): string | null {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === undefined || id === null || id === '' ? null : String(id)
}
