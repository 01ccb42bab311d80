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

/** Public URL of the static site; used for admin preview links. */
export const siteURL = process.env.SITE_URL ?? 'http://localhost:4321'
