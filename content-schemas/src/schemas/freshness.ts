import { z } from 'zod'

import { isoDateTime, localeCode } from './common'

/**
 * How current a document's translations are: the language it is written in first, when that
 * text last changed, and which translations were written against an older text of it (the
 * CMS's translation status, without who wrote what). The site tells readers of those
 * translations and links the original.
 */
export const freshness = z.object({
  /** The document's source language: Japanese today, a document's own later. */
  source: localeCode,
  /** When the source's text last changed; null if the CMS has no record of it. */
  sourceUpdatedAt: isoDateTime.nullable(),
  /** Languages whose text was written before the source's last change. */
  outdated: z.array(localeCode),
})

export type Freshness = z.infer<typeof freshness>
export type FreshnessInput = z.input<typeof freshness>
