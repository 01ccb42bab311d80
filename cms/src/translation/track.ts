/**
 * Records, on every save, which source revision each language's text was written against (see
 * status.ts). Runs as a collection hook after field access, so the status field — locked for
 * translators and ignored when sent by anyone — is written by the server alone.
 */
import { isLocaleCode } from '@mirai/content-schemas/locales'
import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'

import { SOURCE_LOCALE_FIELD, sourceLocaleOf } from '@mirai/content-schemas/translation-scope'

import { READY_FIELD } from './ready/fields'
import { afterWrite, asStatus, fingerprint, rebase } from './status'

export const TRANSLATION_STATUS_FIELD = 'translationStatus'

/**
 * Request context flag of server saves that change no one's text, only the document's frame
 * (interface text taking a key the code added): the status stays as it was.
 */
export const KEEP_TRANSLATION_STATUS = 'translation:keepStatus'

/** Fields that are not the document's text: the status itself, the source language, the ready box. */
const UNTRACKED = new Set([TRANSLATION_STATUS_FIELD, SOURCE_LOCALE_FIELD, READY_FIELD])

/** Top-level fields holding translated text (localized, or groups/arrays that contain some). */
export function translatedFields(fields: FlattenedField[]): FlattenedField[] {
  const holdsText = (field: FlattenedField): boolean =>
    Boolean('localized' in field && field.localized) ||
    ('flattenedFields' in field && field.flattenedFields.some(holdsText))
  return fields.filter((field) => !UNTRACKED.has(field.name) && holdsText(field))
}

export const trackTranslationStatus: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const at = new Date().toISOString()
  const by = req.user ? String(req.user.id) : null
  const source = sourceLocaleOf(collection.slug, {
    [SOURCE_LOCALE_FIELD]: SOURCE_LOCALE_FIELD in data ? data[SOURCE_LOCALE_FIELD] : originalDoc?.[SOURCE_LOCALE_FIELD],
  })
  const previousSource = operation === 'create' ? source : sourceLocaleOf(collection.slug, originalDoc)
  const previous = rebase(asStatus(originalDoc?.[TRANSLATION_STATUS_FIELD]), previousSource, source, at, by)
  data[TRANSLATION_STATUS_FIELD] = previous
  if (req.context[KEEP_TRANSLATION_STATUS]) return data
  const locale = req.locale
  if (!locale || !isLocaleCode(locale)) return data
  const changed = translatedFields(collection.flattenedFields).some(
    (field) =>
      field.name in data &&
      (operation === 'create' ||
        fingerprint(data[field.name], field.type) !== fingerprint(originalDoc?.[field.name], field.type)),
  )
  data[TRANSLATION_STATUS_FIELD] = afterWrite(previous, locale, source, changed, at, by)
  return data
}
