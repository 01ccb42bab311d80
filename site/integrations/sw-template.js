/* Service worker of the JP-MIRAI site, generated at build time by integrations/serviceWorker.mjs. */
const VERSION = __VERSION__
/** This build's bundles, saved with each language's home and safety check. */
const ASSETS = __ASSETS__
const NOTES = __NOTES__
/** Japan time, as every date of the site (JAPAN_TIME_OPTIONS of @mirai/content-schemas/dates). */
const DATE_OPTIONS = __DATE_OPTIONS__
/** Pages recent builds removed (unpublished or deleted): saved copies of them are dropped. */
const REMOVED = __REMOVED__
/** The site's redirects, old path → new path: an old address is never served from a copy of its own. */
const REDIRECTS = __REDIRECTS__
/** Where a page's alerts block starts and ends, and the build's copy of every language's block. */
const ALERTS = __ALERTS__
const ALERTS_CACHE = 'alerts'
const STATIC = `static-${VERSION}`
const PAGES = 'pages'
const LANGS = Object.keys(NOTES)
/** At most this many saved pages; the oldest go first (each language's home and safety check stay). */
const MAX_PAGES = 50

const pathOf = (url) => new URL(url, self.location.origin).pathname
/** A page is saved once, under its path: `/ja/?x` and `/ja/` are the same page. */
const pageKey = (url) => new URL(pathOf(url), self.location.origin).href
const isRedirected = (url) => Object.hasOwn(REDIRECTS, pathOf(url))

/** Changes to the saved pages happen one at a time, so the bound holds however many pages load at once. */
let pending = Promise.resolve()
const oneAtATime = (change) => (pending = pending.then(change, change))
/** Each language's home and safety check (their paths come from the site's path rules, in NOTES). */
const pinnedPaths = (lang) => [NOTES[lang].homePath, NOTES[lang].safetyPath]
const isPinned = (url) => LANGS.some((lang) => pinnedPaths(lang).includes(pathOf(url)))

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(STATIC)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  )
})

/** Same-origin bundles a saved page loads (its styles and scripts). */
async function bundlesOf(response) {
  const html = await response.text()
  return [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1])
}

/**
 * A new build: drop the pages it no longer has, then keep exactly the bundles that this build or
 * a saved page needs — a page saved before the deploy still opens offline with its own styles and
 * scripts — and drop the rest with the old caches.
 */
async function tidy() {
  const pages = await caches.open(PAGES)
  for (const request of await pages.keys())
    if (REMOVED.includes(pathOf(request.url)) || isRedirected(request.url)) await pages.delete(request)
  const needed = new Set(ASSETS)
  for (const request of await pages.keys()) {
    const saved = await pages.match(request)
    if (saved) for (const bundle of await bundlesOf(saved)) needed.add(bundle)
  }
  const current = await caches.open(STATIC)
  for (const name of await caches.keys()) {
    if (!name.startsWith('static-') || name === STATIC) continue
    const old = await caches.open(name)
    for (const request of await old.keys()) {
      if (needed.has(pathOf(request.url)) && !(await current.match(request)))
        await current.put(request, await old.match(request))
    }
    await caches.delete(name)
  }
  for (const request of await current.keys()) if (!needed.has(pathOf(request.url))) await current.delete(request)
  await trimPages()
}

self.addEventListener('activate', (event) => {
  event.waitUntil(oneAtATime(tidy).then(() => self.clients.claim()))
})

/**
 * Keeps the saved pages within MAX_PAGES less `room`, removing the least recently saved first.
 * A new page makes its room before it is put, so no one ever sees more than MAX_PAGES saved.
 */
async function trimPages(room = 0) {
  const cache = await caches.open(PAGES)
  const requests = await cache.keys()
  const limit = MAX_PAGES - room
  if (requests.length <= limit) return
  const dated = []
  for (const request of requests) {
    if (isPinned(request.url)) continue
    const saved = await cache.match(request)
    dated.push({ request, at: Date.parse(saved?.headers.get('x-saved-at') ?? '') || 0 })
  }
  dated.sort((a, b) => a.at - b.at)
  for (const { request } of dated.slice(0, requests.length - limit)) await cache.delete(request)
}

const langOf = (url) => {
  const first = new URL(url).pathname.split('/')[1]
  return LANGS.includes(first) ? first : 'en'
}

async function savePage(request, response) {
  const body = await response.clone().arrayBuffer()
  const headers = new Headers(response.headers)
  headers.set('x-saved-at', new Date().toISOString())
  await oneAtATime(async () => {
    const cache = await caches.open(PAGES)
    const key = pageKey(request.url)
    if (!(await cache.match(key))) await trimPages(1)
    await cache.put(key, new Response(body, { status: response.status, headers }))
  })
}

/** The language's home and safety check, saved on the first visit to that language. */
async function precacheLanguage(lang) {
  const cache = await caches.open(PAGES)
  for (const path of pinnedPaths(lang)) {
    const url = new URL(path, self.location.origin).href
    if (await cache.match(url)) continue
    try {
      const response = await fetch(url)
      if (response.ok) await savePage(new Request(url), response)
    } catch {
      // Offline already: nothing to save now.
    }
  }
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'visit' && LANGS.includes(event.data.lang))
    event.waitUntil?.(precacheLanguage(event.data.lang))
})

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

async function offlineCopy(request) {
  const cache = await caches.open(PAGES)
  const saved = await cache.match(pageKey(request.url))
  const lang = langOf(request.url)
  const notes = NOTES[lang]
  if (!saved) {
    const html = `<!doctype html><html lang="${notes.bcp47}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(notes.missing)}</title></head><body><main><p class="offline-note" role="status">${escapeHtml(notes.missing)}</p><p><a href="${notes.homePath}">${escapeHtml(notes.home)}</a> · <a href="${notes.safetyPath}">${escapeHtml(notes.safety)}</a></p></main></body></html>`
    return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } })
  }
  const at = saved.headers.get('x-saved-at')
  const date = at ? new Intl.DateTimeFormat(notes.bcp47, DATE_OPTIONS).format(new Date(at)) : ''
  // The build filled the note's placeholders and split it where the date goes (sw-strings.json.ts).
  const note = `<p class="offline-note" role="status">${escapeHtml(notes.saved.join(date))}</p>`
  const html = (await saved.text()).replace(/<body([^>]*)>/, `<body$1>${note}`)
  return new Response(withLatestAlerts(html, await latestAlerts(), lang), {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  })
}

/** Keeps the build's alerts, with when they were fetched. */
async function saveAlerts(response) {
  const headers = new Headers(response.headers)
  headers.set('x-saved-at', new Date().toISOString())
  const cache = await caches.open(ALERTS_CACHE)
  await cache.put(ALERTS.url, new Response(await response.text(), { status: 200, headers }))
}

/**
 * The current alerts when the site answers (a saved page is served because the page itself could
 * not be fetched), else the last ones fetched with the time they were: `{ html, at }`, or null.
 */
async function latestAlerts() {
  try {
    const response = await fetch(ALERTS.url, { cache: 'no-store' })
    if (response.ok) {
      await saveAlerts(response.clone())
      return { html: (await response.json()).html, at: null }
    }
  } catch {
    // Offline: the saved copy below.
  }
  const saved = await (await caches.open(ALERTS_CACHE)).match(ALERTS.url)
  return saved ? { html: (await saved.json()).html, at: saved.headers.get('x-saved-at') } : null
}

/** A saved page with its alerts block replaced by the latest alerts (the page's script hides those over). */
function withLatestAlerts(html, alerts, lang) {
  const start = html.indexOf(ALERTS.open)
  const end = start === -1 ? -1 : html.indexOf(ALERTS.close, start)
  const block = alerts?.html?.[lang]
  if (end === -1 || typeof block !== 'string' || !block.startsWith(ALERTS.open)) return html
  let shown = block
  if (alerts.at && block !== ALERTS.open + ALERTS.close) {
    const notes = NOTES[lang]
    const date = new Intl.DateTimeFormat(notes.bcp47, DATE_OPTIONS).format(new Date(alerts.at))
    const note = `<p class="alert-offline" role="note">${escapeHtml(notes.alertsAsOf.join(date))}</p>`
    shown = ALERTS.open + note + block.slice(ALERTS.open.length)
  }
  return html.slice(0, start) + shown + html.slice(end + ALERTS.close.length)
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  // Only this site's own GET requests; everything else goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
            // A redirected page is saved under the address it has now, where the reader landed; the
            // refresh page a host without redirect rules answers at an old address is not saved.
            if (!isRedirected(response.url || request.url))
              event.waitUntil(savePage(response.redirected ? new Request(response.url) : request, response.clone()))
            // The alerts of now, for the saved pages shown offline later.
            event.waitUntil(
              fetch(ALERTS.url, { cache: 'no-store' })
                .then((alerts) => (alerts.ok ? saveAlerts(alerts) : undefined))
                .catch(() => {}),
            )
          }
          // The site no longer has this page: its saved copy goes too.
          else if (response.status === 404 || response.status === 410)
            event.waitUntil(oneAtATime(() => caches.open(PAGES).then((cache) => cache.delete(pageKey(request.url)))))
          return response
        })
        // Offline, an old address sends the reader on to its new one, whose saved copy is served there.
        .catch(() =>
          isRedirected(request.url)
            ? Response.redirect(new URL(REDIRECTS[pathOf(request.url)], self.location.origin).href, 302)
            : offlineCopy(request),
        ),
    )
    return
  }
  if (url.pathname.startsWith('/_astro/')) {
    // Hashed file names never change content: cache first.
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) event.waitUntil(caches.open(STATIC).then((cache) => cache.put(request, response.clone())))
            return response
          }),
      ),
    )
  }
})
