/**
 * A small static file server for the built site (the main command, browser tests, link checks):
 * directory indexes, the language's own 404 page for unknown paths, correct content types, and
 * nothing else. Production hosting is any static host.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!)
  const resolved = path.resolve(root, `.${decoded}`)
  if (!resolved.startsWith(root)) return null
  for (const candidate of [resolved, path.join(resolved, 'index.html')]) {
    const info = await stat(candidate).catch(() => null)
    if (info?.isFile()) return candidate
  }
  return null
}

export function serveStatic(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = path.resolve(rootDir)
  const server = createServer(async (req, res) => {
    const urlPath = req.url ?? '/'
    // /vi/articles → /vi/articles/ (pages are directories)
    if (!path.extname(urlPath.split('?')[0]!) && !urlPath.split('?')[0]!.endsWith('/')) {
      const file = await fileFor(root, urlPath)
      if (file?.endsWith('index.html')) {
        res.writeHead(301, { Location: `${urlPath.split('?')[0]}/` }).end()
        return
      }
    }
    let file = await fileFor(root, urlPath)
    let status = 200
    if (!file) {
      status = 404
      const lang = /^\/([a-z]{2})\//.exec(urlPath)?.[1]
      file = (lang && (await fileFor(root, `/${lang}/404/`))) || (await fileFor(root, '/404.html'))
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
