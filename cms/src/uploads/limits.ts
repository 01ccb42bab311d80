import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { acceptedMimeTypes } from './content'

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}

/** Maximum size in bytes per MIME type prefix, e.g. { 'image/': 10 * MB, 'application/pdf': 20 * MB }. */
export type UploadSizeLimits = Record<string, number>

export const MB = 1024 * 1024

/**
 * Rejects a file of the wrong type or above its size limit before anything is written, with a
 * message that names the file and what the collection takes. (Payload checks the real type of the
 * content again afterwards; this catches the common mistakes early and explains them.)
 */
export function checkUpload(limits: UploadSizeLimits): CollectionBeforeOperationHook {
  return ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const accepted = acceptedMimeTypes(collection)
    if (accepted.length > 0 && !accepted.some((type) => matches(type, file.mimetype))) {
      throw new APIError(
        `"${file.name}" is a ${file.mimetype} file; this collection takes ${accepted.join(', ')}`,
        415,
        undefined,
        true,
      )
    }
    const limit = Object.entries(limits).find(([prefix]) => file.mimetype.startsWith(prefix))?.[1]
    if (limit !== undefined && file.size > limit) {
      throw new APIError(
        `"${file.name}" is ${formatBytes(file.size)}; ${file.mimetype} files may be at most ${formatBytes(limit)} here`,
        413,
        undefined,
        true,
      )
    }
    return args
  }
}

function matches(pattern: string, mimetype: string): boolean {
  return pattern.endsWith('/*') ? mimetype.startsWith(pattern.slice(0, -1)) : pattern === mimetype
}
