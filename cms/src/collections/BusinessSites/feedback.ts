import { tokyoDay } from '@mirai/content-schemas/dates'
import { APIError, type Endpoint, type Payload } from 'payload'

import { isStaff, participantOf } from '../../access/roles'
import { aggregate, DEFAULT_THRESHOLD, type SiteFigures } from '../../safety/aggregate'
import type { AnswerRow } from '../../safety/aggregate'
import { questionKeys } from '../../safety/questionKeys'

/**
 * The threshold of JP-MIRAI Safety's figures: SAFETY_THRESHOLD, never below 3 (see aggregate.ts);
 * anything but a whole number (an empty variable too) is the default.
 */
export function feedbackThreshold(): number {
  const value = process.env.SAFETY_THRESHOLD?.trim()
  return value && /^\d+$/.test(value) ? Number(value) : DEFAULT_THRESHOLD
}

async function figuresFor(payload: Payload, site: string, period: string, keys: string[]): Promise<SiteFigures> {
  const { docs } = await payload.find({
    collection: 'safety-answers',
    where: { and: [{ site: { equals: site } }, { period: { equals: period } }] },
    pagination: false,
    depth: 0,
    select: { answers: true },
    overrideAccess: true,
  })
  return aggregate(
    docs.map((d): AnswerRow => ({ answers: (d.answers ?? {}) as Record<string, boolean> })),
    keys,
    feedbackThreshold(),
  )
}

/**
 * GET /api/business-sites/:id/feedback?period=<id> — a site's figures for a period that has
 * ended, and the one before it: for the secretariat and the company the site belongs to, and only
 * aggregates.
 */
export const feedbackEndpoint: Endpoint = {
  path: '/:id/feedback',
  method: 'get',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) throw new APIError('Sign in to see feedback', 401, undefined, true)
    const id = String(req.routeParams?.id ?? '')
    // Read with the asker's own access: another company's site is simply not found.
    const site = await payload
      .findByID({ collection: 'business-sites', id, depth: 0, user, overrideAccess: false })
      .catch(() => null)
    if (!site || (!isStaff(user) && participantOf(user) === null))
      throw new APIError('No such business site', 404, undefined, true)
    const { docs: periods } = await payload.find({
      collection: 'safety-periods',
      sort: 'startsOn',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const at = periods.findIndex((p) => String(p.id) === String(req.query.period ?? ''))
    if (at < 0) throw new APIError('Say which period: ?period=<id>', 400, undefined, true)
    // While a period is open, watching the count grow would show each new answer on its own.
    if (tokyoDay(periods[at]!.endsOn) >= tokyoDay(new Date()))
      throw new APIError('Figures are given once the period has ended', 409, undefined, true)
    const keys = await questionKeys(payload)
    const period = periods[at]!
    const previous = periods[at - 1]
    return Response.json(
      {
        site: { id: site.id, name: site.name },
        period: { id: period.id, label: period.label },
        figures: await figuresFor(payload, String(site.id), String(period.id), keys),
        previous: previous
          ? {
              period: { id: previous.id, label: previous.label },
              figures: await figuresFor(payload, String(site.id), String(previous.id), keys),
            }
          : null,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
