import type { LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'

import { formatDate, formatRange } from '../dates'
import { icsPath } from '../paths'
import { richHtml } from '../render'
import { findTranslation } from '../translation'
import { card, docView, type CardView } from './shared'

export function eventView(event: S.Event, lang: LocaleCode) {
  const { content: c, ...view } = docView(event, 'events', lang)
  return {
    ...view,
    when: formatRange(event.start, event.end, lang),
    start: event.start,
    end: event.end,
    kind: event.kind,
    online: event.online,
    venue: [c.venueName, c.venueAddress].filter(Boolean).join(', ') || null,
    // Apart as well, for the event's structured data (a place's name and its address).
    venueName: c.venueName ?? null,
    venueAddress: c.venueAddress ?? null,
    organiser: event.organiserKind === 'jp-mirai' ? 'JP-MIRAI' : (c.organiserName ?? null),
    registrationUrl: event.registrationUrl ?? null,
    registrationDeadline: event.registrationDeadline ? formatDate(event.registrationDeadline, lang) : null,
    programmeHtml: c.programme ? richHtml(c.programme, lang) : null,
    reportHtml: c.report ? richHtml(c.report, lang) : null,
    speakers: event.speakers.map((s) => {
      const affiliation = findTranslation(s.translations, lang)
      return {
        name: s.name,
        affiliation: affiliation?.content.affiliation ?? null,
        lang: affiliation?.isFallback ? affiliation.lang : undefined,
      }
    }),
    attendance: event.attendance ?? null,
    icsHref: icsPath(lang, event.slug),
  }
}

export type EventView = ReturnType<typeof eventView>

export function eventCard(event: S.Event, lang: LocaleCode): CardView {
  return card(docView(event, 'events', lang), formatRange(event.start, event.end, lang))
}
