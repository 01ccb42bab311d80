import type { PageInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { narrow, rowIn, rowsOf, translationsOf } from '../localized'
import { pageBase, translatedWith, type ShapeContext, withFreshness } from './context'
import type { PageDoc } from './documents'

type Section = PageInput['sections'][number]

/** Organisation pages with their figures and people sections, each row translated on its own. */
export const shapePages = (docs: readonly PageDoc[], ctx: ShapeContext): PageInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      ...pageBase(doc),
      kind: doc.kind,
      order: doc.order ?? 100,
      sections: (doc.sections ?? []).map((section, i): Section => {
        const localOnly = rowIn(byLocale, (l) => l.sections, i)
        const sectionTranslations = translationsOf(
          localOnly,
          (s) => hasText(s.title),
          (s) => ({ title: s.title }),
        )
        if (section.blockType === 'figures') {
          return {
            blockType: 'figures',
            translations: sectionTranslations,
            items: rowsOf(
              narrow(localOnly, 'figures'),
              section.items,
              (s) => s.items,
              (row) => ({ value: row.value }),
              (row) => hasText(row.label),
              (row) => ({ label: row.label, note: row.note ?? null }),
            ),
          }
        }
        return {
          blockType: 'people',
          translations: sectionTranslations,
          people: rowsOf(
            narrow(localOnly, 'people'),
            section.people,
            (s) => s.people,
            (row) => ({ name: row.name }),
            (row) => hasText(row.role) || hasText(row.affiliation),
            (row) => ({ role: row.role ?? null, affiliation: row.affiliation ?? null }),
          ),
        }
      }),
      translations: translationsOf(byLocale, translatedWith(ctx, `pages ${doc.id}`, { body: 'text' }), (l) => ({
        title: l.title,
        summary: l.summary ?? null,
        body: ctx.rich(l.body),
      })),
    }),
  )
