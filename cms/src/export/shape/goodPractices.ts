import type { GoodPracticeInput, PublicOrganisationInput } from '@mirai/content-schemas/schemas'

import { idOf, isoOrNull, translationsOf } from '../localized'
import { pageBase, translatedWith, type ShapeContext, withFreshness } from './context'
import type { GoodPracticeDoc } from './documents'

/** Good practices with their organisation in full when it is public, else none. */
export const shapeGoodPractices = (
  docs: readonly GoodPracticeDoc[],
  ctx: ShapeContext,
  organisations: ReadonlyMap<string, PublicOrganisationInput>,
): GoodPracticeInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      ...pageBase(doc),
      number: doc.number,
      publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt)!,
      organisation: organisations.get(idOf(doc.organisation) ?? '') ?? null,
      commitments: doc.commitments ?? [],
      images: (doc.images ?? []).flatMap((value) => ctx.image(value) ?? []),
      translations: translationsOf(
        byLocale,
        translatedWith(ctx, `good-practices ${doc.id}`, { body: 'text' }),
        (l) => ({
          title: l.title,
          summary: l.summary ?? null,
          body: ctx.rich(l.body),
        }),
      ),
    }),
  )
