/**
 * Replacing (or re-cropping) the file of an upload never loses the one that is live. Payload 3.90
 * deletes the current files before it validates the rest of the update, so a replacement with,
 * say, an empty alt text answered 400 and left the document pointing at a file that was gone.
 *
 * Here a replacement happens in two steps. The operation the client asked for runs first without
 * the file, so every field and hook validates against the document while its files are untouched.
 * Only when that has been saved is the file applied, by a second update; the current files are
 * hard-linked aside first and put back (and the new ones removed) if that step fails. Copies left
 * behind by a crash between the two are restored at start-up.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { link, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

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

const backupRoot = (staticDir: string) => path.join(path.dirname(staticDir), '.replacing', path.basename(staticDir))

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
  const staticDir = (collection.upload as { staticDir: string }).staticDir
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
  const backup = await setAside(staticDir, fileNamesOf(current))
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
    await backup.discard()
    return { ...doc, ...Object.fromEntries(FILE_FIELDS.filter((f) => f in updated).map((f) => [f, updated[f]])) }
  } catch (error) {
    await backup.restore(req.context[WRITTEN] as string[])
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

interface SetAside {
  discard: () => Promise<void>
  restore: (written: string[]) => Promise<void>
}

/** Hard links of the current files in a folder beside the uploads (same disk, no bytes copied). */
async function setAside(staticDir: string, names: string[]): Promise<SetAside> {
  const dir = path.join(backupRoot(staticDir), randomUUID())
  await mkdir(dir, { recursive: true })
  const kept: string[] = []
  for (const name of names) {
    const source = path.join(staticDir, name)
    if (!existsSync(source)) continue
    await link(source, path.join(dir, name))
    kept.push(name)
  }
  return {
    discard: () => rm(dir, { recursive: true, force: true }),
    restore: async (written) => {
      for (const name of written) if (!kept.includes(name)) await rm(path.join(staticDir, name), { force: true })
      for (const name of kept) await rename(path.join(dir, name), path.join(staticDir, name))
      await rm(dir, { recursive: true, force: true })
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
    const staticDir = typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
    if (!staticDir) continue
    const root = backupRoot(staticDir)
    if (!existsSync(root)) continue
    for (const batch of await readdir(root)) {
      const dir = path.join(root, batch)
      for (const name of await readdir(dir)) {
        const target = path.join(staticDir, name)
        const referenced = await payload.count({
          collection: collection.slug,
          overrideAccess: true,
          where: { or: sizeConditions(collection.upload, name) },
        })
        if (referenced.totalDocs > 0 && !existsSync(target)) {
          await rename(path.join(dir, name), target)
          restored.push(`${collection.slug}/${name}`)
        }
      }
      await rm(dir, { recursive: true, force: true })
    }
    await rmdir(root).catch(() => {})
  }
  return restored
}

function sizeConditions(upload: { imageSizes?: { name: string }[] }, name: string): Where[] {
  return [
    { filename: { equals: name } },
    ...(upload.imageSizes ?? []).map((size) => ({ [`sizes.${size.name}.filename`]: { equals: name } })),
  ]
}
