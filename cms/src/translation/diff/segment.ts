/**
 * Text cut into the pieces a reader compares: words, runs of spaces and line breaks, and single
 * punctuation marks. Japanese, Chinese, Burmese and Thai write words without spaces between them,
 * so their words come from ICU's dictionaries (`Intl.Segmenter`); other scripts are cut at
 * spaces and punctuation, which keeps numbers such as "25%" or "1,000" readable as one change.
 * The pieces always join back into the text, so a diff of them loses nothing.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'

/** Languages written without spaces between words (Thai is here for documents quoting it). */
const DICTIONARY_SEGMENTED = new Set<string>(['ja', 'zh', 'my', 'th', 'km', 'lo'])

// A word: letters, combining marks and digits, with inner apostrophes, hyphens and the separators
// of numbers ("don't", "well-being", "1,000.50"); everything else is whitespace or one mark each.
const LATIN_PIECES = /\s+|[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s]/gu

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

export function usesDictionarySegmentation(lang: LocaleCode | string): boolean {
  return DICTIONARY_SEGMENTED.has(lang.split('-')[0]!)
}

/** `text` in pieces for comparing, in the language it is written in. */
export function segment(text: string, lang: LocaleCode | string): string[] {
  if (text === '') return []
  if (!usesDictionarySegmentation(lang)) return text.match(LATIN_PIECES) ?? []
  const pieces: string[] = []
  for (const { segment: piece, isWordLike } of segmenterFor(lang).segment(text)) {
    // ICU hands over a run of spaces or a line break and the next mark as separate segments
    // already; only whitespace runs are joined so that "\n\n" stays one paragraph break.
    const last = pieces[pieces.length - 1]
    if (!isWordLike && last !== undefined && /^\s+$/.test(piece) && /^\s+$/.test(last))
      pieces[pieces.length - 1] = last + piece
    else pieces.push(piece)
  }
  return pieces
}
