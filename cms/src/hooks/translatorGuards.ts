import { APIError, Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { isTranslator } from '../access/roles'

/**
 * Translators translate what editors have published; they do not decide what goes public.
 * A translator may save drafts of any document and update already-published ones, but may not
 * publish a document that has never been published.
 */
export const preventTranslatorFirstPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isTranslator(req.user)) return data
  if (data?._status === 'published' && originalDoc?._status !== 'published') {
    throw new Forbidden(req.t)
  }
  return data
}

/**
 * Restoring a version writes the whole document — every language and every shared field — so a
 * translator restoring "their" language would rewrite the others (an old Japanese title, a lost
 * slug). Only the secretariat restores versions; translators copy old text by hand.
 */
export const preventTranslatorRestore: CollectionBeforeOperationHook = ({ operation, overrideAccess, req }) => {
  if (operation === 'restoreVersion' && !overrideAccess && isTranslator(req.user)) {
    throw new APIError('Translators cannot restore a version: it would replace every language of the document. Ask an editor.', 403, undefined, true)
  }
}
