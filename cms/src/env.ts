/**
 * Everything the CMS reads from the environment, resolved once. The embedded default (nothing
 * set) is a SQLite file and a generated secret under cms/.data/, so a fresh clone runs as is.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Git-ignored folder for the embedded database, uploads and the generated development secret. */
// The turbopackIgnore hints keep Next from tracing the whole project for these runtime paths.
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.CMS_DATA_DIR ?? path.join(cmsRoot, '.data'))

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

/**
 * `DATABASE_URI` unset → the embedded SQLite file; `file:<path>` → that SQLite file;
 * `mongodb://…` / `mongodb+srv://…` → MongoDB.
 */
export function resolveDatabase(uri: string | undefined = process.env.DATABASE_URI): DatabaseTarget {
  if (!uri) {
    const file = path.join(dataDir, 'mirai.db')
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return { kind: 'mongodb', url: uri }
  if (uri.startsWith('file:')) {
    const file = path.resolve(/*turbopackIgnore: true*/ uri.slice('file:'.length))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new Error(
    `DATABASE_URI "${uri}" is not supported: use file:<path> for SQLite or mongodb://… / mongodb+srv://… for MongoDB`,
  )
}

/**
 * `PAYLOAD_SECRET` signs sessions. Production refuses to start without it; development generates
 * one and keeps it in the data folder so logins survive restarts.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set. Set it to a long random string before starting the CMS in production.')
  }
  const file = path.join(dataDir, 'dev-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Where uploaded files live on disk (one folder per upload collection). */
export function uploadDir(collection: string): string {
  const base = process.env.UPLOAD_DIR
    ? path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR)
    : path.join(dataDir, 'uploads')
  return path.join(/*turbopackIgnore: true*/ base, collection)
}

/** Public URL of the CMS itself (admin links, absolute upload URLs). */
export const serverURL = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? '3000'}`

/** Public URL of the static site: admin preview links, and the one origin the public endpoints answer. */
export const siteURL = process.env.SITE_URL ?? 'http://localhost:4321'

/**
 * The CMS address the site's safety check talks to (sharing answers, asking Assist to call), for
 * the builds this CMS runs: SITE_CMS_URL, else the CMS's own public URL.
 */
export const siteCmsURL = process.env.SITE_CMS_URL || serverURL

/**
 * Where the CMS finds the address of a reader's browser, for the rate limits of the public Safety
 * endpoints. Next.js gives route handlers no socket address: it writes the socket's address into
 * X-Forwarded-For only when a request came without one, so what a client writes there itself
 * cannot be told from it. Only entries proxies wrote can be trusted:
 * - `CMS_TRUSTED_PROXIES` (default 1): how many proxies in front of the CMS append the address they
 *   saw to X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`); the sender is the entry the
 *   outermost one wrote, whatever a client put before it;
 * - `CMS_CLIENT_IP_HEADER`: instead, a header the proxy sets to the client's address, replacing
 *   whatever the client sent (`X-Real-IP` with nginx's `proxy_set_header X-Real-IP $remote_addr`,
 *   `CF-Connecting-IP` behind Cloudflare).
 */
export type ClientAddressSource = { header: 'x-forwarded-for'; proxies: number } | { header: string; proxies: null }

export function resolveClientAddress(env: Record<string, string | undefined> = process.env): ClientAddressSource {
  const proxies = env.CMS_TRUSTED_PROXIES?.trim()
  const header = env.CMS_CLIENT_IP_HEADER?.trim()
  if (proxies && header)
    throw new Error(
      'Set CMS_TRUSTED_PROXIES or CMS_CLIENT_IP_HEADER, not both: the first counts proxies in X-Forwarded-For, the second names the one header the proxy sets',
    )
  if (header) {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(header) || header.toLowerCase() === 'x-forwarded-for')
      throw new Error(
        `CMS_CLIENT_IP_HEADER "${header}" is not a header the proxy sets to one address (e.g. X-Real-IP); for X-Forwarded-For set CMS_TRUSTED_PROXIES`,
      )
    return { header: header.toLowerCase(), proxies: null }
  }
  if (!proxies) return { header: 'x-forwarded-for', proxies: 1 }
  if (!/^\d+$/.test(proxies) || Number(proxies) < 1 || Number(proxies) > 10)
    throw new Error(
      `CMS_TRUSTED_PROXIES "${proxies}" must be the number of proxies in front of the CMS, 1 to 10 (with none, a client's own X-Forwarded-For cannot be told from its address)`,
    )
  return { header: 'x-forwarded-for', proxies: Number(proxies) }
}

export const clientAddress = resolveClientAddress()
