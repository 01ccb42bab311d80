/**
 * Where uploaded files are kept: on this disk (the default, one folder per upload collection) or,
 * with `S3_BUCKET` set, in an S3-compatible bucket through Payload's S3 storage adapter — so
 * several CMS instances, the jobs worker and a build machine share one set of files.
 *
 * The bucket is laid out like the uploads folder: `<collection>/<file name>`, with copies a
 * replacement keeps aside under `.replacing/<collection>/<batch>/`. Files are never public in the
 * bucket: every download goes through Payload (`/api/<collection>/file/<name>`), which applies the
 * collection's read rule (a file's audience, src/access/files.ts) before the adapter streams it.
 *
 * `filesOf` gives the rest of the code (safe replacement, the site export, the health check,
 * backups) one way to reach a collection's files wherever they are.
 */
import { createWriteStream } from 'node:fs'
import { link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Field, Payload, Plugin, SanitizedCollectionConfig } from 'payload'

/** Where uploaded files go when they live in an S3-compatible bucket rather than on this disk. */
export interface S3Settings {
  bucket: string
  region: string
  /** An S3-compatible service (MinIO, R2, Ceph, …); unset for AWS itself. */
  endpoint?: string
  /** Keys from the environment; unset, the AWS SDK's own chain (instance role, profile) is used. */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** `bucket` in the path rather than the host name, as most S3-compatible services need. */
  forcePathStyle: boolean
}

/**
 * Read here rather than in env.ts, whose folders are fixed when it loads: the site export loads
 * this module before a test or script has chosen its data folder.
 *
 * `S3_BUCKET` set → uploads live in that bucket (with `S3_REGION`, `S3_ENDPOINT`,
 * `S3_ACCESS_KEY_ID` + `S3_SECRET_ACCESS_KEY`, `S3_FORCE_PATH_STYLE=true` as the service needs);
 * unset → on this disk under `UPLOAD_DIR`.
 */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS SDK’s own credentials)',
    )
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new Error(`S3_ENDPOINT "${endpoint}" must be an http:// or https:// address`)
  }
  const pathStyle = env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() ?? ''
  if (!['', 'true', 'false', '1', '0'].includes(pathStyle)) {
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false, not "${env.S3_FORCE_PATH_STYLE}"`)
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
  }
}

/** Copies a replacement keeps of the files it replaces, beside the live ones. */
const ASIDE = '.replacing'

/**
 * The SDK sends CRC checksums on every write by default; many S3-compatible services (and older
 * MinIO, Ceph releases) refuse or mishandle them. AWS itself accepts requests without them.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

const clients = new Map<string, S3>()

/** One client per bucket and endpoint, shared by everything in this process that reads the bucket. */
export function s3Client(settings: S3Settings): S3 {
  const key = JSON.stringify(settings)
  let client = clients.get(key)
  if (!client) {
    client = new S3(s3ClientConfig(settings))
    clients.set(key, client)
  }
  return client
}

const isUpload = (collection: CollectionConfig) => Boolean(collection.upload)

/**
 * Payload's S3 adapter for every upload collection, each under its own key prefix. Disabled — the
 * config left exactly as it was — without `S3_BUCKET`.
 *
 * The plugin adds a `prefix` field and an `_objectKey` field to each collection: the first holds
 * a per-document key prefix (ours is per collection, fixed), the second the key of a file a
 * browser uploaded to the bucket directly (client uploads, which are off: a file is checked by the
 * server before it is stored). Both are removed so the database schema — and its migrations — is
 * the same with or without a bucket; without them the adapter keys every file
 * `<collection>/<file name>`.
 */
export function objectStorage(settings: S3Settings | null = s3Settings()): Plugin {
  return async (config: Config): Promise<Config> => {
    if (!settings) return config
    const uploads = (config.collections ?? []).filter(isUpload).map((c) => c.slug)
    const configured = await s3Storage({
      bucket: settings.bucket,
      config: s3ClientConfig(settings),
      clientCacheKey: `s3:${JSON.stringify(settings)}`,
      collections: Object.fromEntries(uploads.map((slug) => [slug, { prefix: slug }])),
    })(config)
    const bucketOnly = (field: Field) => 'name' in field && (field.name === 'prefix' || field.name === '_objectKey')
    return {
      ...configured,
      collections: (configured.collections ?? []).map((collection) =>
        uploads.includes(collection.slug)
          ? { ...collection, fields: collection.fields.filter((field) => !bucketOnly(field)) }
          : collection,
      ),
    }
  }
}

export interface StoredFile {
  size: number
  modified: Date
}

/** A collection's stored files, by file name, wherever they are kept. */
export interface CollectionFiles {
  /** Where they are, for messages: a folder or `s3://bucket/collection`. */
  readonly location: string
  stat(name: string): Promise<StoredFile | null>
  /** The file's bytes (its first `bytes` only, when given); null when it does not exist. */
  read(name: string, options?: { bytes?: number }): Promise<Buffer | null>
  /** Writes the file to `target` on this disk. */
  saveTo(name: string, target: string): Promise<void>
  remove(name: string): Promise<void>
  /** Keeps a copy of a live file under `batch`, to be put back or dropped. */
  keepAside(batch: string, name: string): Promise<void>
  /** Replaces the live file with its copy kept under `batch`. */
  putBack(batch: string, name: string): Promise<void>
  dropAside(batch: string): Promise<void>
  /** The batches of copies still kept aside, with their file names. */
  aside(): Promise<Map<string, string[]>>
}

type UploadConfig = Pick<SanitizedCollectionConfig, 'slug' | 'upload'>

/** The files of an upload collection: in the bucket when the S3 adapter stores them, else on disk. */
export function filesOf(collection: UploadConfig, settings: S3Settings | null = s3Settings()): CollectionFiles {
  const upload = typeof collection.upload === 'object' ? collection.upload : undefined
  if (!upload) throw new Error(`${collection.slug} is not an upload collection`)
  if (upload.adapter === 's3') {
    if (!settings) throw new Error(`${collection.slug} is stored in S3 but S3_BUCKET is not set`)
    return bucketFiles(settings, collection.slug)
  }
  if (!upload.staticDir) throw new Error(`${collection.slug} has no upload folder`)
  return diskFiles(upload.staticDir)
}

/** The same, for a collection of a running Payload. */
export function filesOfCollection(payload: Payload, slug: string): CollectionFiles {
  const collection = payload.collections[slug as keyof Payload['collections']]
  if (!collection) throw new Error(`no collection ${slug}`)
  return filesOf(collection.config)
}

function diskFiles(staticDir: string): CollectionFiles {
  const live = (name: string) => path.join(staticDir, safeName(name))
  const asideRoot = path.join(path.dirname(staticDir), ASIDE, path.basename(staticDir))
  const kept = (batch: string, name: string) => path.join(asideRoot, safeName(batch), safeName(name))
  return {
    location: staticDir,
    async stat(name) {
      const info = await stat(live(name)).catch(() => null)
      return info?.isFile() ? { size: info.size, modified: info.mtime } : null
    },
    async read(name, { bytes } = {}) {
      if (bytes === undefined) return readFile(live(name)).catch(() => null)
      const file = await open(live(name)).catch(() => null)
      if (!file) return null
      try {
        const buffer = Buffer.alloc(bytes)
        const { bytesRead } = await file.read(buffer, 0, bytes, 0)
        return buffer.subarray(0, bytesRead)
      } finally {
        await file.close()
      }
    },
    async saveTo(name, target) {
      await pipeline((await open(live(name))).createReadStream(), createWriteStream(target))
    },
    remove: (name) => rm(live(name), { force: true }),
    // A hard link: same disk, no bytes copied.
    async keepAside(batch, name) {
      await mkdir(path.dirname(kept(batch, name)), { recursive: true })
      await link(live(name), kept(batch, name))
    },
    putBack: (batch, name) => rename(kept(batch, name), live(name)),
    async dropAside(batch) {
      await rm(path.join(asideRoot, safeName(batch)), { recursive: true, force: true })
      await rm(asideRoot, { recursive: false }).catch(() => {})
    },
    async aside() {
      const batches = new Map<string, string[]>()
      for (const batch of await readdir(asideRoot).catch(() => [])) {
        batches.set(batch, await readdir(path.join(asideRoot, batch)).catch(() => []))
      }
      return batches
    },
  }
}

const notFound = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)

function bucketFiles(settings: S3Settings, slug: string): CollectionFiles {
  const s3 = s3Client(settings)
  const Bucket = settings.bucket
  const live = (name: string) => `${slug}/${safeName(name)}`
  const asidePrefix = `${ASIDE}/${slug}/`
  const kept = (batch: string, name: string) => `${asidePrefix}${safeName(batch)}/${safeName(name)}`
  const copySource = (key: string) => `${Bucket}/${key.split('/').map(encodeURIComponent).join('/')}`
  async function keys(prefix: string): Promise<string[]> {
    const found: string[] = []
    let ContinuationToken: string | undefined
    do {
      const page = await s3.listObjectsV2({ Bucket, Prefix: prefix, ContinuationToken })
      for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key)
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (ContinuationToken)
    return found
  }
  return {
    location: `s3://${Bucket}/${slug}`,
    async stat(name) {
      try {
        const head = await s3.headObject({ Bucket, Key: live(name) })
        return { size: head.ContentLength ?? 0, modified: head.LastModified ?? new Date(0) }
      } catch (error) {
        if (notFound(error)) return null
        throw error
      }
    },
    async read(name, { bytes } = {}) {
      try {
        const object = await s3.getObject({
          Bucket,
          Key: live(name),
          Range: bytes === undefined ? undefined : `bytes=0-${bytes - 1}`,
        })
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
      } catch (error) {
        if (notFound(error)) return null
        throw error
      }
    },
    async saveTo(name, target) {
      const object = await s3.getObject({ Bucket, Key: live(name) })
      if (!(object.Body instanceof Readable)) throw new Error(`${live(name)}: the bucket answered without a body`)
      await pipeline(object.Body, createWriteStream(target))
    },
    async remove(name) {
      await s3.deleteObject({ Bucket, Key: live(name) })
    },
    // A copy inside the bucket: the bytes never leave the storage service.
    async keepAside(batch, name) {
      await s3.copyObject({ Bucket, Key: kept(batch, name), CopySource: copySource(live(name)) })
    },
    async putBack(batch, name) {
      await s3.copyObject({ Bucket, Key: live(name), CopySource: copySource(kept(batch, name)) })
      await s3.deleteObject({ Bucket, Key: kept(batch, name) })
    },
    async dropAside(batch) {
      for (const Key of await keys(`${asidePrefix}${safeName(batch)}/`)) await s3.deleteObject({ Bucket, Key })
    },
    async aside() {
      const batches = new Map<string, string[]>()
      for (const key of await keys(asidePrefix)) {
        const [batch, name] = key.slice(asidePrefix.length).split('/')
        if (!batch || !name) continue
        batches.set(batch, [...(batches.get(batch) ?? []), name])
      }
      return batches
    },
  }
}

/** A stored name is one path segment; anything else never reaches a folder or a key. */
function safeName(name: string): string {
  if (!name || name !== path.basename(name) || name === '.' || name === '..' || name.includes('\\')) {
    throw new Error(`"${name}" is not a stored file name`)
  }
  return name
}

/** Whether the bucket answers and this CMS may use it (HeadBucket needs the right to list it). */
export async function bucketReachable(settings: S3Settings): Promise<boolean> {
  try {
    await s3Client(settings).headBucket({ Bucket: settings.bucket })
    return true
  } catch {
    return false
  }
}

/** Every object in the bucket, for a backup's manifest. */
export async function* bucketObjects(
  settings: S3Settings,
): AsyncGenerator<{ key: string; size: number; etag: string; modified: string }> {
  const s3 = s3Client(settings)
  let ContinuationToken: string | undefined
  do {
    const page = await s3.listObjectsV2({ Bucket: settings.bucket, ContinuationToken })
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue
      yield {
        key: object.Key,
        size: object.Size ?? 0,
        etag: object.ETag ?? '',
        modified: object.LastModified?.toISOString() ?? '',
      }
    }
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
}
