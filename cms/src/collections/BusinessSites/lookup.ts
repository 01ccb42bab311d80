import { tokyoDay } from '@mirai/content-schemas/dates'
import type { Endpoint } from 'payload'

import { CODE_REFUSED, publicAnswer } from '../../safety/publicAnswer'
import { RateLimit, senderOf } from '../../safety/rateLimit'
import { safetySettings } from '../../safety/settings'
import { takingAnswers } from '../../safety/takingAnswers'
import { idOf } from '../../utilities/idOf'

const lookups = new RateLimit(30, 10 * 60_000)

/**
 * GET /api/business-sites/lookup?code=<code> — which workplace a flyer's code belongs to, for the
 * consent screen of the safety check: the site's name, its company's and the threshold, nothing else. Every code
 * that does not take answers now (unknown, inactive, outside every period) gets the same refusal as
 * in submitting, so codes cannot be probed and the screen never offers sharing that would be refused.
 */
export const lookupEndpoint: Endpoint = {
  path: '/lookup',
  method: 'get',
  handler: async (req) => {
    if (!lookups.allow(senderOf(req.headers)))
      return publicAnswer(429, { error: 'Too many requests; try again later.' })
    const open = await takingAnswers(req.payload, req.query.code, tokyoDay(new Date()))
    const participant = idOf(open?.site.participant)
    if (!open || !participant) return publicAnswer(404, CODE_REFUSED)
    const [ja, en] = await Promise.all(
      (['ja', 'en'] as const).map((locale) =>
        req.payload.findByID({
          collection: 'organisations',
          id: participant,
          locale,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        }),
      ),
    )
    if (!ja || !en) return publicAnswer(404, CODE_REFUSED)
    // The threshold too: the consent screen promises the company sees only groups that large.
    const { threshold } = await safetySettings(req.payload)
    return publicAnswer(200, { site: open.site.name, company: { ja: ja.name, en: en.name }, threshold })
  },
}
