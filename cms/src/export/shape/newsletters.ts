import type { NewsletterInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { idOf, isoOrNull, mapValues, narrow, rowIn, translationsOf } from '../localized'
import { translatedWith, type ShapeContext, withFreshness } from './context'
import type { NewsletterDoc } from './documents'

type Sections = NewsletterInput['sections']

/** The archive's issues (only those published and marked public reach the exporter). */
export const shapeNewsletters = (docs: readonly NewsletterDoc[], ctx: ShapeContext): NewsletterInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      id: String(doc.id),
      slug: `${doc.kind}-${doc.issueNumber}`,
      updatedAt: isoOrNull(doc.updatedAt)!,
      kind: doc.kind,
      number: doc.issueNumber,
      issueDate: isoOrNull(doc.issueDate)!,
      sections: (doc.sections ?? []).flatMap((section, i): Sections => {
        const localOnly = rowIn(byLocale, (l) => l.sections, i)
        if (section.blockType === 'story') {
          return [
            {
              blockType: 'story',
              kind: section.kind,
              translations: translationsOf(
                narrow(localOnly, 'story'),
                translatedWith(ctx, `newsletters ${doc.id}, story ${i + 1}`, { body: 'text' }, 'heading'),
                (s) => ({
                  heading: s.heading!,
                  body: ctx.rich(s.body)!,
                }),
              ),
            },
          ]
        }
        const target = section.item
        const targetId = idOf(target?.value)
        const linked = target ? ctx.pages.get(target.relationTo, targetId) : undefined
        // A card of something without a public page (a members-only event) is left out of the archive.
        if (!target?.relationTo || !targetId || !linked) return []
        return [
          {
            blockType: 'reference',
            collection: target.relationTo,
            id: targetId,
            slug: linked.slug,
            // As the site's card always showed it: the title and summary of the target's page.
            text: mapValues(linked.translations, (t) => ({ title: t.title, summary: t.summary ?? null })),
            translations: translationsOf(
              narrow(localOnly, 'reference'),
              (s) => hasText(s.note),
              (s) => ({ note: s.note }),
            ),
          },
        ]
      }),
      translations: translationsOf(
        byLocale,
        (l) => hasText(l.subject),
        (l) => ({ title: l.subject, summary: l.preheader ?? null, intro: ctx.rich(l.intro) }),
      ),
    }),
  )
