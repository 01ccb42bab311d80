/**
 * Raw answers do not outlive their use: `answerRetentionDays` after a period's last day (days in
 * Japan), each site's answers of that period are tallied into `safety-tallies` and then deleted,
 * so past figures, trends and yearly totals survive without a single answer row.
 *
 * Safe to stop anywhere and to run again: per site, the tally is written first and the rows are
 * deleted only once it is stored. A run stopped in between leaves tally and rows together; figures
 * then come from the tally (readTally), which was counted from those same rows, and the next run
 * keeps that tally and deletes the rows. The database allows one tally per site and period, so two
 * runs at once cannot archive a site twice.
 */
import { tokyoDay } from '@mirai/content-schemas/dates'
import type { Payload, Where } from 'payload'

import { safetySettings } from './settings'
import { archivedTally, tallyOf } from './tally'

export interface PruneResult {
  /** Periods whose retention has run out and that still had raw answers. */
  periods: number
  /** Sites whose tally was archived in this run (not those archived by an earlier one). */
  archived: number
  /** Raw answers deleted. */
  deleted: number
}

const DAY_MS = 24 * 60 * 60_000

/** The Japan day `days` after a 'YYYY-MM-DD' day. */
export function dayAfter(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The first Japan day on which a period's raw answers are deleted. */
export const deletionDay = (endsOn: string, retentionDays: number) => dayAfter(tokyoDay(endsOn), retentionDays)

export async function pruneSafetyAnswers(payload: Payload, now: Date = new Date()): Promise<PruneResult> {
  const { answerRetentionDays } = await safetySettings(payload)
  const today = tokyoDay(now)
  const { docs: periods } = await payload.find({
    collection: 'safety-periods',
    pagination: false,
    depth: 0,
    select: { endsOn: true },
    overrideAccess: true,
  })
  const result: PruneResult = { periods: 0, archived: 0, deleted: 0 }
  for (const period of periods) {
    if (!period.endsOn || deletionDay(period.endsOn, answerRetentionDays) > today) continue
    const periodId = String(period.id)
    const { values } = await payload.findDistinct({
      collection: 'safety-answers',
      field: 'site',
      where: { period: { equals: periodId } },
      depth: 0,
      overrideAccess: true,
    })
    if (values.length === 0) continue
    result.periods++
    for (const { site } of values) {
      const siteId = String(typeof site === 'object' && site !== null ? site.id : site)
      const { archived, deleted } = await pruneSite(payload, siteId, periodId)
      if (archived) result.archived++
      result.deleted += deleted
    }
  }
  return result
}

async function pruneSite(payload: Payload, site: string, period: string) {
  const where: Where = { and: [{ site: { equals: site } }, { period: { equals: period } }] }
  let archived = false
  if (!(await archivedTally(payload, site, period))) {
    const { docs } = await payload.find({
      collection: 'safety-answers',
      where,
      pagination: false,
      depth: 0,
      select: { answers: true, language: true },
      overrideAccess: true,
    })
    const tally = tallyOf(
      docs.map((d) => ({ answers: (d.answers ?? {}) as Record<string, boolean>, language: d.language })),
    )
    try {
      await payload.create({
        collection: 'safety-tallies',
        data: { site, period, tally: tally as unknown as Record<string, unknown> },
        depth: 0,
        overrideAccess: true,
      })
      archived = true
    } catch (error) {
      // Another run stored this site's tally a moment ago (one per site and period): it stands.
      if (!(await archivedTally(payload, site, period))) throw error
    }
  }
  // Only with the tally stored: until then the rows are all there is of these answers.
  const { totalDocs } = await payload.count({ collection: 'safety-answers', where, overrideAccess: true })
  // Straight to the database: rows without hooks, versions or files, thousands of them at a time.
  await payload.db.deleteMany({ collection: 'safety-answers', where })
  return { archived, deleted: totalDocs }
}
