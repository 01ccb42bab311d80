/**
 * Interface text as edited in the CMS (collection `interface-text`): per language, per key, the
 * text editors and translators gave it. The code's strings (./translations/) are the defaults;
 * the CMS's text, once it exists, is what readers see. One rule decides whether a text may be
 * used: it keeps exactly the `{placeholders}` of the English source, which the code fills in —
 * a text that lost one would show readers a gap, one with an unknown name a stray `{name}`.
 */
import { isLocaleCode, type LocaleCode } from '../locales'
import { placeholdersOf } from './fill'
import { UI_NOTES, type UiKey } from './schema'
import { en } from './translations/en'

/** Language → key → text. Keys the code no longer has are ignored where the table is used. */
export type UiTextTable = Partial<Record<LocaleCode, Record<string, string>>>

/** Whether `key` is a key of the code's catalogue (anything else in a table is ignored). */
export const isUiKey = (key: unknown): key is UiKey => typeof key === 'string' && Object.hasOwn(UI_NOTES, key)

/**
 * What is wrong with `text` as the text of `key`, or null: every placeholder of the English
 * source kept, none added. One sentence, naming the placeholders, for editors and build logs.
 */
export function placeholderProblem(key: UiKey, text: string): string | null {
  const wanted = [...new Set(placeholdersOf(en[key]))]
  const found = new Set(placeholdersOf(text))
  const missing = wanted.filter((name) => !found.has(name))
  const unknown = [...found].filter((name) => !wanted.includes(name))
  const list = (names: string[]) => names.map((name) => `{${name}}`).join(', ')
  const problems = [
    missing.length > 0 ? `lacks the placeholder${missing.length > 1 ? 's' : ''} ${list(missing)}` : null,
    unknown.length > 0
      ? `has ${list(unknown)}, which ${unknown.length > 1 ? 'are not placeholders' : 'is not a placeholder'} of this text` +
        (wanted.length > 0 ? ` (it has ${list(wanted)})` : ' (it has none)')
      : null,
  ].filter(Boolean)
  return problems.length > 0 ? problems.join(' and ') : null
}

export interface UiTextProblem {
  lang: string
  key: string
  message: string
}

/** Every text of `table` that cannot be used, one line each naming language, key and placeholder. */
export function uiTextProblems(table: UiTextTable): UiTextProblem[] {
  const problems: UiTextProblem[] = []
  for (const [lang, texts] of Object.entries(table)) {
    for (const [key, text] of Object.entries(texts ?? {})) {
      if (!isUiKey(key) || typeof text !== 'string' || text === '') continue
      const message = placeholderProblem(key, text)
      if (message) problems.push({ lang, key, message: `interface text "${key}" in ${lang} ${message}` })
    }
  }
  return problems
}

/** The usable part of a table: languages of the site, keys of the code, non-empty texts. */
export function usableUiText(table: UiTextTable): UiTextTable {
  const usable: UiTextTable = {}
  for (const [lang, texts] of Object.entries(table)) {
    if (!isLocaleCode(lang)) continue
    const kept = Object.entries(texts ?? {}).filter(
      ([key, text]) =>
        isUiKey(key) && typeof text === 'string' && text !== '' && placeholderProblem(key, text) === null,
    )
    if (kept.length > 0) usable[lang] = Object.fromEntries(kept)
  }
  return usable
}

/** A short digest of a table (FNV-1a over its JSON), so pages can tell when the text changed. */
export function digestOf(table: UiTextTable): string {
  const json = JSON.stringify(
    Object.keys(table)
      .sort()
      .map((lang) => [lang, Object.entries(table[lang as LocaleCode] ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))]),
  )
  let hash = 0x811c9dc5
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193) >>> 0
  return hash.toString(36)
}
