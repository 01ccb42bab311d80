/**
 * One archive holds everything the CMS keeps on its own disk: a consistent copy of the embedded
 * database (SQLite's `VACUUM INTO`, taken while the CMS runs and writes), the uploaded files, and
 * a manifest with every file's size and SHA-256, checked again on restore. Restoring goes only into
 * an empty place and moves into it only what checked out, so a bad archive or a full target
 * changes nothing. MongoDB keeps its data in its own server: mongodump or Atlas snapshots back it
 * up; the archive then carries the uploads alone, and a restore refuses a MongoDB database that
 * already holds documents. Uploads kept in an S3 bucket stay there (its versioning or replication
 * keeps them): the archive lists every object with its size and ETag (`bucket.json`), and a restore
 * says which of them the bucket no longer has.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

export const ARCHIVE_FORMAT = 'mirai-backup/1'

export interface ManifestFile {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT
  createdAt: string
  /** `sqlite`: database/mirai.db is in the archive; `mongodb`: it is not (mongodump has it). */
  database: 'sqlite' | 'mongodb'
  files: ManifestFile[]
  /** Uploads kept in a bucket: its name and how many objects `bucket.json` lists. */
  bucket?: { name: string; objects: number }
}

export interface BucketObject {
  key: string
  size: number
  etag: string
  modified: string
}

/** The bucket uploads are kept in, as far as a backup needs it. */
export interface Bucket {
  name: string
  objects: () => AsyncIterable<BucketObject>
}

export interface Place {
  /** The embedded database file; null on MongoDB. */
  databaseFile: string | null
  /** On MongoDB: the names of its collections that hold documents (restoring needs none). */
  mongoCollectionsWithData?: () => Promise<string[]>
  /** The folder that holds one folder per upload collection. */
  uploadsDir: string
  /** Set when uploads are kept in an S3 bucket. */
  bucket?: Bucket | null
}

export interface Restored {
  manifest: Manifest
  /** Objects `bucket.json` lists that the bucket does not have (or has changed); null without one. */
  missingObjects: string[] | null
}

/** A problem with the archive or the target, said in one line; nothing was changed. */
export class BackupError extends Error {}

const DATABASE_ENTRY = 'database/mirai.db'
const BUCKET_ENTRY = 'bucket.json'

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

async function filesUnder(root: string, prefix: string): Promise<string[]> {
  if (!existsSync(root)) return []
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(prefix, path.relative(root, path.join(e.parentPath, e.name))))
    .sort()
}

async function describe(root: string, relative: string[]): Promise<ManifestFile[]> {
  return Promise.all(
    relative.map(async (p) => {
      const full = path.join(root, p)
      return { path: p.split(path.sep).join('/'), size: (await stat(full)).size, sha256: await sha256(full) }
    }),
  )
}

/** Writes the archive to `out` (only once it is complete: a failed backup leaves no half file). */
export async function createBackup(place: Place, out: string): Promise<Manifest> {
  const staging = await mkdtemp(path.join(path.dirname(out), '.backup-'))
  try {
    if (place.databaseFile) {
      if (!existsSync(place.databaseFile)) throw new BackupError(`There is no database at ${place.databaseFile}`)
      await mkdir(path.join(staging, 'database'))
      const client = createClient({ url: `file:${place.databaseFile}` })
      try {
        // A transaction-consistent copy, however much the running CMS writes meanwhile.
        await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(staging, DATABASE_ENTRY)] })
      } finally {
        client.close()
      }
    }
    if (existsSync(place.uploadsDir)) await cp(place.uploadsDir, path.join(staging, 'uploads'), { recursive: true })
    let listed: number | null = null
    if (place.bucket) {
      const objects: BucketObject[] = []
      try {
        for await (const object of place.bucket.objects()) if (!isAside(object.key)) objects.push(object)
      } catch (error) {
        throw new BackupError(`Could not list the bucket ${place.bucket.name}: ${(error as Error).message}`)
      }
      await writeFile(path.join(staging, BUCKET_ENTRY), JSON.stringify({ bucket: place.bucket.name, objects }, null, 1))
      listed = objects.length
    }
    const entries = [
      ...(place.databaseFile ? [DATABASE_ENTRY] : []),
      ...(listed !== null ? [BUCKET_ENTRY] : []),
      ...(await filesUnder(path.join(staging, 'uploads'), 'uploads')),
    ]
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      createdAt: new Date().toISOString(),
      database: place.databaseFile ? 'sqlite' : 'mongodb',
      files: await describe(staging, entries),
      ...(place.bucket && listed !== null ? { bucket: { name: place.bucket.name, objects: listed } } : {}),
    }
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const partial = `${out}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [
      'manifest.json',
      ...entries.map((e) => e.split(path.sep).join('/')),
    ])
    await rename(partial, out)
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** What is already in the target; restoring refuses unless this is empty. */
export async function occupied(place: Place): Promise<string[]> {
  const found: string[] = []
  if (place.databaseFile && existsSync(place.databaseFile)) found.push(place.databaseFile)
  if (place.mongoCollectionsWithData) {
    let full: string[]
    try {
      full = await place.mongoCollectionsWithData()
    } catch (error) {
      throw new BackupError(
        `Could not check that the MongoDB database is empty (${(error as Error).message}). Nothing was changed.`,
      )
    }
    if (full.length > 0) found.push(`a MongoDB database with documents in ${full.slice(0, 5).join(', ')}`)
  }
  const uploads = await filesUnder(place.uploadsDir, '')
  if (uploads.length > 0) found.push(`${uploads.length} file(s) in ${place.uploadsDir}`)
  return found
}

/**
 * Restores `archive` into an empty place: unpacks next to the target, checks every file against
 * the manifest, and only then moves the database and the uploads into place.
 */
export async function restoreBackup(archive: string, place: Place): Promise<Restored> {
  if (!existsSync(archive)) throw new BackupError(`No archive at ${archive}`)
  const inTheWay = await occupied(place)
  if (inTheWay.length > 0)
    throw new BackupError(
      `Restoring goes into an empty data directory, and this one holds ${inTheWay.join(' and ')}. Nothing was changed.`,
    )
  const base = place.databaseFile ? path.dirname(place.databaseFile) : path.dirname(place.uploadsDir)
  await mkdir(base, { recursive: true })
  const staging = await mkdtemp(path.join(base, '.restore-'))
  try {
    // A backup holds files and folders only: a link could point the CMS at anything on the machine.
    const refused: string[] = []
    try {
      await tar.extract({
        file: archive,
        cwd: staging,
        strict: true,
        filter: (entry, info) => {
          const kind = 'type' in info ? info.type : null
          const plain = kind === 'File' || kind === 'OldFile' || kind === 'Directory'
          if (!plain) refused.push(entry)
          return plain
        },
      })
    } catch (error) {
      throw new BackupError(`${archive} is not a readable backup (${(error as Error).message}). Nothing was changed.`)
    }
    if (refused.length > 0)
      throw new BackupError(`${archive} holds something other than files (${refused[0]}). Nothing was changed.`)
    const manifest = await readManifest(staging, archive)
    const wanted = manifest.database === 'sqlite' && place.databaseFile
    if (manifest.database === 'sqlite' && !place.databaseFile)
      throw new BackupError(
        'This archive holds an embedded database, and DATABASE_URI names MongoDB. Nothing was changed.',
      )
    const unpacked = await filesUnder(staging, '')
    const listed = new Set(manifest.files.map((f) => f.path))
    const extra = unpacked
      .map((p) => p.split(path.sep).join('/'))
      .filter((p) => p !== 'manifest.json' && !listed.has(p))
    if (extra.length > 0)
      throw new BackupError(`${archive} holds files its manifest does not list (${extra[0]}). Nothing was changed.`)
    for (const file of manifest.files) {
      const full = path.join(staging, file.path)
      if (!existsSync(full) || (await stat(full)).size !== file.size || (await sha256(full)) !== file.sha256)
        throw new BackupError(`${file.path} in ${archive} is missing or damaged. Nothing was changed.`)
    }
    const missingObjects = manifest.bucket && place.bucket ? await missingFrom(place.bucket, staging, archive) : null
    if (wanted) await rename(path.join(staging, DATABASE_ENTRY), place.databaseFile!)
    if (existsSync(path.join(staging, 'uploads'))) {
      await rm(place.uploadsDir, { recursive: true, force: true })
      await mkdir(path.dirname(place.uploadsDir), { recursive: true })
      await rename(path.join(staging, 'uploads'), place.uploadsDir)
    }
    return { manifest, missingObjects }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function readManifest(staging: string, archive: string): Promise<Manifest> {
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    throw new BackupError(`${archive} has no manifest: it is not a backup made by pnpm backup. Nothing was changed.`)
  }
  if (manifest.format !== ARCHIVE_FORMAT || !Array.isArray(manifest.files))
    throw new BackupError(
      `${archive} is not a backup this version can read (${String(manifest.format)}). Nothing was changed.`,
    )
  for (const file of manifest.files)
    if (typeof file.path !== 'string' || file.path.split('/').includes('..') || path.isAbsolute(file.path))
      throw new BackupError(`${archive} lists a file outside the backup (${String(file.path)}). Nothing was changed.`)
  return manifest
}

/** Copies a replacement keeps for a moment (cms/src/storage.ts): not part of what is stored. */
const isAside = (key: string) => key.split('/').includes('.replacing')

/** The objects the backup listed that the bucket no longer holds as they were. */
async function missingFrom(bucket: Bucket, staging: string, archive: string): Promise<string[]> {
  let listed: { bucket?: string; objects: BucketObject[] }
  try {
    listed = JSON.parse(await readFile(path.join(staging, BUCKET_ENTRY), 'utf8')) as typeof listed
    if (!Array.isArray(listed.objects)) throw new Error('no list of objects')
  } catch (error) {
    throw new BackupError(
      `${archive} has an unreadable ${BUCKET_ENTRY} (${(error as Error).message}). Nothing was changed.`,
    )
  }
  if (listed.bucket !== bucket.name)
    throw new BackupError(
      `${archive} lists the objects of the bucket ${String(listed.bucket)}, and S3_BUCKET names ${bucket.name}. Nothing was changed.`,
    )
  const now = new Map<string, BucketObject>()
  try {
    for await (const object of bucket.objects()) now.set(object.key, object)
  } catch (error) {
    throw new BackupError(`Could not list the bucket ${bucket.name}: ${(error as Error).message}. Nothing was changed.`)
  }
  return listed.objects
    .filter((object) => {
      const found = now.get(object.key)
      return !found || found.size !== object.size || found.etag !== object.etag
    })
    .map((object) => object.key)
}
