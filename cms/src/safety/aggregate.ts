/**
 * What a company and the secretariat see of JP-MIRAI Safety: per site and period, how many workers
 * answered and, per question, how many answered "yes". A group smaller than the threshold shows
 * nothing but "not enough answers": with two or three colleagues, a count would tell who said what.
 */

/** Never lower than this, whatever the setting says. */
export const MIN_THRESHOLD = 3
export const DEFAULT_THRESHOLD = 5

export const thresholdOf = (setting: number | null | undefined): number =>
  Math.max(MIN_THRESHOLD, Number.isInteger(setting) ? (setting as number) : DEFAULT_THRESHOLD)

export interface AnswerRow {
  /** One yes/no per question key. */
  answers: Record<string, boolean>
}

export type QuestionFigure =
  | {
      key: string
      yes: number
      /** yes ÷ respondents who answered this question, 0–1. */
      share: number
      /** Respondents who answered it at all. */
      answered: number
    }
  /** Fewer than the threshold answered this question (e.g. one added during the period). */
  | { key: string; yes: null; share: null; answered: null }

export type SiteFigures =
  | { enough: true; respondents: number; questions: QuestionFigure[] }
  | { enough: false; respondents: null; questions: null }

export function aggregate(rows: readonly AnswerRow[], questionKeys: readonly string[], threshold: number): SiteFigures {
  if (rows.length < thresholdOf(threshold)) return { enough: false, respondents: null, questions: null }
  const questions = questionKeys.map((key): QuestionFigure => {
    const given = rows.map((row) => row.answers[key]).filter((value): value is boolean => typeof value === 'boolean')
    if (given.length < thresholdOf(threshold)) return { key, yes: null, share: null, answered: null }
    const yes = given.filter(Boolean).length
    return { key, yes, answered: given.length, share: yes / given.length }
  })
  return { enough: true, respondents: rows.length, questions }
}

/**
 * Totals over several sites hide the sites below the threshold — unless the hidden ones could be
 * worked out from the total minus the sites shown, when the total is hidden too.
 */
export function totalOf(
  sites: readonly { rows: readonly AnswerRow[] }[],
  questionKeys: readonly string[],
  threshold: number,
): SiteFigures {
  const limit = thresholdOf(threshold)
  const hidden = sites.filter((site) => site.rows.length < limit)
  const hiddenCount = hidden.reduce((sum, site) => sum + site.rows.length, 0)
  if (hiddenCount > 0 && hiddenCount < limit) return { enough: false, respondents: null, questions: null }
  return aggregate(
    sites.flatMap((site) => site.rows),
    questionKeys,
    threshold,
  )
}
