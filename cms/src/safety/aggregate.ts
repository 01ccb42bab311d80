/**
 * What a company and the secretariat see of JP-MIRAI Safety: per site and period, how many workers
 * answered and, per question, how many answered "yes"; totals per company and period, and per
 * fiscal year. A group smaller than the threshold shows nothing but "not enough answers": with two
 * or three colleagues, a count would tell who said what. Every figure is made from tallies
 * (tally.ts), never from answer rows.
 *
 * ## Totals, and what they must not give away
 *
 * A total is a sum of cells — one site in one period — and whoever sees it also sees figures of
 * parts of it: a company sees its total and its sites, the secretariat sees those and the year's
 * total. Subtracting the parts shown from a total gives the sum of the parts hidden, so hiding a
 * small site is worth nothing if the total counts it and is shown in full. The rule:
 *
 * 1. The figures form one tree: cells ⊂ a company's period ⊂ the fiscal year. Every figure anyone
 *    sees is a node of that tree, computed by `totalOf` from exactly the same cells wherever it
 *    appears (a company's report and the secretariat's year group a company's sites alike).
 * 2. Each measure is judged on its own: the respondents, and each question (its "yes" among those
 *    who answered it). A cell shows a question only if the site has enough respondents *and*
 *    enough of them answered that question (one added during the period may not).
 * 3. At each node, the *residual* of a measure is what the viewer cannot account for: the cells
 *    not covered by a figure shown in full further down. A node is shown in full (`complete`) when
 *    its residual is empty or reaches the threshold — then the residual is a group at least as
 *    large as any site we show, and the node counts as known to the nodes above it. Otherwise the
 *    node shows only what is already covered (the sum of figures the viewer sees anyway, so
 *    nothing new), marked `complete: false`, and its residual stays unknown to the nodes above.
 *    The year therefore never reveals a small site by "year − company totals − sites shown".
 * 4. Respondents per language (the year only, where no smaller figure has languages) are counted
 *    over the same cells as the respondents shown; a language below the threshold joins "other
 *    languages", and if "other" would be a group below the threshold, the smallest languages shown
 *    join it too, so "total − languages shown" never tells a small group's size.
 *
 * Why not hide every total with a hidden site in it: a company whose affiliates' workplaces each
 * have three or four respondents would see nothing at all, while together they are dozens.
 *
 * What this does not protect against, and is left to the secretariat's practice: a figure seen
 * before and after a change to the tree — a site deleted (its answers go with it) or moved to
 * another participant, or the threshold raised — lets old and new reports be compared; a full
 * total that loses one small site of its residual tells that site's figures. So deactivate a site
 * rather than delete it once its figures have been reported, and do not raise the threshold for
 * periods already reported. And a group's figure tells something of each member when all or none
 * of them said "yes"; that is what a group figure is, and it is not hidden.
 */
import type { Tally } from './tally'

/** Never lower than this, whatever the setting says. */
export const MIN_THRESHOLD = 3
export const DEFAULT_THRESHOLD = 5

export const thresholdOf = (setting: number | null | undefined): number =>
  Math.max(MIN_THRESHOLD, Number.isInteger(setting) ? (setting as number) : DEFAULT_THRESHOLD)

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

const NOT_ENOUGH = { enough: false, respondents: null, questions: null } as const
const hiddenQuestion = (key: string) => ({ key, yes: null, share: null, answered: null }) as const

/** One site's figures in one period. */
export function figuresOf(tally: Tally, questionKeys: readonly string[], threshold: number): SiteFigures {
  const limit = thresholdOf(threshold)
  if (tally.respondents < limit) return NOT_ENOUGH
  return {
    enough: true,
    respondents: tally.respondents,
    questions: questionKeys.map((key): QuestionFigure => {
      const q = tally.questions[key]
      if (!q || q.answered < limit) return hiddenQuestion(key)
      return { key, yes: q.yes, answered: q.answered, share: q.yes / q.answered }
    }),
  }
}

/** A node of the tree: one cell (a site's tally in a period), or a group of nodes. */
export type Group = Tally | readonly Group[]

export type TotalQuestionFigure =
  | (Extract<QuestionFigure, { yes: number }> & {
      /** False: answers of groups too small to show are left out of this figure. */
      complete: boolean
    })
  | Extract<QuestionFigure, { yes: null }>

export interface LanguageFigures {
  /** Languages with enough respondents, most first. */
  shown: { language: string; respondents: number }[]
  /** Respondents of every other language together: 0, or at least the threshold. */
  other: number
}

export type TotalFigures =
  | {
      enough: true
      respondents: number
      /** False: respondents of sites too few to show, and together too few, are left out. */
      complete: boolean
      questions: TotalQuestionFigure[]
      languages: LanguageFigures
    }
  | { enough: false; respondents: null; complete: null; questions: null; languages: null }

interface Measure {
  /** The size of a cell's group for this measure (respondents, or those who answered a question). */
  size(cell: Tally): number
  shownAtCell(cell: Tally): boolean
}

/** The cells a node's figure is made of, and the cells it leaves unknown to the nodes above. */
interface Judged {
  covered: Tally[]
  residual: Tally[]
  complete: boolean
}

const isCell = (node: Group): node is Tally => !Array.isArray(node)

function judge(node: Group, measure: Measure, limit: number): Judged {
  if (isCell(node))
    return measure.shownAtCell(node)
      ? { covered: [node], residual: [], complete: true }
      : { covered: [], residual: [node], complete: false }
  const parts = node.map((child) => judge(child, measure, limit))
  const covered = parts.flatMap((p) => p.covered)
  const residual = parts.flatMap((p) => p.residual)
  const unknown = residual.reduce((sum, cell) => sum + measure.size(cell), 0)
  if (unknown === 0 || unknown >= limit) return { covered: [...covered, ...residual], residual: [], complete: true }
  return { covered, residual, complete: false }
}

/** Which measure a figure counts: the respondents, or those who answered one question. */
export type MeasureKey = { respondents: true } | { question: string }

function measureOf(which: MeasureKey, limit: number): Measure {
  if ('respondents' in which) return { size: (c) => c.respondents, shownAtCell: (c) => c.respondents >= limit }
  const answered = (c: Tally) => c.questions[which.question]?.answered ?? 0
  return { size: answered, shownAtCell: (c) => c.respondents >= limit && answered(c) >= limit }
}

/**
 * The cells a group's figure of one measure counts, and whether that is all of them: what
 * `totalOf` sums (and what the tests check no subtraction can get around).
 */
export function countedCells(
  parts: readonly Group[],
  which: MeasureKey,
  threshold: number,
): { cells: Tally[]; complete: boolean } {
  const judged = judge(parts, measureOf(which, thresholdOf(threshold)), thresholdOf(threshold))
  return { cells: judged.covered, complete: judged.complete }
}

function languagesOf(cells: readonly Tally[], respondents: number, limit: number): LanguageFigures {
  const counts = new Map<string, number>()
  for (const cell of cells)
    for (const [language, n] of Object.entries(cell.languages)) counts.set(language, (counts.get(language) ?? 0) + n)
  const shown = [...counts]
    .filter(([, n]) => n >= limit)
    .map(([language, n]) => ({ language, respondents: n }))
    .sort((a, b) => b.respondents - a.respondents || a.language.localeCompare(b.language))
  // Respondents without a language are "other" too: what the total holds beyond the languages shown.
  let other = respondents - shown.reduce((sum, l) => sum + l.respondents, 0)
  while (other > 0 && other < limit && shown.length > 0) other += shown.pop()!.respondents
  return { shown, other }
}

/**
 * The figures of a group of cells (or of groups), by the rule above: `parts` are its children in
 * the tree, given with the same nesting wherever the same figures are shown.
 */
export function totalOf(parts: readonly Group[], questionKeys: readonly string[], threshold: number): TotalFigures {
  const limit = thresholdOf(threshold)
  const people = countedCells(parts, { respondents: true }, limit)
  const respondents = people.cells.reduce((sum, cell) => sum + cell.respondents, 0)
  if (respondents < limit) return { ...NOT_ENOUGH, complete: null, languages: null }
  return {
    enough: true,
    respondents,
    complete: people.complete,
    questions: questionKeys.map((key): TotalQuestionFigure => {
      const { cells, complete } = countedCells(parts, { question: key }, limit)
      const answered = cells.reduce((sum, c) => sum + (c.questions[key]?.answered ?? 0), 0)
      if (answered < limit) return hiddenQuestion(key)
      const yes = cells.reduce((sum, c) => sum + (c.questions[key]?.yes ?? 0), 0)
      return { key, yes, answered, share: yes / answered, complete }
    }),
    languages: languagesOf(people.cells, respondents, limit),
  }
}
