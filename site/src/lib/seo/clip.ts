/**
 * Shortens a text for a preview (a headline, a description): whitespace and control characters
 * become single spaces, and a text over `max` characters is cut at a word — or anywhere, for
 * scripts written without spaces — with an ellipsis. Counts code points, so a Burmese or emoji
 * character is never split in half.
 */
export function clip(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const chars = [...text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()]
  if (chars.length <= max) return chars.join('')
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`
}
