import { APIError, type Endpoint } from 'payload'

import { isStaff, participantOf } from '../../access/roles'
import { figuresOf } from '../../safety/aggregate'
import { endedPeriod, idParam, periodsInOrder } from '../../safety/periods'
import { questionKeys } from '../../safety/questionKeys'
import { safetySettings } from '../../safety/settings'
import { readTally } from '../../safety/tally'

/**
 * GET /api/business-sites/:id/feedback?period=<id> — a site's figures for a period that has
 * ended, and the one before it: for the secretariat and the company the site belongs to, and only
 * aggregates (the company's whole report: safety/report.ts).
 */
export const feedbackEndpoint: Endpoint = {
  path: '/:id/feedback',
  method: 'get',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) throw new APIError('Sign in to see feedback', 401, undefined, true)
    const id = idParam(req.routeParams?.id)
    // Read with the asker's own access: another company's site is simply not found.
    const site =
      id && (isStaff(user) || participantOf(user) !== null)
        ? await payload
            .findByID({ collection: 'business-sites', id, depth: 0, user, overrideAccess: false })
            .catch(() => null)
        : null
    if (!site) throw new APIError('No such business site', 404, undefined, true)
    const { period, previous } = endedPeriod(await periodsInOrder(payload), req.query.period)
    const [keys, { threshold }] = await Promise.all([questionKeys(payload), safetySettings(payload)])
    const figures = async (periodId: string) =>
      figuresOf(await readTally(payload, String(site.id), periodId), keys, threshold)
    return Response.json(
      {
        site: { id: site.id, name: site.name },
        period: { id: period.id, label: period.label },
        figures: await figures(String(period.id)),
        previous: previous
          ? { period: { id: previous.id, label: previous.label }, figures: await figures(String(previous.id)) }
          : null,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
