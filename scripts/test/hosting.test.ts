/**
 * The site's two servers — `pnpm serve` and the production nginx configuration generated from the
 * same policy (a real Debian nginx) — answer the same way: content types, cache headers, nosniff,
 * Range, compression, each language's 404, and never a file outside the live release, whatever
 * the request path looks like (hardening item 12; media types of item 1).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { request } from 'node:http'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nginxServerBlock } from '../src/hosting/nginx'
import { serveStatic } from '../src/serve'

const NGINX = '/usr/sbin/nginx'
const dir = mkdtempSync(path.join(tmpdir(), 'mirai-hosting-test-'))
const dist = path.join(dir, 'site', 'dist')
const releases = `${dist}.releases`

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request with the path exactly as written (fetch would normalise `..` before sending). */
function raw(
  port: number,
  pathAndQuery: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathAndQuery, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

function release(name: string, marker: string): string {
  const root = path.join(releases, name)
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  write('index.html', `<!doctype html><html lang="en"><title>home</title><p>${marker}</p>`)
  write('404.html', '<!doctype html><title>Not found</title><p>site 404</p>')
  write('vi/404/index.html', '<!doctype html><html lang="vi"><title>Không tìm thấy</title><p>vi 404</p>')
  write(
    'vi/articles/index.html',
    `<!doctype html><html lang="vi"><title>Bài viết</title>${'<p>Quyền lợi của người lao động.</p>'.repeat(200)}<p>${marker}</p>`,
  )
  write('_astro/app.1a2b3c.css', 'body{margin:0}'.repeat(200))
  write('sw.js', `self.addEventListener('fetch', () => {}) // ${marker}`)
  write('pagefind/pagefind.js', 'export {}')
  write('media/hero.html', '<html><script>alert(1)</script></html>')
  write('media/drawing.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  return root
}

async function freePort(): Promise<number> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

let nginx: ChildProcess | null = null
let staticServer: import('node:http').Server | null = null
const ports: Record<string, number> = {}

async function startNginx(): Promise<number> {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install nginx; .ci/run does it)`)
  const port = await freePort()
  const prefix = path.join(dir, 'nginx')
  for (const sub of ['logs', 'tmp']) mkdirSync(path.join(prefix, sub), { recursive: true })
  writeFileSync(path.join(prefix, 'site.conf'), nginxServerBlock({ root: dist, listen: `127.0.0.1:${port}` }))
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `    ${t}_temp_path ${path.join(prefix, 'tmp', t)};`)
    .join('\n')
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;\nerror_log ${path.join(prefix, 'logs/error.log')} warn;\npid ${path.join(prefix, 'nginx.pid')};\nevents { worker_connections 64; }\nhttp {\n    access_log off;\n${temp}\n    include ${path.join(prefix, 'site.conf')};\n}\n`,
  )
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  nginx.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`)
    try {
      await raw(port, '/')
      return port
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error(`nginx did not answer: ${stderr}`)
}

beforeAll(async () => {
  release('r1', 'release one')
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  writeFileSync(path.join(releases, 'r1', 'media', 'hero.png'), png)
  symlinkSync('dist.releases/r1', dist)
  // What a traversal would be after: a sibling of the live site, outside it.
  mkdirSync(path.join(dir, 'site', 'dist.previous'), { recursive: true })
  writeFileSync(path.join(dir, 'site', 'dist.previous', 'secret.txt'), 'not for readers')
  // nginx's workers read as an unprivileged user.
  for (const entry of [dir, ...readdirSync(dir, { recursive: true }).map((p) => path.join(dir, String(p)))]) {
    chmodSync(entry, statSync(entry).isDirectory() ? 0o755 : 0o644)
  }
  staticServer = await serveStatic(dist, 0)
  ports['pnpm serve'] = (staticServer.address() as { port: number }).port
  ports.nginx = await startNginx()
}, 30_000)

afterAll(async () => {
  if (staticServer) await new Promise((resolve) => staticServer!.close(resolve))
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve))
    nginx.kill('SIGTERM')
    await exited
  }
  rmSync(dir, { recursive: true, force: true })
})

describe.each(['pnpm serve', 'nginx'])('hardening 12: the site served by %s', (server) => {
  const get = (p: string, options?: Parameters<typeof raw>[2]) => raw(ports[server]!, p, options)

  it('serves pages, bundles and the service worker with their types and the cache headers of the host', async () => {
    const page = await get('/vi/articles/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers.etag).toBeTruthy()
    // Nothing but the site itself, and the video player a reader taps.
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'; /)
    expect(page.headers['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com')
    expect(page.headers['content-security-policy']).toContain("object-src 'none'")
    const bundle = await get('/_astro/app.1a2b3c.css')
    expect(bundle.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const worker = await get('/sw.js')
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(worker.headers['cache-control']).toBe('no-cache')
  })

  it('answers a revalidation with 304, a Range request with 206, and compresses text', async () => {
    const page = await get('/vi/articles/')
    const again = await get('/vi/articles/', { headers: { 'if-none-match': String(page.headers.etag) } })
    expect(again.status).toBe(304)
    const part = await get('/media/hero.png', { headers: { range: 'bytes=0-7' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toMatch(/^bytes 0-7\/\d+$/)
    expect(part.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const zipped = await get('/vi/articles/', { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(zipped.body).toString()).toContain('Quyền lợi')
    const image = await get('/media/hero.png', { headers: { 'accept-encoding': 'gzip' } })
    expect(image.headers['content-encoding']).toBeUndefined()
  })

  it('serves uploaded media only as the types the site publishes, never as a page', async () => {
    const image = await get('/media/hero.png')
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/png')
    expect(image.headers['x-content-type-options']).toBe('nosniff')
    expect(image.headers['content-security-policy']).toMatch(/sandbox/)
    // However the path is spelt.
    const encoded = await get('/%6Dedia/hero.png')
    expect(encoded.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    for (const p of ['/media/hero.html', '/media/drawing.svg', '/media/HERO.HTML', '/%6Dedia/hero.html']) {
      const answer = await get(p)
      expect(answer.status, p).toBe(404)
      expect(answer.body.toString(), p).not.toContain('<script>')
    }
  })

  it('redirects a folder to its slash and gives each language its own 404 page', async () => {
    const folder = await get('/vi/articles')
    expect(folder.status).toBe(301)
    expect(folder.headers.location).toBe('/vi/articles/')
    const missing = await get('/vi/no-such-page/')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('vi 404')
    const elsewhere = await get('/no-such-page')
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body.toString()).toContain('site 404')
  })

  it('never serves a file outside the live site, and survives malformed paths', async () => {
    for (const p of [
      '/../dist.previous/secret.txt',
      '/%2e%2e/dist.previous/secret.txt',
      '/..%2fdist.previous/secret.txt',
      '/vi/../../dist.previous/secret.txt',
      '//../dist.previous/secret.txt',
    ]) {
      const answer = await get(p)
      expect(answer.status, p).not.toBe(200)
      expect(answer.body.toString(), p).not.toContain('not for readers')
    }
    for (const p of ['/%E0%A4%A', '/%', '/vi/%00/x']) {
      const answer = await get(p)
      expect(answer.status, p).toBeGreaterThanOrEqual(400)
    }
    expect((await get('/')).status).toBe(200) // still up
    expect((await get('/', { method: 'POST' })).status).toBe(405)
  })

  it('serves a new release as soon as the link moves, and the old one never again', async () => {
    release('r2', 'release two')
    chmodSync(path.join(releases, 'r2'), 0o755)
    for (const p of readdirSync(path.join(releases, 'r2'), { recursive: true })) {
      const full = path.join(releases, 'r2', String(p))
      chmodSync(full, statSync(full).isDirectory() ? 0o755 : 0o644)
    }
    symlinkSync('dist.releases/r2', `${dist}.next`)
    renameSync(`${dist}.next`, dist)
    try {
      expect((await get('/')).body.toString()).toContain('release two')
      expect((await get('/vi/articles/')).body.toString()).toContain('release two')
    } finally {
      symlinkSync('dist.releases/r1', `${dist}.next`)
      renameSync(`${dist}.next`, dist)
    }
  })
})
