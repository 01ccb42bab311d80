import type { PublicOrganisationInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { translationsOf } from '../localized'
import type { OrganisationDoc } from './documents'

/** Only what the public sees of a member organisation (the CMS lets through only those marked public). */
export const shapeOrganisations = (docs: readonly OrganisationDoc[]): PublicOrganisationInput[] =>
  docs.map(({ base: doc, byLocale }) => ({
    id: String(doc.id),
    slug: doc.slug,
    category: doc.category,
    website: doc.website ?? null,
    translations: translationsOf(
      byLocale,
      (l) => hasText(l.name),
      (l) => ({ name: l.name }),
    ),
  }))
