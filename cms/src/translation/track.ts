/**
 * Records, on every save, which source revision each language's text was written against (see
 * status.ts). Runs as a collection hook after field access, so the status field — locked for
 * translators and ignored when sent by anyone — is written by the server alone.
 */
import { isLocaleCode } from '@mirai/content-schemas/locales'
import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'

import { afterWrite, asStatus, fingerprint } from './status'

export const TRANSLATION_STATUS_FIELD = 'translationStatus'

/** Top-level fields holding translated text (localized, or groups/arrays that contain some). */
function translatedFields(fields: FlattenedField[]): FlattenedField[] {
  const holdsText = (field: FlattenedField): boolean =>
    Boolean('localized' in field && field.localized) ||
    ('flattenedFields' in field && field.flattenedFields.some(holdsText))
  return fields.filter((field) => field.name !== TRANSLATION_STATUS_FIELD && holdsText(field))
}

export const trackTranslationStatus: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const previous = asStatus(originalDoc?.[TRANSLATION_STATUS_FIELD])
  data[TRANSLATION_STATUS_FIELD] = previous
  const locale = req.locale
  if (!locale || !isLocaleCode(locale)) return data
  const changed = translatedFields(collection.flattenedFields).some(
    (field) =>
      field.name in data &&
      (operation === 'create' ||
        fingerprint(data[field.name], field.type) !== fingerprint(originalDoc?.[field.name], field.type)),
  )
  data[TRANSLATION_STATUS_FIELD] = afterWrite(
    previous,
    locale,
    changed,
    new Date().toISOString(),
    req.user ? String(req.user.id) : null,
  )
  return data
}
