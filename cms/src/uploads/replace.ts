/**
 * Replacing (or re-cropping) the file of an upload never loses the one that is live. Payload 3.90
 * deletes the current files before it validates the rest of the update, so a replacement with,
 * say, an empty alt text answered 400 and left the document pointing at a file that was gone.
 *
 * Here a replacement happens in two steps. The operation the client asked for runs first without
 * the file, so every field and hook validates against the document while its files are untouched.
 * Only when that has been saved is the file applied, by a second update; the current files are
 * kept aside first (src/storage.ts: hard links on disk, copies inside the bucket with S3) and, if
 * that step fails, put back, the new ones removed and the document's file fields restored. (With
 * S3 the adapter stores the new files after the document is saved, so a bucket refusing the write
 * fails the step after the document already names them.) Copies left behind by a crash between
 * the two are restored at start-up.
 */
import { randomUUID } from 'node:crypto'

import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { filesOf, type CollectionFiles } from '../storage'
import { fieldsOf } from '../utilities/anyDocument'
import { keepingLocale } from '../utilities/keepingLocale'
import { SERVER_OWNED_FILE_FIELDS } from './content'

type UploadedFile = NonNullable<PayloadRequest['file']>

interface Deferred {
  id: string
  file?: UploadedFile
  uploadEdits?: Record<string, unknown>
}

const DEFERRED = 'deferredFileReplacement'
/** Where @payloadcms/plugin-cloud-storage keeps the request's file for the updates it nests. */
const CLOUD_STORAGE_FILE = '_payloadCloudStorage'
const APPLYING = 'applyingFileReplacement'
const WRITTEN = 'filesWrittenByReplacement'

/** Fields that describe the stored file; the second step's values replace the first's. */
const FILE_FIELDS = [...SERVER_OWNED_FILE_FIELDS, 'focalX', 'focalY'] as const

/** Whether the admin's upload edits (`?uploadEdits[…]`) make Payload process the stored file again. */
export const reprocessesFile = (edits: unknown): edits is Record<string, unknown> =>
  Boolean(
    edits &&
    typeof edits === 'object' &&
    ['crop', 'focalPoint', 'heightInPixels', 'widthInPixels'].some((k) => (edits as Record<string, unknown>)[k]),
  )

/** The stored files of a document: the original and every generated size. */
export function fileNamesOf(doc: object | null | undefined): string[] {
  if (!doc) return []
  const { filename, sizes } = fieldsOf(doc)
  const sizeNames = Object.values(sizes ?? {}).map((size: unknown) =>
    size && typeof size === 'object' ? fieldsOf(size).filename : undefined,
  )
  const names = [filename, ...sizeNames]
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))]
}

/** Step one: the update runs without the file (or the re-crop); both wait for it to succeed. */
export const deferFileReplacement: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || req.context[APPLYING]) return
  const edits = req.query?.uploadEdits
  if (!req.file && !reprocessesFile(edits)) return
  const id = (args as { id?: string | number }).id
  if (id === undefined || id === null) {
    throw new APIError('Replace the file of one document at a time', 400, undefined, true)
  }
  const deferred: Deferred = { id: String(id), file: req.file, uploadEdits: reprocessesFile(edits) ? edits : undefined }
  req.context[DEFERRED] = deferred
  req.file = undefined
  if (deferred.uploadEdits) req.query = { ...req.query, uploadEdits: undefined }
}

/** Step two, once the rest of the update is saved: apply the file, keeping the old one until it worked. */
export const applyDeferredFile: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const deferred = req.context[DEFERRED] as Deferred | undefined
  if (!deferred || deferred.id !== String(doc.id)) return doc
  delete req.context[DEFERRED]
  const files = filesOf(collection)
  const current = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      req,
      locale: 'all',
    }),
  )
  const backup = await setAside(files, fileNamesOf(current))
  const query = req.query
  req.context[APPLYING] = true
  req.context[WRITTEN] = []
  try {
    if (deferred.uploadEdits) req.query = { ...query, uploadEdits: deferred.uploadEdits }
    const updated = fieldsOf(
      await keepingLocale(req, () =>
        req.payload.update({
          collection: collection.slug,
          id: doc.id,
          data: {},
          ...(deferred.file ? { file: deferred.file } : {}),
          overrideAccess: true,
          depth: 0,
          req,
        }),
      ),
    )
    // The storage adapter keeps the file on the request for nested updates; this step stored it.
    delete req.context[CLOUD_STORAGE_FILE]
    await backup.discard()
    return { ...doc, ...Object.fromEntries(FILE_FIELDS.filter((f) => f in updated).map((f) => [f, updated[f]])) }
  } catch (error) {
    delete req.context[CLOUD_STORAGE_FILE]
    // The document first: a file that cannot be put back now is, at the next start, because the
    // document names it again. The client hears of the first failure.
    const restoring = async (what: string, run: () => Promise<void>) =>
      run().catch((err: unknown) =>
        req.payload.logger.error({ err, msg: `restoring the ${what} of ${collection.slug} ${doc.id} failed` }),
      )
    await restoring('file fields', () => restoreFileFields(req, collection, current))
    await restoring('files', () => backup.restore(req.context[WRITTEN] as string[]))
    throw error
  } finally {
    req.query = query
    delete req.context[APPLYING]
    delete req.context[WRITTEN]
  }
}

/** Notes the names the second step writes, so a failure can remove them again. */
export const recordReplacementFiles: CollectionBeforeChangeHook = ({ data, req }) => {
  const written = req.context[WRITTEN] as string[] | undefined
  if (req.context[APPLYING] && written) written.push(...fileNamesOf(data))
  return data
}

/** Step two failed: the document names its old files again (they are back in place). */
async function restoreFileFields(req: PayloadRequest, collection: SanitizedCollectionConfig, current: object) {
  const fields = fieldsOf(current)
  const data: Record<string, unknown> = {}
  for (const field of ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'])
    if (field in fields) data[field] = fields[field] ?? null
  if (fields.sizes && typeof fields.sizes === 'object') {
    // Each size as stored; its URL is worked out when read.
    data.sizes = Object.fromEntries(
      Object.entries(fields.sizes).map(([name, size]) => {
        const { url: _url, ...stored } = size && typeof size === 'object' ? fieldsOf(size) : {}
        return [name, stored]
      }),
    )
  }
  await req.payload.db.updateOne({ collection: collection.slug, id: fields.id as string, data, req, returning: false })
}

interface SetAside {
  discard: () => Promise<void>
  restore: (written: string[]) => Promise<void>
}

/** Copies of the current files beside the live ones, in the same storage. */
async function setAside(files: CollectionFiles, names: string[]): Promise<SetAside> {
  const batch = randomUUID()
  const kept: string[] = []
  try {
    for (const name of names) {
      if (!(await files.stat(name))) continue
      await files.keepAside(batch, name)
      kept.push(name)
    }
  } catch (error) {
    await files.dropAside(batch)
    throw error
  }
  return {
    discard: () => files.dropAside(batch),
    restore: async (written) => {
      for (const name of written) if (!kept.includes(name)) await files.remove(name)
      for (const name of kept) await files.putBack(batch, name)
      await files.dropAside(batch)
    },
  }
}

/**
 * A crash between deleting the old files and saving the new ones leaves the old ones aside:
 * put back every file a document still refers to, then drop the copies.
 */
export async function recoverInterruptedReplacements(payload: Payload): Promise<string[]> {
  const restored: string[] = []
  for (const collection of payload.config.collections) {
    if (typeof collection.upload !== 'object') continue
    const files = filesOf(collection)
    for (const [batch, names] of await files.aside()) {
      for (const name of names) {
        const referenced = await payload.count({
          collection: collection.slug,
          overrideAccess: true,
          where: { or: sizeConditions(collection.upload, name) },
        })
        if (referenced.totalDocs > 0 && !(await files.stat(name))) {
          await files.putBack(batch, name)
          restored.push(`${collection.slug}/${name}`)
        }
      }
      await files.dropAside(batch)
    }
  }
  return restored
}

function sizeConditions(upload: { imageSizes?: { name: string }[] }, name: string): Where[] {
  return [
    { filename: { equals: name } },
    ...(upload.imageSizes ?? []).map((size) => ({ [`sizes.${size.name}.filename`]: { equals: name } })),
  ]
}
