import { APIError, type CollectionBeforeOperationHook } from 'payload'

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Maximum size in bytes per MIME type prefix, e.g. { 'image/': 10 * MB, 'application/pdf': 20 * MB }. */
export type UploadSizeLimits = Record<string, number>

export const MB = 1024 * 1024

/**
 * Rejects an upload above its limit before anything is written. Payload itself checks the file
 * type against `upload.mimeTypes`; the size limit depends on the kind of file (a video may be
 * larger than a photo).
 */
export function limitUploadSize(limits: UploadSizeLimits): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
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
