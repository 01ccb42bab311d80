import { createHmac } from 'node:crypto'

import { tokyoDay } from '@mirai/content-schemas/dates'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { siteURL } from '../../env'
import { CODE_REFUSED, publicAnswer } from '../../safety/publicAnswer'
import { questionKeys } from '../../safety/questionKeys'
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

async function readBody(req: PayloadRequest): Promise<string | null> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return null
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Browsers say which page sent a request: one from a page other than the site's is refused, so a
 * hostile page cannot make its visitors answer. (A script outside a browser can still send one;
 * the rate limit is for those.)
 */
function fromElsewhere(headers: Headers): boolean {
  const origin = headers.get('origin')
  return origin !== null && origin !== new URL(siteURL).origin
}

/** POST /api/safety-answers/submit — a worker's anonymous answers for a business site. */
export const submitAnswersEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (fromElsewhere(req.headers)) return publicAnswer(403, { error: 'Answers come from the site.' })
    if (!submissions.allow(senderOf(req.headers)))
      return publicAnswer(429, { error: 'Too many answers; try again later.' })
    const text = await readBody(req)
    if (text === null) return publicAnswer(413, { error: `The answers must be under ${MAX_BODY_BYTES} bytes.` })
    let parsed: z.infer<typeof Submission>
    try {
      // A "__proto__" key would become the object's prototype on the way through, not a key to refuse.
      parsed = Submission.parse(
        JSON.parse(text, (key, value: unknown) => {
          if (key === '__proto__') throw new Error('not an answer')
          return value
        }),
      )
    } catch {
      return publicAnswer(400, { error: 'These are not answers of the safety check.' })
    }
    const { payload } = req
    const today = tokyoDay(new Date())
    const [{ docs: sites }, { docs: periods }, known] = await Promise.all([
      payload.find({
        collection: 'business-sites',
        where: { and: [{ code: { equals: parsed.site } }, { active: { equals: true } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      }),
      payload.find({ collection: 'safety-periods', pagination: false, depth: 0, overrideAccess: true }),
      questionKeys(payload),
    ])
    const site = sites[0]
    const period = periods.find((p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn))
    if (!site || !period) return publicAnswer(400, CODE_REFUSED)
    // Every question, each once: a question few answered would give away those few.
    const keys = Object.keys(parsed.answers)
    if (keys.length !== known.length || known.some((key) => typeof parsed.answers[key] !== 'boolean'))
      return publicAnswer(400, { error: 'These are not answers of the safety check.' })
    // The token means something only with this site and period, and is kept only as a keyed hash:
    // without the CMS's secret, a device's token does not find its row in a copy of the database.
    const token = createHmac('sha256', payload.secret).update(`${parsed.token}:${site.id}:${period.id}`).digest('hex')
    const data = {
      site: site.id,
      period: period.id,
      language: parsed.language,
      answers: parsed.answers,
      day: today,
      token,
    }
    const replace = async () => {
      const { docs: earlier } = await payload.find({
        collection: 'safety-answers',
        where: { token: { equals: token } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (!earlier[0]) return false
      await payload.update({ collection: 'safety-answers', id: earlier[0].id, data, overrideAccess: true })
      return true
    }
    if (!(await replace()))
      try {
        await payload.create({ collection: 'safety-answers', data, overrideAccess: true })
      } catch (error) {
        // The same device's other request stored it a moment ago (the token is unique): replace that.
        if (!(await replace())) throw error
      }
    // Whether the device had answered before is not said: anyone holding the token could ask.
    return publicAnswer(200, { ok: true, period: period.label })
  },
}
