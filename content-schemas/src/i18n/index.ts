/**
 * The one home of reader-facing interface text — site pages, newsletter emails, the service
 * worker's offline notes — and `t()` to read it. Keys and translator notes are in ./schema.ts,
 * one file per language in ./translations/.
 */
import type { LocaleCode } from '../locales'
import { digestOf, usableUiText, type UiTextTable } from './edited'
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

export { isUiKey, placeholderProblem, uiTextProblems, type UiTextProblem, type UiTextTable } from './edited'

/**
 * The text edited in the CMS, once a program has applied it (the site's build from its snapshot,
 * the CMS from its database): it comes before the code's strings. Module state, because `t` is
 * called from hundreds of places that cannot all be handed a table.
 */
let edited: UiTextTable = {}
let editedDigest = digestOf(edited)

/**
 * Makes `table` the interface text `t` reads, in place of what was applied before. Texts that
 * cannot be used (unknown keys, lost placeholders: see uiTextProblems) are left out, so readers
 * get the code's string there; builds refuse such a table before they get here.
 */
export function applyEditedUiText(table: UiTextTable): void {
  edited = usableUiText(table)
  editedDigest = digestOf(edited)
}

/** Changes whenever the applied text does: part of each page's cache key. */
export const editedUiTextDigest = (): string => editedDigest

/**
 * The text of `key` in `lang` — the CMS's edited text, else the code's — English where the
 * language has none (or an empty one); `{name}`
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
  return fillPlaceholders(edited[lang]?.[key] || UI_TRANSLATIONS[lang][key] || edited.en?.[key] || en[key], vars)
}
