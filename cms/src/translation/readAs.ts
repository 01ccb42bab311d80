/**
 * A translated document in one language as `user` works on it: through their own access, without
 * fallback, the latest draft, and with text saved but not yet ready for readers in place
 * (ready/gate.ts) — what the side-by-side view shows beside the source and what an XLIFF import
 * writes its units into.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { AllLocales } from '../export/splitLocales'
import { fieldsOf } from '../utilities/anyDocument'
import type { TRANSLATED_COLLECTIONS } from './overview'

export async function readInLanguage(
  payload: Payload,
  user: NonNullable<PayloadRequest['user']> | TypedUser,
  collection: (typeof TRANSLATED_COLLECTIONS)[number],
  id: string,
  lang: LocaleCode,
): Promise<AllLocales> {
  return fieldsOf(
    await payload.findByID({
      collection,
      id,
      locale: lang,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ) as AllLocales
}
