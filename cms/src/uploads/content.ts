/**
 * An upload is what its bytes are, not what its name or the browser says. The stored file name
 * and MIME type are derived from the sniffed content (a PNG named `hero.html` is stored as
 * `hero.png`, served as image/png), and content of a type the collection does not take is
 * refused before anything is written. Payload keeps the client's extension when the content
 * sniffs as an allowed type, which is how a PNG+HTML polyglot could become a page on the site.
 */
import { isPublishableMimeType, storedFileName } from '@mirai/content-schemas/file-types'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { ignoreFromClients } from '../hooks/serverOwned'

type UploadedFile = NonNullable<PayloadRequest['file']>

/** The MIME types an upload collection takes. */
export function acceptedMimeTypes(collection: Pick<SanitizedCollectionConfig, 'upload'>): string[] {
  return (typeof collection.upload === 'object' && collection.upload.mimeTypes) || []
}

async function sniff(file: UploadedFile): Promise<string | null> {
  const result =
    file.tempFilePath && !file.data?.length
      ? await fileTypeFromFile(file.tempFilePath)
      : await fileTypeFromBuffer(file.data)
  return result?.mime ?? null
}

/** Names the file on the request after its content; refuses content the collection does not take. */
export const nameFileByContent: CollectionBeforeOperationHook = async ({ collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const accepted = acceptedMimeTypes(collection)
  const mime = await sniff(req.file)
  if (!mime || !isPublishableMimeType(mime) || !accepted.includes(mime)) {
    const what = mime ? `of type ${mime}, which this collection does not take` : 'not a file type the CMS recognises'
    throw new APIError(
      `The content of "${req.file.name}" is ${what} (it takes ${accepted.join(', ')})`,
      415,
      undefined,
      true,
    )
  }
  req.file.name = storedFileName(req.file.name, mime)
  req.file.mimetype = mime
}

/**
 * Files arrive as bytes. Payload would otherwise fetch a file from any address given as `url`
 * when a document is created without one — a request from the server to wherever a client says.
 */
export const requireFileOnCreate: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && !req.file) {
    throw new APIError('Attach the file itself: the CMS does not fetch files from addresses', 400, undefined, true)
  }
}

/**
 * Describe the stored file; Payload computes them from the file and would otherwise keep what a
 * client sends on an update without a file (a PNG could claim to be text/html).
 */
export const SERVER_OWNED_FILE_FIELDS = [
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'sizes',
  'url',
  'thumbnailURL',
  'prefix',
  '_objectKey',
] as const

export const ignoreClientFileMetadata = ignoreFromClients(SERVER_OWNED_FILE_FIELDS)
