/**
 * How the built site is served, in one place: `pnpm serve` (scripts/src/serve.ts) applies it
 * and the production nginx configuration is generated from it (hosting/nginx.ts), so what is
 * tested locally is what the host sends.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { PUBLISHABLE_EXTENSIONS, PUBLISHABLE_FILE_TYPES } from '@mirai/content-schemas/file-types'
import { CMS_CONNECTED_PAGES } from '@mirai/content-schemas/safety-sharing'

/** Content types by extension. Anything else is application/octet-stream. */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pagefind: 'application/octet-stream',
  ...Object.fromEntries(
    Object.entries(PUBLISHABLE_FILE_TYPES).flatMap(([mime, exts]) => exts.map((ext) => [ext, mime])),
  ),
}

/**
 * How hard both servers compress: zlib's default. nginx's own default (1) left the safety check's
 * HTML (demo content) at 14.9 KB instead of 10.7 KB: past the first round trip of a new connection
 * (about 14 KB), so a slow line waited one more before the page could be drawn.
 */
export const GZIP_LEVEL = 6

/** Compressed on the fly when the client accepts it (images, fonts and video are compressed already). */
export const COMPRESSIBLE = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/xml',
  'text/plain',
  'text/calendar',
  'image/svg+xml',
  'application/manifest+json',
  'application/wasm',
]

/**
 * What a page of the site may load: its own files only, plus the YouTube (nocookie) player a reader
 * starts by tapping a video. Escaping is the first line against injected markup; this is the
 * second, so even markup that slipped through could not load or send anything elsewhere.
 * Inline scripts and styles are Astro's own small ones; WebAssembly is the search index.
 * `connect` adds origins a page may send requests to (the CMS, for the safety check only).
 */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
    "media-src 'self'",
    "worker-src 'self' blob:",
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

/** On every answer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
}

/** Headers a release sends on some pages instead of the site-wide ones (hosting/release.ts writes them). */
export interface PageHeaders {
  /** A page's path, ending in "/"; its index.html gets the same headers. */
  path: string
  headers: Record<string, string>
}

/**
 * The safety check of each language may also connect to the CMS (sharing answers with a workplace,
 * asking Assist to call), when the build was told the CMS's public origin; no other page may.
 */
export function pageHeadersFor(cmsOrigin: string | null): PageHeaders[] {
  if (cmsOrigin === null) return []
  const policy = contentSecurityPolicy([cmsOrigin])
  return CMS_CONNECTED_PAGES.map((page) => ({ path: page, headers: { 'Content-Security-Policy': policy } }))
}

/** The page of `urlPath` among `pages` (its folder path or its index.html), if any. */
export function pageHeadersOf(pages: readonly PageHeaders[], urlPath: string): Record<string, string> | null {
  const page = urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath
  return pages.find((p) => p.path === page)?.headers ?? null
}

/**
 * Files under /media/ come from uploads: only publishable types are served there, and even those
 * may never run as a page of the site's origin.
 */
export const MEDIA_PREFIX = '/media/'
export const MEDIA_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; sandbox",
}
export const MEDIA_EXTENSIONS = PUBLISHABLE_EXTENSIONS

/**
 * Astro's bundles carry a content hash in their name: cached for a year. Everything else — pages,
 * sw.js, the search index, media — is revalidated on each use (ETag / Last-Modified), so a new
 * build is seen at once and the service worker is never stuck on an old version.
 */
export const IMMUTABLE_PREFIX = '/_astro/'
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
export const CACHE_REVALIDATE = 'no-cache'

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE
}

export function contentTypeFor(file: string): string {
  const ext = /\.([A-Za-z0-9_]+)$/.exec(file)?.[1]?.toLowerCase()
  return (ext && CONTENT_TYPES[ext]) || 'application/octet-stream'
}

/** The language's own 404 page for a path under /{lang}/, else the site's. */
export function notFoundPageFor(urlPath: string): string[] {
  const lang = /^\/([a-z]{2})\//.exec(urlPath)?.[1]
  return lang && (LOCALE_CODES as readonly string[]).includes(lang)
    ? [`/${lang}/404/index.html`, '/404.html']
    : ['/404.html']
}

/**
 * The host's own files travel with each release, in a folder no host serves: a dot-folder, which
 * `pnpm serve` and the nginx configuration refuse like every dotfile, and Netlify leaves out of a
 * deploy (on a host that would publish it, upload the release without it). `nginx.conf` is included by the server block of `pnpm hosting:nginx`; `redirects.json`
 * is the release's list of moved pages, which `pnpm serve` follows; `page-headers.json` the headers
 * some pages send instead of the site-wide ones, which `pnpm serve` applies.
 */
export const HOST_FOLDER = '.host'
export const HOST_FILES = {
  nginx: `${HOST_FOLDER}/nginx.conf`,
  redirects: `${HOST_FOLDER}/redirects.json`,
  pageHeaders: `${HOST_FOLDER}/page-headers.json`,
} as const
