import type { ConsultationRequestReceipt } from '@mirai/content-schemas/assist'
import type { Endpoint, Payload } from 'payload'

import { publicAnswer } from '../../safety/publicAnswer'
import { fromElsewhere, parseJson, readBody } from '../../safety/publicRequest'
import { RateLimit, senderOf } from '../../safety/rateLimit'
import { CONSULTATION_REQUESTS } from './hooks'
import { checkRequest, MAX_REQUEST_BYTES, type CheckedRequest } from './input'
import { newReference } from './reference'

const HOUR = 60 * 60_000
/**
 * Stored requests per sender: a worker asks once, maybe again with a correction. Workers sharing
 * a dormitory's connection share this count too, so the refusal points them to Assist's phone.
 */
const stored = new RateLimit(5, HOUR)
/** Every attempt, refused ones included, so a mistyped form is not what uses up the five. */
const attempts = new RateLimit(30, HOUR)

const REFERENCE_DRAWS = 5

/**
 * Stores a checked request under a fresh reference and returns it. A reference already taken
 * (against each request kept, a chance of one in 30⁸, about 6.6 × 10¹¹) is drawn again.
 */
export async function storeRequest(
  payload: Payload,
  request: CheckedRequest,
  references: () => string = newReference,
): Promise<string> {
  for (let draw = 0; draw < REFERENCE_DRAWS; draw++) {
    const reference = references()
    try {
      await payload.create({
        collection: CONSULTATION_REQUESTS,
        data: { ...request, reference, status: 'new' },
        depth: 0,
        overrideAccess: true,
      })
      return reference
    } catch (error) {
      const { totalDocs } = await payload.count({
        collection: CONSULTATION_REQUESTS,
        where: { reference: { equals: reference } },
        overrideAccess: true,
      })
      if (totalDocs === 0) throw error
    }
  }
  throw new Error(`no free consultation request reference after ${REFERENCE_DRAWS} draws`)
}

/**
 * POST /api/consultation-requests/submit — a worker asks JP-MIRAI Assist to contact them
 * (ConsultationRequestInput, sent as text/plain JSON so the browser asks no preflight). Answers
 * 201 with the reference the worker quotes, or the first thing wrong and the field it is in.
 */
export const submitRequestEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (fromElsewhere(req.headers)) return publicAnswer(403, { error: 'Requests come from the site.' })
    const sender = senderOf(req.headers)
    const tooMany = () =>
      publicAnswer(429, {
        error: 'Too many requests from this connection; try again in an hour, or call JP-MIRAI Assist.',
      })
    if (!attempts.allow(sender)) return tooMany()
    const text = await readBody(req, MAX_REQUEST_BYTES)
    if (text === null)
      return publicAnswer(413, { error: `A request must be under ${MAX_REQUEST_BYTES} bytes.`, field: null })
    let value: unknown
    try {
      value = parseJson(text)
    } catch {
      return publicAnswer(400, { error: 'A request is a JSON object', field: null })
    }
    const check = checkRequest(value)
    if (!check.ok) return publicAnswer(400, { error: check.error, field: check.field })
    if (!stored.allow(sender)) return tooMany()
    const receipt: ConsultationRequestReceipt = { reference: await storeRequest(req.payload, check.request) }
    return publicAnswer(201, { ...receipt })
  },
}
