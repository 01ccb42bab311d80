import type { Payload } from 'payload'

/**
 * The counts of one site's answers in one period — all that figures, reports and yearly totals are
 * made from. Raw answers are tallied while they exist; once the retention job has deleted them,
 * the tally it archived first stands in for them, so past periods keep their figures.
 */
export interface Tally {
  respondents: number
  /** Per question key: respondents who answered it, and how many of them said "yes". */
  questions: Record<string, { yes: number; answered: number }>
  /** Respondents per site language. */
  languages: Record<string, number>
}

export interface TalliedAnswer {
  answers: Record<string, boolean>
  language?: string | null
}

export const emptyTally = (): Tally => ({ respondents: 0, questions: {}, languages: {} })

export function tallyOf(rows: readonly TalliedAnswer[]): Tally {
  const tally = emptyTally()
  for (const row of rows) {
    tally.respondents += 1
    if (row.language) tally.languages[row.language] = (tally.languages[row.language] ?? 0) + 1
    for (const [key, value] of Object.entries(row.answers)) {
      if (typeof value !== 'boolean') continue
      const question = (tally.questions[key] ??= { yes: 0, answered: 0 })
      question.answered += 1
      if (value) question.yes += 1
    }
  }
  return tally
}

export function addTallies(tallies: readonly Tally[]): Tally {
  const sum = emptyTally()
  for (const tally of tallies) {
    sum.respondents += tally.respondents
    for (const [lang, n] of Object.entries(tally.languages)) sum.languages[lang] = (sum.languages[lang] ?? 0) + n
    for (const [key, q] of Object.entries(tally.questions)) {
      const into = (sum.questions[key] ??= { yes: 0, answered: 0 })
      into.yes += q.yes
      into.answered += q.answered
    }
  }
  return sum
}

/** The tally the retention job archived for a site and period, if it has (server code only). */
export async function archivedTally(payload: Payload, site: string, period: string): Promise<Tally | null> {
  const { docs } = await payload.find({
    collection: 'safety-tallies',
    where: { and: [{ site: { equals: site } }, { period: { equals: period } }] },
    limit: 1,
    depth: 0,
    select: { tally: true },
    overrideAccess: true,
  })
  return docs[0] ? (docs[0].tally as unknown as Tally) : null
}

/**
 * The tally of a site in a period (server code only: access is bypassed): the archived one where
 * the retention job has written it, otherwise counted from the raw answers. An archive wins over
 * raw rows still there (a job stopped between archiving and deleting): it was counted from those
 * very rows, and adding both would count each worker twice. The raw rows are read first and the
 * archive second, so a job archiving and deleting in between leaves the archive to be found.
 */
export async function readTally(payload: Payload, site: string, period: string): Promise<Tally> {
  const { docs } = await payload.find({
    collection: 'safety-answers',
    where: { and: [{ site: { equals: site } }, { period: { equals: period } }] },
    pagination: false,
    depth: 0,
    select: { answers: true, language: true },
    overrideAccess: true,
  })
  const archived = await archivedTally(payload, site, period)
  return (
    archived ??
    tallyOf(docs.map((d) => ({ answers: (d.answers ?? {}) as Record<string, boolean>, language: d.language })))
  )
}
