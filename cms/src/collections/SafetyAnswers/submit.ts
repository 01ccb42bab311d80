import { createHmac } from 'node:crypto'

import { tokyoDay } from '@mirai/content-schemas/dates'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { oneAtATime, refuseNewAnswer } from '../../safety/answerCaps'
import { CODE_REFUSED, publicAnswer } from '../../safety/publicAnswer'
import { fromElsewhere, parseJson, readBody } from '../../safety/publicRequest'
import { questionKeys } from '../../safety/questionKeys'
import { RateLimit, senderOf } from '../../safety/rateLimit'
import { isSiteCode } from '../../safety/siteCode'
import { takingAnswers } from '../../safety/takingAnswers'

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

/** POST /api/safety-answers/submit — a worker's anonymous answers for a business site. */
export const submitAnswersEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (fromElsewhere(req.headers)) return publicAnswer(403, { error: 'Answers come from the site.' })
    const sender = senderOf(req.headers)
    if (!submissions.allow(sender)) return publicAnswer(429, { error: 'Too many answers; try again later.' })
    const text = await readBody(req, MAX_BODY_BYTES)
    if (text === null) return publicAnswer(413, { error: `The answers must be under ${MAX_BODY_BYTES} bytes.` })
    let parsed: z.infer<typeof Submission>
    try {
      parsed = Submission.parse(parseJson(text))
    } catch {
      return publicAnswer(400, { error: 'These are not answers of the safety check.' })
    }
    const { payload } = req
    const today = tokyoDay(new Date())
    const [open, known] = await Promise.all([takingAnswers(payload, parsed.site, today), questionKeys(payload)])
    if (!open) return publicAnswer(400, CODE_REFUSED)
    const { site, period } = open
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
    const refusal = await oneAtATime(token, async () => {
      if (await replace()) return null
      const refused = await refuseNewAnswer(payload, { sender, site: site.id, period: period.id, today })
      if (refused) return refused
      try {
        await payload.create({ collection: 'safety-answers', data, overrideAccess: true })
      } catch (error) {
        // Another instance stored this device's answer a moment ago (the token is unique): replace that.
        if (!(await replace())) throw error
      }
      return null
    })
    if (refusal) return publicAnswer(429, refusal)
    // Whether the device had answered before is not said: anyone holding the token could ask.
    return publicAnswer(200, { ok: true, period: period.label })
  },
}
