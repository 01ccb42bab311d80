import type { TagInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { translationsOf } from '../localized'
import type { TagDoc } from './documents'

export const shapeTags = (docs: readonly TagDoc[]): TagInput[] =>
  docs.map(({ base: doc, byLocale }) => ({
    id: String(doc.id),
    slug: doc.slug,
    name: translationsOf(
      byLocale,
      (l) => hasText(l.name),
      (l) => String(l.name),
    ),
  }))
