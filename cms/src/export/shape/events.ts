import type { EventInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull, rowsOf, translationsOf } from '../localized'
import { pageBase, type ShapeContext, withFreshness } from './context'
import type { EventDoc } from './documents'

/** Public events (the CMS lets through no members-only one); a language needs only its title. */
export const shapeEvents = (docs: readonly EventDoc[], ctx: ShapeContext): EventInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      ...pageBase(doc),
      kind: doc.kind,
      audience: doc.audience,
      start: isoOrNull(doc.start)!,
      end: isoOrNull(doc.end)!,
      online: Boolean(doc.online),
      registrationUrl: doc.registrationUrl ?? null,
      registrationDeadline: isoOrNull(doc.registrationDeadline),
      organiserKind: doc.organiser?.kind ?? 'jp-mirai',
      attendance: doc.attendance ?? null,
      speakers: rowsOf(
        byLocale,
        doc.speakers,
        (l) => l.speakers,
        (row) => ({ name: row.name }),
        (row) => hasText(row.affiliation),
        (row) => ({ affiliation: row.affiliation }),
      ),
      translations: translationsOf(
        byLocale,
        (l) => hasText(l.title),
        (l) => ({
          title: l.title,
          summary: l.summary ?? null,
          organiserName: l.organiser?.name ?? null,
          venueName: l.venue?.name ?? null,
          venueAddress: l.venue?.address ?? null,
          programme: ctx.rich(l.programme),
          report: ctx.rich(l.report),
        }),
      ),
    }),
  )
