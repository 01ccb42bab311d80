/**
 * An uploaded file is the same in every language: replacing it, cropping it or moving its focal
 * point changes the image for readers of all nine. Translators write the alt text and caption of
 * their languages and nothing else of an upload. Payload's upload fields (the file, focal point,
 * crop) are not part of a collection's own fields, so the field-level translator lock does not
 * reach them; this hook does.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isTranslator } from '../access/roles'
import { reprocessesFile } from './replace'

const FOCAL_POINT = ['focalX', 'focalY'] as const

export const keepTranslatorsToTheirText: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !isTranslator(req.user)) return
  if (req.file) {
    throw new APIError(
      'Translators change the alt text and caption of their languages; replacing the file changes it in every language. Ask an editor to replace it.',
      403,
      undefined,
      true,
    )
  }
  if (reprocessesFile(req.query?.uploadEdits)) {
    throw new APIError(
      'Translators cannot crop an image or move its focal point: it is the same image in every language.',
      403,
      undefined,
      true,
    )
  }
  // The admin form sends the focal point back with every save; the stored one is kept.
  const data = args.data as Record<string, unknown> | undefined
  if (data && typeof data === 'object') for (const field of FOCAL_POINT) delete data[field]
}
