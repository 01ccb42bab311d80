/**
 * What the service worker says offline, from the interface text, how it writes the date a page
 * was saved (Japan time, like every date of the site) and where each language's pinned pages are:
 * the worker cannot import, so the build embeds this file into /sw.js (integrations/serviceWorker.mjs).
 */
import { JAPAN_TIME_OPTIONS } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, LOCALE_CODES } from '@mirai/content-schemas/locales'

import { homePath, sectionPath } from '../lib/paths'

/** Stands for the date while the note is filled, so the worker only puts the date between the pieces. */
const DATE_SLOT = '\u0000'

export function GET() {
  const notes = Object.fromEntries(
    LOCALE_CODES.map((lang) => [
      lang,
      {
        bcp47: getLocale(lang).bcp47,
        // The note as the pieces around its date: placeholders are filled by t(), the one rule.
        saved: t(lang, 'offline.saved', { date: DATE_SLOT }).split(DATE_SLOT),
        missing: t(lang, 'offline.missing'),
        home: t(lang, 'nav.home'),
        safety: t(lang, 'safety.title'),
        homePath: homePath(lang),
        safetyPath: sectionPath(lang, 'safety'),
      },
    ]),
  )
  const dateOptions: Intl.DateTimeFormatOptions = { ...JAPAN_TIME_OPTIONS, dateStyle: 'long', timeStyle: 'short' }
  return new Response(JSON.stringify({ notes, dateOptions }), { headers: { 'content-type': 'application/json' } })
}
