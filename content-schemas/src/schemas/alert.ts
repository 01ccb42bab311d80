/**
 * An urgent alert as the site consumes it: when it is on, how urgent, where (prefectures), its text
 * per language and where it leads — an address held to the rich-text allow-list, or a public
 * document the site links to in the reader's language.
 */
import { z } from 'zod'

import { ALERT_TEXT_LIMITS, checkAlertLink } from '../alerts'
import { ALERT_KINDS, ALERT_SEVERITIES, PREFECTURES } from '../taxonomies'
import { id, isoDateTime, slug, translations } from './common'

export const alertLink = z.union([
  z.object({
    url: z.string().refine((url) => checkAlertLink(url).ok, 'is not an address an alert may link to'),
  }),
  z.object({ collection: z.string().min(1), slug }),
])

export const alert = z
  .object({
    id,
    updatedAt: isoDateTime,
    kind: z.enum(ALERT_KINDS),
    severity: z.enum(ALERT_SEVERITIES),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    prefectures: z.array(z.enum(PREFECTURES)),
    link: alertLink.nullable(),
    translations: translations(
      z.object({
        title: z.string().min(1).max(ALERT_TEXT_LIMITS.title),
        body: z.string().max(ALERT_TEXT_LIMITS.body).nullish(),
        linkLabel: z.string().max(ALERT_TEXT_LIMITS.linkLabel).nullish(),
      }),
    ),
  })
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    message: 'must end after it starts',
    path: ['endsAt'],
  })

export type Alert = z.infer<typeof alert>
export type AlertInput = z.input<typeof alert>
export type AlertLink = z.infer<typeof alertLink>
