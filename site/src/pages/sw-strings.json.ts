/**
 * The offline notes of the service worker in every language, from the interface strings; the
 * build embeds this file into /sw.js (integrations/serviceWorker.mjs).
 */
import { getLocale, LOCALE_CODES } from '@mirai/content-schemas/locales'

import { t } from '../i18n/ui'

export function GET() {
  const notes = Object.fromEntries(
    LOCALE_CODES.map((lang) => [
      lang,
      { bcp47: getLocale(lang).bcp47, saved: t(lang, 'offlineSaved'), missing: t(lang, 'offlineMissing'), home: t(lang, 'home'), safety: t(lang, 'safetyCheck') },
    ]),
  )
  return new Response(JSON.stringify(notes), { headers: { 'content-type': 'application/json' } })
}
