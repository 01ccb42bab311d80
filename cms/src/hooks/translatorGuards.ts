import { APIError, Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { isTranslator } from '../access/roles'
import { keepingLocale } from '../utilities/keepingLocale'

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
    throw new APIError(
      'Translators cannot restore a version: it would replace every language of the document. Ask an editor.',
      403,
      undefined,
      true,
    )
  }
}

/**
 * What a translator's save does to what readers see. Their text of a published document may go
 * live; taking the document off the site, or publishing an editor's draft that is waiting (a
 * save over a pending draft would carry it live), is the secretariat's decision:
 * - a save that would leave the document unpublished is kept as a draft instead;
 * - publishing while an editor's draft is pending is refused;
 * - bulk updates are refused (one document at a time).
 */
export const keepTranslatorsFromPublishing: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !isTranslator(req.user)) return
  const id = (args as { id?: string | number }).id
  if (id === undefined || id === null)
    throw new APIError('Translators update one document at a time', 403, undefined, true)
  if ((args as { draft?: boolean }).draft) return
  const statusOf = async (draft: boolean) => {
    const doc = await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      draft,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { _status: true },
    })
    return doc && '_status' in doc ? doc._status : undefined
  }
  const [live, latest] = await keepingLocale(req, () => Promise.all([statusOf(false), statusOf(true)]))
  if (live !== 'published') return // never published: publishing is refused by preventTranslatorFirstPublish
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const wanted = data._status ?? latest
  if (wanted === 'published') {
    if (latest !== 'published') {
      throw new APIError(
        "An editor's draft of this document is waiting: publishing now would publish it too. Save your translation as a draft, or ask an editor.",
        403,
        undefined,
        true,
      )
    }
    return
  }
  ;(args as { draft?: boolean }).draft = true
}
