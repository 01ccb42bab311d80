/**
 * Interface text that may carry furigana (the 漢字《かんじ》 notation of
 * @mirai/content-schemas/i18n/ruby) as real <ruby>; placeholders are filled after the notation is
 * read, so a value (a workplace's name) is always text, never markup or notation.
 */
import { fillPlaceholders, type UiVars } from '@mirai/content-schemas/i18n/fill'
import { rubySegments } from '@mirai/content-schemas/i18n/ruby'

export default function RubyText({ text, vars = {} }: { text: string; vars?: UiVars }) {
  return (
    <>
      {rubySegments(text).map((segment, i) =>
        typeof segment === 'string' ? (
          fillPlaceholders(segment, vars)
        ) : (
          <ruby key={i}>
            {segment.base}
            <rp>(</rp>
            <rt>{segment.reading}</rt>
            <rp>)</rp>
          </ruby>
        ),
      )}
    </>
  )
}
