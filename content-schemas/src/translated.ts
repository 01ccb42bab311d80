/**
 * Whether a language really has a text: the one rule behind "is this translated" for the
 * exporter, the translation status, newsletters and the site's fallback.
 */
import { isRichTextEmpty } from './richtext/toHtml'

const looksLikeRichText = (value: object): boolean => 'root' in value

/**
 * A string counts when it is not blank; rich text when it has any content; a missing value
 * (null, undefined) never; any other value (a number, a row, a translation object) always.
 */
export function hasText(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'object' && !Array.isArray(value) && looksLikeRichText(value)) return !isRichTextEmpty(value)
  return true
}
