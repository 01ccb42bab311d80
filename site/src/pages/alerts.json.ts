/**
 * /alerts.json: this build's alerts block of every language, as the pages carry it, for the
 * service worker — which keeps the latest copy and puts it in place of a saved page's block when
 * it serves that page (lib/alerts.ts). Rendered at every build: it has no cache key. It carries no
 * build time (the worker stamps its copy when it fetches it), so a rebuild of the same content is
 * byte for byte the same file.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import { alertsBlockHtml } from '../lib/alerts'
import { chromeFor } from '../lib/chrome'

export async function GET() {
  const html: Record<string, string> = {}
  for (const lang of LOCALE_CODES) html[lang] = alertsBlockHtml((await chromeFor(lang)).alerts, lang)
  return new Response(JSON.stringify({ html }), {
    headers: { 'content-type': 'application/json' },
  })
}
