import { tokyoDay } from '@mirai/content-schemas/dates'
import { APIError, type Payload } from 'payload'

import type { SafetyPeriod } from '../payload-types'

/** The aggregation periods, earliest first: "the period before" is the one before in this order. */
export async function periodsInOrder(payload: Payload): Promise<SafetyPeriod[]> {
  const { docs } = await payload.find({
    collection: 'safety-periods',
    sort: 'startsOn',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/**
 * Figures are given only for a period whose last day (in Japan) is over: while it is open,
 * watching the count grow would show each new answer on its own.
 */
export const hasEnded = (period: Pick<SafetyPeriod, 'endsOn'>, now: Date = new Date()) =>
  tokyoDay(period.endsOn) < tokyoDay(now)

const ID = /^[A-Za-z0-9-]{1,64}$/

/** A document id from a query parameter, or null: qs turns `a[b]=c` into objects, and ids are short. */
export const idParam = (value: unknown): string | null => (typeof value === 'string' && ID.test(value) ? value : null)

/** The period asked for (it must have ended) and the one before it, or the error to answer with. */
export function endedPeriod(
  periods: readonly SafetyPeriod[],
  asked: unknown,
  now: Date = new Date(),
): { period: SafetyPeriod; previous: SafetyPeriod | null } {
  const id = idParam(asked)
  if (!id) throw new APIError('Say which period: ?period=<id>', 400, undefined, true)
  const at = periods.findIndex((p) => String(p.id) === id)
  if (at < 0) throw new APIError('No such period: ?period=<id> names none', 400, undefined, true)
  const period = periods[at]!
  if (!hasEnded(period, now)) throw new APIError('Figures are given once the period has ended', 409, undefined, true)
  return { period, previous: periods[at - 1] ?? null }
}

/**
 * The Japanese fiscal year a period counts in: the one its last day falls in (April to March),
 * as the organisation's annual reports count (FY2023 = April 2023 to March 2024).
 */
export function fiscalYearOf(day: string): number {
  const [year, month] = tokyoDay(day).split('-').map(Number) as [number, number]
  return month >= 4 ? year : year - 1
}
