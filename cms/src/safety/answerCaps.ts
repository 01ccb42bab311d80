import type { Payload } from 'payload'

import { RateLimit } from './rateLimit'

/**
 * How many new answers a site takes in a Japan day. Below the threshold a site's figures are
 * hidden, and answers one sender made up could fill it: with a real colleague's answer beside
 * them, the figures would give that colleague away. So one connection adds at most one new answer
 * to a site a day, and no site takes more than `SITE_ANSWERS_A_DAY` new answers in a day,
 * however many connections send them. A device replacing its own answer adds none.
 *
 * Colleagues on one connection (a dormitory's or a workplace's Wi-Fi) share its one answer a day:
 * the refusal says so, so the site can tell them to send theirs over mobile data or another day.
 */
export const NEW_ANSWERS_PER_SENDER_A_DAY = 1
/** Far above what a workplace's workers send in a day; a flood from many connections stops here. */
export const SITE_ANSWERS_A_DAY = 1000

const DAY_MS = 24 * 60 * 60_000

// Counted in memory under a salted hash of sender, site and day (see RateLimit), never stored.
const perSender = new RateLimit(NEW_ANSWERS_PER_SENDER_A_DAY, DAY_MS)

export const SENDER_ANSWERED_TODAY = {
  error:
    'An answer for this workplace was already sent from this connection today. Send yours from another connection (such as mobile data) or tomorrow.',
}
export const SITE_FULL_TODAY = { error: 'This workplace has taken all the answers it can today. Please try tomorrow.' }

/**
 * Whether the site takes one more new answer from `sender` today; counts it if so. Null when it
 * does, else the refusal to give.
 */
export async function refuseNewAnswer(
  payload: Payload,
  { sender, site, period, today }: { sender: string; site: string; period: string; today: string },
): Promise<typeof SENDER_ANSWERED_TODAY | typeof SITE_FULL_TODAY | null> {
  // The day is part of the key, so a Japan day's count starts afresh at midnight in Japan.
  if (!perSender.allow(`${today}\n${site}\n${sender}`)) return SENDER_ANSWERED_TODAY
  // The stored day of each answer (already kept, as the day a worker answered) counts the site's
  // day across restarts and instances.
  const { totalDocs } = await payload.count({
    collection: 'safety-answers',
    where: { and: [{ site: { equals: site } }, { period: { equals: period } }, { day: { equals: today } }] },
    overrideAccess: true,
  })
  return totalDocs >= SITE_ANSWERS_A_DAY ? SITE_FULL_TODAY : null
}

const inFlight = new Map<string, Promise<unknown>>()

/**
 * Runs `work` for `key` after every earlier `work` for the same key in this process has ended:
 * two requests of one device at once are one answer stored and one replacing it, not two new
 * answers (where the second would be refused as the connection's second answer of the day).
 */
export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = inFlight.get(key) ?? Promise.resolve()
  const mine = before.then(work, work)
  const settled = mine.catch(() => undefined)
  inFlight.set(key, settled)
  try {
    return await mine
  } finally {
    if (inFlight.get(key) === settled) inFlight.delete(key)
  }
}
