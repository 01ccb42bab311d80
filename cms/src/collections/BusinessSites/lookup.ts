import type { Endpoint } from 'payload'

import { CODE_REFUSED, publicAnswer } from '../../safety/publicAnswer'
import { RateLimit, senderOf } from '../../safety/rateLimit'
import { isSiteCode } from '../../safety/siteCode'

const lookups = new RateLimit(30, 10 * 60_000)

/**
 * GET /api/business-sites/lookup?code=<code> — which workplace a flyer's code belongs to, for the
 * consent screen of the safety check: the site's name and its company's, nothing else. Every code
 * that does not take answers gets the same refusal as in submitting, so codes cannot be probed.
 */
export const lookupEndpoint: Endpoint = {
  path: '/lookup',
  method: 'get',
  handler: async (req) => {
    if (!lookups.allow(senderOf(req.headers)))
      return publicAnswer(429, { error: 'Too many requests; try again later.' })
    const code = req.query.code
    const refused = publicAnswer(404, CODE_REFUSED)
    if (!isSiteCode(code)) return refused
    const { docs } = await req.payload.find({
      collection: 'business-sites',
      where: { and: [{ code: { equals: code } }, { active: { equals: true } }] },
      limit: 1,
      depth: 1,
      locale: 'ja',
      overrideAccess: true,
    })
    const site = docs[0]
    const participant = site && typeof site.participant === 'object' ? site.participant : null
    if (!site || !participant) return refused
    const english = await req.payload.findByID({
      collection: 'organisations',
      id: participant.id,
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    })
    return publicAnswer(200, { site: site.name, company: { ja: participant.name, en: english.name } })
  },
}
