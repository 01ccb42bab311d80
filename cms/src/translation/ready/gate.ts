/**
 * The per-language ready gate. Payload's document status is one for all languages (publishing one
 * language publishes every language's draft: payloadcms/payload#14672, #9704), so the gate does not
 * use it: a translator's save that would go live in a language not marked ready writes the text
 * that was live back into the document and keeps theirs in `pendingTranslations` (pending.ts).
 * Readers, the export and the site therefore never see it; the team reading that language sees it
 * in place (the afterRead overlay), so the translator goes on from where they were. The text goes
 * live when that language is saved with "ready" ticked, or when an editor publishes the language.
 */
import { isLocaleCode, type LocaleCode } from '@mirai/content-schemas/locales'
import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  FlattenedField,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'

import { isStaff, isTranslator } from '../../access/roles'
import type { AllLocales } from '../../export/splitLocales'
import { keepingLocale } from '../../utilities/keepingLocale'
import { translatedFields } from '../track'
import { PENDING_FIELD, READY_FIELD } from './fields'
import { HOLDING } from './validation'
import { asPending, changedUnits, untouchedUnits, withPending } from './pending'

/** Context flag of the gate's own read of the live text, which the overlay must leave alone. */
const LIVE_READ = 'mirai:liveTranslations'

async function liveCopy(req: PayloadRequest, collection: string, id: string | number, locale: LocaleCode) {
  try {
    return (await keepingLocale(req, () =>
      req.payload.findByID({
        collection: collection as 'articles',
        id,
        locale,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        overrideAccess: true,
        context: { [LIVE_READ]: true },
        req,
      }),
    )) as unknown as AllLocales
  } finally {
    // Payload merges a nested call's context into the request's: the flag is for this read alone.
    delete req.context[LIVE_READ]
  }
}

export const holdUnreadyTranslations: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const locale = req.locale
  if (operation !== 'update' || !originalDoc || !isLocaleCode(locale)) return data
  const pending = asPending(originalDoc[PENDING_FIELD])
  data[PENDING_FIELD] = pending
  // Drafts are not live: nothing to hold, and the gate's fields keep their values.
  if (originalDoc._status !== 'published' || data._status !== 'published') return data
  const fields = collection.flattenedFields
  const translated: FlattenedField[] = translatedFields(fields)
  const live = await liveCopy(req, collection.slug, originalDoc.id, locale)
  const ready = data[READY_FIELD] === true || !isTranslator(req.user)
  if (ready) {
    // Ticked by the translator, or published by an editor: the waiting text goes live too, unit
    // by unit, where this save leaves the live text as it was (Payload hands the hook the whole
    // document, so "as it was" is what tells a unit the client did not change).
    const waiting = pending[locale]
    if (waiting) {
      const merged = withPending(data, fields, untouchedUnits(live, data, fields, waiting.units))
      for (const field of translated) data[field.name] = merged[field.name]
    }
    delete pending[locale]
    data[READY_FIELD] = false
    return data
  }
  // What this save changes waits, on top of what was waiting: Payload fills the fields a save does
  // not send from the live document, so "unchanged from live" keeps the earlier waiting text.
  const units = { ...pending[locale]?.units, ...changedUnits(live, { ...live, ...data }, fields) }
  if (Object.keys(units).length === 0) delete pending[locale]
  else pending[locale] = { units, at: new Date().toISOString(), by: req.user ? String(req.user.id) : null }
  for (const field of translated) data[field.name] = live[field.name] ?? null
  data[READY_FIELD] = false
  req.context[HOLDING] = locale
  return data
}

/** The team reading one language sees the text waiting in it in place of the live one. */
export const showPendingTranslations: CollectionAfterReadHook = ({ collection, context, doc, req }) => {
  if (context?.[LIVE_READ] || !(isStaff(req.user) || isTranslator(req.user))) return doc
  const locale = req.locale
  if (!isLocaleCode(locale)) return doc
  const waiting = asPending(doc?.[PENDING_FIELD])[locale]
  return waiting ? withPending(doc, collection.flattenedFields, waiting.units) : doc
}

/** The hold is for its own save only; later saves in the same request are checked as always. */
export const endHold: CollectionAfterChangeHook = ({ doc, req }) => {
  delete req.context[HOLDING]
  return doc
}

/**
 * Applied once the config is built, after every other save hook (the translator lock's checks of
 * rows and images among them): those judge what the translator sent, the gate then decides what of
 * it readers get.
 */
export function gateTranslations(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    if (collection.flattenedFields.some((field) => field.name === PENDING_FIELD))
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), holdUnreadyTranslations]
  return config
}
