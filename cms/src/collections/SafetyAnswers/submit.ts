import { createHash } from 'node:crypto'

import { tokyoDay } from '@mirai/content-schemas/dates'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { siteURL } from '../../env'
import { RateLimit, senderOf } from '../../safety/rateLimit'
import { isSiteCode } from '../../safety/siteCode'

/** A worker's answers fit in far less; anything bigger is not one. */
export const MAX_BODY_BYTES = 4096

/**
 * Exactly what the site sends, nothing more: a field the schema does not name is refused, so the
 * request cannot carry a name, a message or a time.
 */
const Submission = z.strictObject({
  site: z.string().refine(isSiteCode),
  language: z.enum(LOCALE_CODES),
  answers: z.record(z.string().regex(/^[a-z0-9-]{1,60}$/), z.boolean()),
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
})

const submissions = new RateLimit(20, 10 * 60_000)

/**
 * The site's origin may call this from readers' browsers. The site sends the body as text/plain,
 * a request browsers make without asking first, so no preflight route is needed.
 */
const corsHeaders = () => ({
  'access-control-allow-origin': new URL(siteURL).origin,
  vary: 'origin',
  'cache-control': 'no-store',
})

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: corsHeaders() })

/** One refusal for every code that is wrong, unknown, inactive or outside a period: nothing to probe. */
const REFUSED = { error: 'This code does not take answers now.' }

async function readBody(req: PayloadRequest): Promise<string | null> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return null
  const text = (await req.text?.()) ?? ''
  return Buffer.byteLength(text) > MAX_BODY_BYTES ? null : text
}

/** POST /api/safety-answers/submit — a worker's anonymous answers for a business site. */
export const submitAnswersEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!submissions.allow(senderOf(req.headers))) return answer(429, { error: 'Too many answers; try again later.' })
    const text = await readBody(req)
    if (text === null) return answer(413, { error: `The answers must be under ${MAX_BODY_BYTES} bytes.` })
    let parsed: z.infer<typeof Submission>
    try {
      parsed = Submission.parse(JSON.parse(text))
    } catch {
      return answer(400, { error: 'These are not answers of the safety check.' })
    }
    const { payload } = req
    const today = tokyoDay(new Date())
    const [{ docs: sites }, { docs: periods }, check] = await Promise.all([
      payload.find({
        collection: 'business-sites',
        where: { and: [{ code: { equals: parsed.site } }, { active: { equals: true } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      }),
      payload.find({ collection: 'safety-periods', pagination: false, depth: 0, overrideAccess: true }),
      payload.findGlobal({ slug: 'safety-check', depth: 0, overrideAccess: true }),
    ])
    const site = sites[0]
    const period = periods.find((p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn))
    if (!site || !period) return answer(400, REFUSED)
    const known = new Set((check.sections ?? []).flatMap((s) => (s.questions ?? []).map((q) => q.key)))
    const keys = Object.keys(parsed.answers)
    if (keys.length === 0 || keys.some((key) => !known.has(key)))
      return answer(400, { error: 'These are not answers of the safety check.' })
    // The token means something only with this site and period, and is kept only as a hash.
    const token = createHash('sha256').update(`${parsed.token}:${site.id}:${period.id}`).digest('hex')
    const data = {
      site: site.id,
      period: period.id,
      language: parsed.language,
      answers: parsed.answers,
      day: today,
      token,
    }
    const { docs: earlier } = await payload.find({
      collection: 'safety-answers',
      where: { token: { equals: token } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (earlier[0])
      await payload.update({ collection: 'safety-answers', id: earlier[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'safety-answers', data, overrideAccess: true })
    return answer(200, { ok: true, replaced: Boolean(earlier[0]), period: period.label })
  },
}
