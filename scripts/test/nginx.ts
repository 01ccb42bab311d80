/**
 * Debian's nginx for tests: the server block of `pnpm hosting:nginx` over a site folder, so it
 * serves the rules the build wrote into the live release (`<site>/.host/nginx.conf`). A child
 * process in the foreground (`daemon off`), with its prefix, pid file, error log and temp paths in
 * a folder of its own, on a free localhost port; `stop()` ends it and removes that folder.
 *
 * Run as root, nginx's workers read as its unprivileged user: the site must be world-readable.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { nginxServerBlock } from '../src/hosting/nginx'

export const NGINX = '/usr/sbin/nginx'

export interface RunningNginx {
  port: number
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (res) => {
      res.resume()
      resolve(true)
    })
    req.on('error', () => resolve(false))
    req.end()
  })

/** Fails at once, saying how to get it, when Debian's nginx is not installed. */
export function requireNginx(): void {
  if (!existsSync(NGINX))
    throw new Error(
      `${NGINX} is missing: the site is tested in Debian's nginx (apt-get install nginx; .ci/run installs it)`,
    )
}

/**
 * nginx serving `site` (the `dist` link), started and answering — on `port` when given (its
 * address had to be known before: the CMS answers only the site's origin).
 */
export async function startNginx(site: string, options: { port?: number } = {}): Promise<RunningNginx> {
  requireNginx()
  const prefix = mkdtempSync(path.join(tmpdir(), 'mirai-nginx-'))
  const remove = () => rmSync(prefix, { recursive: true, force: true })
  try {
    // Another process may take the free port before nginx binds it: try again on another.
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await freePort())
      const started = await tryStart(prefix, site, port)
      if (started)
        return {
          port,
          stop: async () => {
            await started()
            remove()
          },
        }
      if (attempt === 3 || options.port) throw new Error(`nginx found no free port: ${errorLog(prefix)}`)
    }
  } catch (error) {
    remove()
    throw error
  }
}

const errorLog = (prefix: string) => {
  try {
    return readFileSync(path.join(prefix, 'error.log'), 'utf8').trim()
  } catch {
    return ''
  }
}

/** The stop function of an nginx answering on `port`, or null when it could not bind it. */
async function tryStart(prefix: string, site: string, port: number): Promise<(() => Promise<void>) | null> {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => {
    mkdirSync(path.join(prefix, 'tmp', t), { recursive: true })
    return `    ${t}_temp_path ${path.join(prefix, 'tmp', t)};`
  })
  const conf = path.join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    [
      'worker_processes 1;',
      `error_log ${path.join(prefix, 'error.log')} warn;`,
      `pid ${path.join(prefix, 'nginx.pid')};`,
      'events { worker_connections 64; }',
      'http {',
      '    access_log off;',
      ...temp,
      nginxServerBlock({ site, listen: `127.0.0.1:${port}`, serverName: 'localhost' }).replace(/^/gm, '    '),
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) {
      const said = `${stderr}\n${errorLog(prefix)}`.trim()
      if (/Address already in use/.test(said)) return null
      throw new Error(`nginx did not start: ${said}`)
    }
    if (await answers(port)) return stop
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`nginx did not answer on port ${port}: ${`${stderr}\n${errorLog(prefix)}`.trim()}`)
}
