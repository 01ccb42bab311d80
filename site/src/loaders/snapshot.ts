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
            error.code === 'ENOENT' ? `no content snapshot at ${file}: run "pnpm export" (or "pnpm build") first` : `cannot read ${file}: ${error.message}`,
          ])
        },
      ),
    }
  }
  return cached.data
}

/** A collection of documents (`key` in the snapshot), each stored under its id. */
export function snapshotCollection<S extends z.ZodType>(key: string, schema: S): Loader {
  return {
    name: `snapshot:${key}`,
    load: async ({ store, generateDigest, logger }) => {
      const snapshot = await readSnapshot(snapshotFile())
      const docs = validateDocuments(key, snapshot[key] ?? [], schema) as { id: string }[]
      const keep = new Set<string>()
      let changed = 0
      for (const doc of docs) {
        keep.add(doc.id)
        if (store.set({ id: doc.id, data: doc as Record<string, unknown>, digest: generateDigest(doc as Record<string, unknown>) })) changed++
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
      logger.info(`${docs.length} ${key} (${changed} changed)`)
    },
  }
}

/** A single object of the snapshot (site settings, navigation), stored as entry "default". */
export function snapshotSingleton<S extends z.ZodType>(key: string, schema: S): Loader {
  return {
    name: `snapshot:${key}`,
    load: async ({ store, generateDigest }) => {
      const snapshot = await readSnapshot(snapshotFile())
      const data = validateSingleton(key, snapshot[key], schema)
      store.set({ id: 'default', data: data as Record<string, unknown>, digest: generateDigest(data as Record<string, unknown>) })
    },
  }
}
