import { alertsToPublish } from '@mirai/content-schemas/alerts'
import type { AlertInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull, translationsOf } from '../localized'
import type { ShapeContext } from './context'
import type { AlertDoc } from './documents'

/**
 * The alerts a build publishes: those not over at `now` (the build's time), with their link — an
 * address as written, or a public page as its collection and slug (the site makes the path in each
 * language); a link to a page that is not public is left out, with a warning.
 */
export function shapeAlerts(docs: readonly AlertDoc[], ctx: ShapeContext, now: Date): AlertInput[] {
  const shaped = docs.flatMap(({ base: doc, byLocale }): AlertInput[] => {
    const startsAt = isoOrNull(doc.startsAt)
    const endsAt = isoOrNull(doc.endsAt)
    if (!startsAt || !endsAt) return []
    let link: AlertInput['link'] = null
    if (doc.linkUrl) link = { url: doc.linkUrl }
    else if (doc.linkDocument) {
      const target = ctx.pages.get(doc.linkDocument.relationTo, doc.linkDocument.value)
      if (target) link = { collection: doc.linkDocument.relationTo, slug: target.slug }
      else ctx.warn(`alerts ${doc.id}: links to a page that is not public; shown without its link`)
    }
    return [
      {
        id: String(doc.id),
        updatedAt: isoOrNull(doc.updatedAt)!,
        kind: doc.kind,
        severity: doc.severity,
        startsAt,
        endsAt,
        prefectures: doc.prefectures ?? [],
        link,
        translations: translationsOf(
          byLocale,
          (l) => hasText(l.title),
          (l) => ({ title: l.title, body: l.body || null, linkLabel: l.linkLabel || null }),
        ),
      },
    ]
  })
  return alertsToPublish(shaped, now)
}
