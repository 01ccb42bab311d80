/**
 * Astro content-layer loader over the CMS export (`scripts/`): each collection is read from the
 * snapshot, validated with the shared zod schemas, and stored with a digest so unchanged documents
 * are not processed again between builds.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Loader } from 'astro/loaders'
import type { z } from 'zod'

import { SnapshotError, validateDocuments, validateSingleton } from './validate'

const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function snapshotFile(): string {
  return path.resolve(process.env.SNAPSHOT_DIR ?? path.join(siteRoot, '.snapshot'), 'content.json')
}

let cached: { file: string; data: Promise<Record<string, unknown>> } | undefined

/** The snapshot is read once per build, however many collections load from it. */
function readSnapshot(file: string): Promise<Record<string, unknown>> {
  if (cached?.file !== file) {
    cached = {
      file,
      data: readFile(file, 'utf8').then(
        (text) => JSON.parse(text) as Record<string, unknown>,
        (error: NodeJS.ErrnoException) => {
          throw new SnapshotError([
            error.code === 'ENOENT'
              ? `no content snapshot at ${file}: run "pnpm export" (or "pnpm build") first`
              : `cannot read ${file}: ${error.message}`,
          ])
        },
      ),
    }
  }
  return cached.data
}

/**
 * A collection of documents (`key` in the snapshot), each stored under its id. The schema is
 * declared on the loader so `getCollection` is typed by it; the loader validates on its own (with
 * messages an editor can act on), so Astro does not parse the documents again.
 */
export function snapshotCollection<S extends z.ZodType>(key: string, schema: S): Loader & { schema: S } {
  return {
    name: `snapshot:${key}`,
    schema,
    load: async ({ store, generateDigest, logger }) => {
      const snapshot = await readSnapshot(snapshotFile())
      const docs = validateDocuments(key, snapshot[key] ?? [], schema)
      const keep = new Set<string>()
      let changed = 0
      for (const doc of docs) {
        const data = entryData(doc)
        const id = String(data.id)
        keep.add(id)
        if (store.set({ id, data, digest: generateDigest(data) })) changed++
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
      logger.info(`${docs.length} ${key} (${changed} changed)`)
    },
  }
}

/** A single object of the snapshot (site settings, navigation), stored as entry "default". */
export function snapshotSingleton<S extends z.ZodType>(key: string, schema: S): Loader & { schema: S } {
  return {
    name: `snapshot:${key}`,
    schema,
    load: async ({ store, generateDigest }) => {
      const snapshot = await readSnapshot(snapshotFile())
      const data = entryData(validateSingleton(key, snapshot[key], schema))
      store.set({ id: 'default', data, digest: generateDigest(data) })
    },
  }
}

/** Every snapshot document and singleton is an object (the schemas say so); Astro's store wants one. */
function entryData(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new SnapshotError([`expected an object, got ${JSON.stringify(value)?.slice(0, 80)}`])
  return Object.fromEntries(Object.entries(value))
}
