/* Service worker of the JP-MIRAI site, generated at build time by integrations/serviceWorker.mjs. */
const VERSION = __VERSION__
const ASSETS = __ASSETS__
const NOTES = __NOTES__
const STATIC = `static-${VERSION}`
const PAGES = 'pages'
const LANGS = Object.keys(NOTES)

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('static-') && k !== STATIC).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

const langOf = (url) => {
  const first = new URL(url).pathname.split('/')[1]
  return LANGS.includes(first) ? first : 'en'
}

async function savePage(request, response) {
  const body = await response.clone().arrayBuffer()
  const headers = new Headers(response.headers)
  headers.set('x-saved-at', new Date().toISOString())
  const cache = await caches.open(PAGES)
  await cache.put(request.url, new Response(body, { status: response.status, headers }))
}

/** The language's home and safety check, saved on the first visit to that language. */
async function precacheLanguage(lang) {
  const cache = await caches.open(PAGES)
  for (const path of [`/${lang}/`, `/${lang}/safety/`]) {
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
  if (event.data?.type === 'visit' && LANGS.includes(event.data.lang)) event.waitUntil?.(precacheLanguage(event.data.lang))
})

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

async function offlineCopy(request) {
  const cache = await caches.open(PAGES)
  const saved = await cache.match(request.url)
  const lang = langOf(request.url)
  const notes = NOTES[lang]
  if (!saved) {
    const html = `<!doctype html><html lang="${notes.bcp47}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(notes.missing)}</title></head><body><main><p class="offline-note" role="status">${escapeHtml(notes.missing)}</p><p><a href="/${lang}/">${escapeHtml(notes.home)}</a> · <a href="/${lang}/safety/">${escapeHtml(notes.safety)}</a></p></main></body></html>`
    return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } })
  }
  const at = saved.headers.get('x-saved-at')
  const date = at ? new Intl.DateTimeFormat(notes.bcp47, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(at)) : ''
  const note = `<p class="offline-note" role="status">${escapeHtml(notes.saved.replace('{date}', date))}</p>`
  const html = (await saved.text()).replace(/<body([^>]*)>/, `<body$1>${note}`)
  return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })
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
          if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) event.waitUntil(savePage(request, response.clone()))
          return response
        })
        .catch(() => offlineCopy(request)),
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
