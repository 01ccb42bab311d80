/**
 * The published interface text as a table (language → key → text), and making it the text `t()`
 * reads in this process. The CMS renders some reader-facing words itself — newsletters, the
 * Safety flyers — and applies the table right before, so every instance uses the text as
 * published now. The site applies the same table from its snapshot.
 */
import { applyEditedUiText, isUiKey, type UiTextTable } from '@mirai/content-schemas/i18n'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import type { Payload } from 'payload'

import { INTERFACE_TEXT } from './catalogue'

type StoredRow = { key?: unknown; text?: unknown }

/** Rows of documents read with `locale: 'all'` (texts keyed by language) as one table. */
export function interfaceTextTable(docs: readonly { strings?: unknown }[]): UiTextTable {
  const table: UiTextTable = {}
  for (const doc of docs)
    for (const row of (Array.isArray(doc.strings) ? doc.strings : []) as StoredRow[]) {
      if (!isUiKey(row?.key) || typeof row.text !== 'object' || row.text === null) continue
      for (const lang of LOCALE_CODES) {
        const text = (row.text as Record<string, unknown>)[lang]
        if (typeof text === 'string' && text !== '') (table[lang] ??= {})[row.key] = text
      }
    }
  return table
}

/** What readers are meant to see: the published documents, as a reader without an account may. */
export async function publishedInterfaceText(payload: Payload): Promise<UiTextTable> {
  const { docs } = await payload.find({
    collection: INTERFACE_TEXT,
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return interfaceTextTable(docs)
}

export async function applyInterfaceText(payload: Payload): Promise<void> {
  applyEditedUiText(await publishedInterfaceText(payload))
}
