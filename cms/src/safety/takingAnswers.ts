import { tokyoDay } from '@mirai/content-schemas/dates'
import type { Payload } from 'payload'

import type { BusinessSite, SafetyPeriod } from '../payload-types'
import { isSiteCode } from './siteCode'

/**
 * The site a flyer's code belongs to and the period its answers count in, if that code takes
 * answers on `today` (a Japan day): an active site, and a period that includes the day. Looking a
 * code up and submitting both ask this, so the consent screen never promises sharing that
 * submitting would then refuse.
 */
export async function takingAnswers(
  payload: Payload,
  code: unknown,
  today: string,
): Promise<{ site: BusinessSite; period: SafetyPeriod } | null> {
  if (!isSiteCode(code)) return null
  const [{ docs: sites }, { docs: periods }] = await Promise.all([
    payload.find({
      collection: 'business-sites',
      where: { and: [{ code: { equals: code } }, { active: { equals: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({ collection: 'safety-periods', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const site = sites[0]
  const period = periods.find((p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn))
  return site && period ? { site, period } : null
}
