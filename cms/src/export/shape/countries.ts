import type { CountryPageInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { rowsOf, translationsOf } from '../localized'
import { pageBase, translatedWith, type ShapeContext, withFreshness } from './context'
import type { CountryDoc } from './documents'

/** Country pages: a language needs both its texts; contacts are shared rows named per language. */
export const shapeCountries = (docs: readonly CountryDoc[], ctx: ShapeContext): CountryPageInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      ...pageBase(doc),
      country: doc.country,
      heroImage: ctx.image(doc.heroImage),
      relatedArticles: ctx.pages.linkRefs('articles', doc.relatedArticles),
      contacts: rowsOf(
        byLocale,
        doc.contacts,
        (l) => l.contacts,
        (row) => ({
          kind: row.kind,
          phone: row.phone ?? null,
          email: row.email ?? null,
          url: row.url ?? null,
          address: row.address ?? null,
          languages: row.languages ?? [],
        }),
        (row) => hasText(row.name),
        (row) => ({ name: row.name, hours: row.hours ?? null }),
      ),
      translations: translationsOf(
        byLocale,
        translatedWith(ctx, `countries ${doc.id}`, {
          sendingScheme: 'sending scheme',
          recruitmentFees: 'recruitment fees',
        }),
        (l) => ({
          title: l.title,
          summary: l.summary ?? null,
          sendingScheme: ctx.rich(l.sendingScheme),
          recruitmentFees: ctx.rich(l.recruitmentFees),
        }),
      ),
    }),
  )
