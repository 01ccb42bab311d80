/**
 * The code's interface text as the CMS keeps it: one document per namespace of keys
 * (`nav`, `finder`, `safety`, …), one row per key. The code decides which documents and rows
 * exist; the CMS holds the text.
 */
import { isUiKey, UI_NOTES, UI_TRANSLATIONS, type UiKey } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'

export const INTERFACE_TEXT = 'interface-text'

const namespaceOf = (key: UiKey): string => key.slice(0, key.indexOf('.'))

/** Namespace → its keys, both in the catalogue's order (i18n/schema.ts groups them so). */
export const UI_NAMESPACES: ReadonlyMap<string, readonly UiKey[]> = (() => {
  const namespaces = new Map<string, UiKey[]>()
  for (const key of Object.keys(UI_NOTES) as UiKey[]) {
    const namespace = namespaceOf(key)
    namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), key])
  }
  return namespaces
})()

/** The code's text of `key` in `lang` (every language has every key today; none is '' then). */
export const codeText = (key: UiKey, lang: LocaleCode): string => UI_TRANSLATIONS[lang][key] ?? ''

/**
 * For a CAT tool, what a unit of an interface text document is: its key and the code's note
 * (where readers see it, what its placeholders stand for). Other documents' units have none.
 */
export function unitDescription(collection: string, doc: Record<string, unknown>, path: string): string | undefined {
  if (collection !== INTERFACE_TEXT || !Array.isArray(doc.strings)) return undefined
  const [, rowId] = path.split('.')
  const row = (doc.strings as { id?: unknown; key?: unknown }[]).find((r) => r?.id === rowId)
  return isUiKey(row?.key) ? `${row.key}: ${UI_NOTES[row.key]}` : undefined
}
