import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { ExportCache } from './fetch'
import { mediaDirOf } from './paths'
import { buildSnapshot } from './snapshot'

export interface ExportResult {
  file: string
  counts: Record<string, number>
  mediaCopied: number
  /** What was left out of the site and why (e.g. an image whose file is missing). */
  warnings: string[]
  ms: number
}

/**
 * Exports the public content and its images; the snapshot file is replaced only once complete.
 * The documents read are kept beside it, so the next export reads only what changed.
 */
export async function exportContent(payload: Payload, dir: string): Promise<ExportResult> {
  const started = Date.now()
  await mkdir(dir, { recursive: true })
  const cache = await new ExportCache(path.join(dir, 'export-cache.json')).load()
  const { snapshot, media, warnings } = await buildSnapshot(payload, cache)
  const file = path.join(dir, 'content.json')
  const partial = `${file}.${process.pid}-${randomUUID()}.tmp`
  await writeFile(partial, JSON.stringify(snapshot))
  await rename(partial, file)
  await cache.save()
  const mediaCopied = await media.copyUsedFiles(mediaDirOf(dir))
  const counts = Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, value]) => Array.isArray(value))
      .map(([key, value]) => [key, (value as unknown[]).length]),
  )
  return { file, counts, mediaCopied, warnings, ms: Date.now() - started }
}
