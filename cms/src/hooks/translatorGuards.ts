import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

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
