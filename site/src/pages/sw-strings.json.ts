/**
 * What the service worker says offline, from the interface text, and how it writes the date a
 * page was saved (Japan time, like every date of the site): the worker cannot import, so the
 * build embeds this file into /sw.js (integrations/serviceWorker.mjs).
 */
import { JAPAN_TIME_OPTIONS } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, LOCALE_CODES } from '@mirai/content-schemas/locales'

export function GET() {
  const notes = Object.fromEntries(
    LOCALE_CODES.map((lang) => [
      lang,
      {
        bcp47: getLocale(lang).bcp47,
        saved: t(lang, 'offline.saved'),
        missing: t(lang, 'offline.missing'),
        home: t(lang, 'nav.home'),
        safety: t(lang, 'safety.title'),
      },
    ]),
  )
  const dateOptions: Intl.DateTimeFormatOptions = { ...JAPAN_TIME_OPTIONS, dateStyle: 'long', timeStyle: 'short' }
  return new Response(JSON.stringify({ notes, dateOptions }), { headers: { 'content-type': 'application/json' } })
}
