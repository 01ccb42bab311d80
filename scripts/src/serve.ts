/**
 * The static server for the built site (`pnpm serve`, the main command, browser tests), with what
 * the production host sends (hosting/policy.ts): content types, cache headers, nosniff, only
 * publishable files under /media/, each language's own 404 page, the release's moved pages
 * (hosting/redirects.ts, as the build wrote them into the release). Files are served by `send`
 * (Express's static file engine: path checks, Range, ETag / Last-Modified, conditional GET) and
 * compressed by `compression`.
 *
 * The root may be a link to the live release: it is resolved on every request, so a new build is
 * served as soon as it goes live, and a request that began on the old one finishes on it.
 */
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import compression from 'compression'
import send from 'send'

import {
  CACHE_REVALIDATE,
  cacheControlFor,
  COMPRESSIBLE,
  contentTypeFor,
  GZIP_LEVEL,
  HOST_FILES,
  HOST_FOLDER,
  MEDIA_EXTENSIONS,
  MEDIA_HEADERS,
  MEDIA_PREFIX,
  notFoundPageFor,
  type PageHeaders,
  pageHeadersOf,
  SECURITY_HEADERS,
} from './hosting/policy'
import { checkRedirects, type Redirect } from './hosting/redirects'

const compress = compression({
  level: GZIP_LEVEL,
  filter: (_req, res) => {
    const type = String(res.getHeader('Content-Type') ?? '')
    return COMPRESSIBLE.some((t) => type.startsWith(t))
  },
})

/** The request path, or null when it is not one (bad escapes, NUL bytes). */
function pathnameOf(url: string | undefined): string | null {
  try {
    const { pathname } = new URL(url ?? '/', 'http://site.invalid')
    const decoded = decodeURIComponent(pathname)
    return decoded.includes('\0') ? null : pathname
  } catch {
    return null
  }
}

/** Judged on the decoded path, as `send` resolves it: `/%6Dedia/x` is `/media/x`. */
function isMedia(pathname: string): boolean {
  return decodeURIComponent(pathname).startsWith(MEDIA_PREFIX)
}

const queryOf = (url = '') => (url.includes('?') ? url.slice(url.indexOf('?')) : '')

/**
 * A host file of the live release (its moved pages, its pages' own headers), read again when the
 * link moves to another release or the file changes; checked like the build checks it, so a
 * tampered file is refused, not followed.
 */
const hostFileCache = new Map<string, { key: string; value: unknown }>()
function hostFile<T>(root: string, name: string, parse: (json: unknown) => T, none: T): T {
  const file = path.join(root, name)
  const info = statSync(file, { throwIfNoEntry: false })
  if (!info) return none
  const key = `${realpathSync(file)}:${info.mtimeMs}:${info.size}`
  const cached = hostFileCache.get(`${root}\0${name}`)
  if (cached?.key === key) return cached.value as T
  const value = parse(JSON.parse(readFileSync(file, 'utf8')))
  hostFileCache.set(`${root}\0${name}`, { key, value })
  return value
}

const redirectsOf = (root: string): Map<string, Redirect> =>
  hostFile(
    root,
    HOST_FILES.redirects,
    (json) => new Map(checkRedirects(json as Redirect[]).map((r) => [r.from, r])),
    new Map<string, Redirect>(),
  )

/** Only Content-Security-Policy may differ by page, and only for paths of the site. */
function checkPageHeaders(json: unknown): PageHeaders[] {
  if (!Array.isArray(json)) throw new Error('not a list')
  return json.map((entry: PageHeaders) => {
    const names = Object.keys(entry?.headers ?? {})
    if (typeof entry?.path !== 'string' || !/^\/[\w/-]*\/$/.test(entry.path)) throw new Error('a page path is wrong')
    if (names.some((name) => name !== 'Content-Security-Policy' || /[\r\n]/.test(entry.headers[name]!)))
      throw new Error(`a page header is not allowed: ${names.join(', ')}`)
    return entry
  })
}

const pageHeadersIn = (root: string): PageHeaders[] => hostFile(root, HOST_FILES.pageHeaders, checkPageHeaders, [])

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers })
    .end(text)
}

async function notFound(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const page of notFoundPageFor(pathname)) {
    const file = path.join(root, page)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) continue
    res.writeHead(404, {
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
      'Content-Length': info.size,
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return
  }
  plain(res, 404, 'Not found')
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    return
  }
  const pathname = pathnameOf(req.url)
  if (pathname === null) {
    plain(res, 400, 'Bad request')
    return
  }
  // As nginx matches its locations: decoded, with `.`, `..` and repeated slashes resolved.
  const normalized = path.posix.normalize(decodeURIComponent(pathname))
  let redirect: Redirect | undefined
  let pageHeaders: Record<string, string> | null
  try {
    redirect = redirectsOf(root).get(normalized)
    pageHeaders = pageHeadersOf(pageHeadersIn(root), normalized)
  } catch (error) {
    console.error(`serve: ${HOST_FOLDER}: ${error instanceof Error ? error.message : String(error)}`)
    plain(res, 500, 'Server error')
    return
  }
  if (redirect) {
    res
      .writeHead(redirect.status, { Location: `${redirect.to}${queryOf(req.url)}`, 'Cache-Control': CACHE_REVALIDATE })
      .end()
    return
  }
  const media = isMedia(pathname)
  if (media && !MEDIA_EXTENSIONS.includes(path.extname(decodeURIComponent(pathname)).slice(1).toLowerCase())) {
    void notFound(root, pathname, req, res)
    return
  }
  send(req, pathname, {
    root,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
  })
    .on('headers', (response: ServerResponse, file: string) => {
      response.setHeader('Content-Type', contentTypeFor(file))
      response.setHeader('Cache-Control', cacheControlFor(pathname))
      if (media) for (const [name, value] of Object.entries(MEDIA_HEADERS)) response.setHeader(name, value)
      for (const [name, value] of Object.entries(pageHeaders ?? {})) response.setHeader(name, value)
    })
    .on('directory', (response: ServerResponse) => {
      // /vi/articles → /vi/articles/ (pages are folders); the query string is kept.
      response
        .writeHead(301, {
          Location: `${pathname.replace(/^\/+/, '/')}/${queryOf(req.url)}`,
          'Cache-Control': CACHE_REVALIDATE,
        })
        .end()
    })
    .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      const status = error.status ?? 500
      if (status === 404) void notFound(root, pathname, req, res)
      else
        plain(
          res,
          status,
          status === 416 ? 'Range not satisfiable' : status === 403 ? 'Forbidden' : 'Bad request',
          error.headers ?? {},
        )
    })
    .pipe(res)
}

export function serveStatic(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = path.resolve(rootDir)
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    compress(req as never, res as never, () => handle(root, req, res))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
