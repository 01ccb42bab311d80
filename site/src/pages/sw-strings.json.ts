/**
 * What the service worker says offline, from the interface text, how it writes the date a page
 * was saved (Japan time, like every date of the site) and where each language's pinned pages are:
 * the worker cannot import, so the build embeds this file into /sw.js (integrations/serviceWorker.mjs).
 * The texts are those edited in the CMS where there are any: the middleware applies them before
 * this endpoint runs (lib/interfaceText.ts), and it has no cache key, so it is written every build.
 */
import { ALERTS_CLOSE, ALERTS_OPEN } from '@mirai/content-schemas/alerts'
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
        // Above the alerts of a saved page when /alerts.json cannot be fetched, around its date.
        alertsAsOf: t(lang, 'alert.offline', { date: DATE_SLOT }).split(DATE_SLOT),
        home: t(lang, 'nav.home'),
        safety: t(lang, 'safety.title'),
        homePath: homePath(lang),
        safetyPath: sectionPath(lang, 'safety'),
      },
    ]),
  )
  const dateOptions: Intl.DateTimeFormatOptions = { ...JAPAN_TIME_OPTIONS, dateStyle: 'long', timeStyle: 'short' }
  // Where a page's alerts block starts and ends, and the build's copy of it (pages/alerts.json.ts).
  const alerts = { open: ALERTS_OPEN, close: ALERTS_CLOSE, url: '/alerts.json' }
  return new Response(JSON.stringify({ notes, dateOptions, alerts }), {
    headers: { 'content-type': 'application/json' },
  })
}
