/**
 * The one home of reader-facing interface text — site pages, newsletter emails, the service
 * worker's offline notes — and `t()` to read it. Keys and translator notes are in ./schema.ts,
 * one file per language in ./translations/.
 */
import type { LocaleCode } from '../locales'
import { fillPlaceholders, placeholdersOf, type UiVars } from './fill'
import { rubySegments, withoutRuby, type RubySegment } from './ruby'
import { type CompleteUiTranslation, UI_NOTES, type UiKey, type UiTranslation } from './schema'
import { en } from './translations/en'
import { es } from './translations/es'
import { id } from './translations/id'
import { ja } from './translations/ja'
import { my } from './translations/my'
import { pt } from './translations/pt'
import { tl } from './translations/tl'
import { vi } from './translations/vi'
import { zh } from './translations/zh'

export {
  fillPlaceholders,
  placeholdersOf,
  rubySegments,
  type RubySegment,
  UI_NOTES,
  type CompleteUiTranslation,
  type UiKey,
  type UiTranslation,
  type UiVars,
}

export const UI_TRANSLATIONS: Readonly<Record<LocaleCode, UiTranslation>> = { ja, en, zh, es, pt, id, tl, my, vi }

export const UI_SOURCE: CompleteUiTranslation = en

/**
 * The text of `key` in `lang`, English where the language has none (or an empty one); `{name}`
 * placeholders are filled from `vars`, and left as they are when `vars` has no such name.
 */
export function t(lang: LocaleCode, key: UiKey, vars: UiVars = {}): string {
  return withoutRuby(tWithRuby(lang, key, vars))
}

/**
 * Like `t`, keeping the furigana notation (./ruby.ts) for a renderer that shows it as <ruby>;
 * everywhere else (titles, emails, attributes) `t` gives the plain text.
 */
export function tWithRuby(lang: LocaleCode, key: UiKey, vars: UiVars = {}): string {
  return fillPlaceholders(UI_TRANSLATIONS[lang][key] || en[key], vars)
}
