import { isUiKey, placeholderProblem } from '@mirai/content-schemas/i18n'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeReadHook,
  type TextareaFieldValidation,
} from 'payload'
import { validations } from 'payload/shared'

import { codeText } from './catalogue'

/** Request context flag of the server's own saves (./ensure.ts), which may change the rows. */
export const CODE_SYNC = 'interfaceText:codeSync'

type Row = { id?: string | null; key?: unknown; text?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every language a row has no text in shows the code's text, in every read (the admin form, the
 * translation status, XLIFF, the side-by-side view, the export). Done before Payload picks the
 * asked language, while each text is still keyed by language: afterwards an empty text would
 * already be the fallback language's.
 */
export const showCodeText: CollectionBeforeReadHook = ({ doc, req }) => {
  // The server's own sync reads what is stored, so it never writes the code's text back.
  if (req.context[CODE_SYNC] || !Array.isArray(doc?.strings)) return doc
  for (const row of doc.strings as Row[]) {
    if (!isObject(row) || !isUiKey(row.key)) continue
    const texts: Record<string, unknown> = isObject(row.text) ? row.text : {}
    for (const lang of LOCALE_CODES)
      if (typeof texts[lang] !== 'string' || texts[lang] === '') texts[lang] = codeText(row.key, lang)
    row.text = texts
  }
  return doc
}

/**
 * The rows are the code's keys, in the code's order: a save cannot add, rename or drop one. A row
 * left out of a save (a draft older than a key the code added) is kept as it is stored.
 */
export const keepTheCodesKeys: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context[CODE_SYNC] || !Array.isArray(data.strings)) return data
  const stored = new Map<string, Row>()
  for (const row of (originalDoc?.strings ?? []) as Row[]) if (row?.id) stored.set(row.id, row)
  const keys = new Set([...stored.values()].map((row) => row.key))
  const byKey = new Map<string, Row>()
  for (const row of data.strings as Row[]) {
    // The key is the server's (field access): a row's key is the stored row's with that id.
    const key = (row?.id ? stored.get(row.id)?.key : undefined) ?? row?.key
    if (typeof key !== 'string' || !keys.has(key) || byKey.has(key))
      throw new APIError(
        'The strings of interface text are the keys of the site’s code: rows cannot be added, copied or renamed, only their text changed.',
        400,
        undefined,
        true,
      )
    byKey.set(key, { ...row, key })
  }
  // In the stored order (the code's, ./ensure.ts), a row the save left out kept as stored.
  data.strings = [...stored.values()].map((row) => byKey.get(String(row.key)) ?? row)
  return data
}

/** A text keeps the placeholders of its English source (`{count}`, `{date}`), which the site fills. */
export const keepsPlaceholders: TextareaFieldValidation = (value, options) => {
  // Payload's own checks (length) first: a field's validate replaces them.
  const standard = validations.textarea(value, options)
  if (standard !== true) return standard
  const key = (options.siblingData as Row | undefined)?.key
  if (typeof value !== 'string' || value === '' || !isUiKey(key)) return true
  const problem = placeholderProblem(key, value)
  return problem ? `This text ${problem}; the site fills placeholders in, so they stay as in English.` : true
}
