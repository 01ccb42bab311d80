/**
 * The redirects the service worker follows offline (old path → new path, the snapshot's list,
 * chains already collapsed): the build embeds this file into /sw.js (integrations/serviceWorker.mjs)
 * so a reader offline who opens an old address gets the saved new page, never a stale copy kept
 * under the old one.
 */
import * as content from '../lib/content'

export async function GET() {
  const map = Object.fromEntries((await content.redirects()).map((r) => [r.from, r.to]))
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } })
}
