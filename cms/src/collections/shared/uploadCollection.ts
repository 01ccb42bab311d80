import type { CollectionConfig } from 'payload'

import { ignoreClientFileMetadata, nameFileByContent, requireFileOnCreate } from '../../uploads/content'
import { uploadResponseHeaders } from '../../uploads/headers'
import { checkUpload, type UploadSizeLimits } from '../../uploads/limits'
import { applyDeferredFile, deferFileReplacement, recordReplacementFiles } from '../../uploads/replace'
import { keepTranslatorsToTheirText } from '../../uploads/translators'

interface UploadCollectionOptions extends CollectionConfig {
  upload: Exclude<CollectionConfig['upload'], boolean | undefined>
  /** Largest file per MIME type prefix. */
  limits: UploadSizeLimits
}

/**
 * What every upload collection has in common: files are checked by type and size, stored under a
 * name derived from their content, described by metadata only the server writes, replaced without
 * ever losing the live file, changed by translators only in their languages' text, and served
 * with headers that keep them from being run as pages.
 */
export function uploadCollection({ limits, ...config }: UploadCollectionOptions): CollectionConfig {
  return {
    ...config,
    upload: { ...config.upload, modifyResponseHeaders: uploadResponseHeaders },
    hooks: {
      ...config.hooks,
      beforeOperation: [
        keepTranslatorsToTheirText,
        requireFileOnCreate,
        checkUpload(limits),
        nameFileByContent,
        ignoreClientFileMetadata,
        ...(config.hooks?.beforeOperation ?? []),
        deferFileReplacement,
      ],
      beforeChange: [...(config.hooks?.beforeChange ?? []), recordReplacementFiles],
      afterChange: [applyDeferredFile, ...(config.hooks?.afterChange ?? [])],
    },
  }
}
