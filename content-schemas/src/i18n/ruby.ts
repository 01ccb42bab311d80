/**
 * Furigana in interface text. Japanese texts of the safety check write readings in the notation of
 * Aozora Bunko that Japanese writers know: `漢字《かんじ》` gives the run of kanji just before `《`
 * its reading; `｜base《reading》` marks where the base starts when it is not only kanji.
 */
export type RubySegment = string | { base: string; reading: string }

const RUBY = /(?:｜([^｜《》]+)|([\p{Script=Han}々〆ヶ]+))《([^《》]+)》/gu

export function rubySegments(text: string): RubySegment[] {
  const segments: RubySegment[] = []
  let at = 0
  for (const match of text.matchAll(RUBY)) {
    if (match.index > at) segments.push(text.slice(at, match.index))
    segments.push({ base: match[1] ?? match[2]!, reading: match[3]! })
    at = match.index + match[0].length
  }
  if (at < text.length) segments.push(text.slice(at))
  return segments
}

/** The text as read without furigana (the base of every annotation). */
export const withoutRuby = (text: string): string =>
  rubySegments(text)
    .map((segment) => (typeof segment === 'string' ? segment : segment.base))
    .join('')
