/**
 * The figures companies and the secretariat read, assembled from tallies (tally.ts) by the rules
 * of aggregate.ts: a company's report for a period (its sites, their total, the period before),
 * and the secretariat's totals for a fiscal year. The endpoints (reportEndpoints.ts), the printable
 * page (reportHtml.ts) and the admin view all read these, so they cannot disagree on a figure.
 */
import { tokyoDay } from '@mirai/content-schemas/dates'
import { richTextToHtml } from '@mirai/content-schemas/richtext'
import {
  CODE_OF_CONDUCT_COMMITMENTS,
  PREFECTURE_TERMS,
  type SAFETY_SEVERITIES,
  type CommitmentKey,
} from '@mirai/content-schemas/taxonomies'
import type { Payload } from 'payload'

import type { SafetyCheck, SafetyPeriod } from '../payload-types'
import { idOf } from '../utilities/idOf'
import {
  figuresOf,
  totalOf,
  type LanguageFigures,
  type QuestionFigure,
  type SiteFigures,
  type TotalFigures,
  type TotalQuestionFigure,
} from './aggregate'
import { fiscalYearOf, hasEnded } from './periods'
import { safetySettings } from './settings'
import { readTally, type Tally } from './tally'

export const REPORT_LANGUAGES = ['ja', 'en'] as const
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number]
export type Bilingual = Record<ReportLanguage, string>

export interface PeriodInfo {
  id: string
  label: string
  startsOn: string
  endsOn: string
}

export interface ReportQuestion {
  key: string
  section: { key: string; title: Bilingual }
  severity: (typeof SAFETY_SEVERITIES)[number]['value']
  commitment: { value: CommitmentKey; number: number; label: Bilingual } | null
  /** The question as workers read it: safe inline HTML (furigana as ruby), in each language. */
  text: Bilingual
  /** For companies: what a "yes" means, and what to do. Empty where nobody has written it. */
  explanation: Bilingual
  action: Bilingual
}

/** A company's total: what the company sees of it (no languages, which only the year shows). */
export type CompanyTotal = TotalFigures extends infer F ? (F extends unknown ? Omit<F, 'languages'> : never) : never

export interface SiteReport {
  id: string
  name: string
  prefecture: Bilingual
  figures: SiteFigures
  /** The same site in the period before; null when there is none. */
  previous: SiteFigures | null
}

export interface CompanyReport {
  participant: { id: string; name: Bilingual }
  period: PeriodInfo
  previousPeriod: PeriodInfo | null
  threshold: number
  questions: ReportQuestion[]
  /** The sites that existed by the period's last day. */
  sites: SiteReport[]
  total: CompanyTotal
  previousTotal: CompanyTotal | null
}

export interface YearTotals {
  fiscalYear: number
  /** First and last day of the fiscal year (April to March, days in Japan). */
  from: string
  to: string
  /** The periods counted: those whose last day falls in the year and is over. */
  periods: PeriodInfo[]
  /** Periods ending in the year that are still open, not counted yet. */
  notEnded: PeriodInfo[]
  threshold: number
  /** The questions the figures are in the order of. */
  questions: { key: string; text: Bilingual }[]
  figures: TotalFigures
}

const periodInfo = (p: SafetyPeriod): PeriodInfo => ({
  id: String(p.id),
  label: p.label,
  startsOn: tokyoDay(p.startsOn),
  endsOn: tokyoDay(p.endsOn),
})

const labels = (terms: readonly { value: string; label: Partial<Record<string, string>> }[], value: string) => {
  const label = terms.find((t) => t.value === value)?.label ?? {}
  return { ja: label.ja ?? value, en: label.en ?? value }
}

/** A question is a sentence or two: its paragraphs run on, so it fits a table cell or a heading. */
const inline = (html: string) =>
  html
    .replace(/<(p|h[1-6])(\s[^>]*)?>/g, '')
    .replace(/<\/(p|h[1-6])>/g, ' ')
    .trim()

type CheckQuestion = NonNullable<NonNullable<SafetyCheck['sections']>[number]['questions']>[number]

/** The questions of the safety check, in order, with what companies are told about each. */
export async function reportQuestions(payload: Payload): Promise<ReportQuestion[]> {
  const [ja, en] = await Promise.all(
    REPORT_LANGUAGES.map((locale) =>
      payload.findGlobal({ slug: 'safety-check', locale, depth: 0, overrideAccess: true }),
    ),
  )
  // Rows are the same in every language (translators cannot add or move them): pair them by place.
  return (ja!.sections ?? []).flatMap((section, i) =>
    (section.questions ?? []).map((question, j): ReportQuestion => {
      const other: Partial<CheckQuestion> = en!.sections?.[i]?.questions?.[j] ?? {}
      const both = (pick: (q: Partial<CheckQuestion>) => string | null | undefined): Bilingual => ({
        ja: pick(question) ?? '',
        en: pick(other) ?? '',
      })
      const commitment = CODE_OF_CONDUCT_COMMITMENTS.find((c) => c.value === question.commitment)
      return {
        key: question.key,
        section: { key: section.key, title: { ja: section.title, en: en!.sections?.[i]?.title ?? section.title } },
        severity: question.severity,
        commitment: commitment
          ? {
              value: commitment.value,
              number: commitment.number,
              label: labels(CODE_OF_CONDUCT_COMMITMENTS, commitment.value),
            }
          : null,
        text: both((q) => (q.text ? inline(richTextToHtml(q.text)) : '')),
        explanation: both((q) => q.forCompanies?.explanation),
        action: both((q) => q.forCompanies?.action),
      }
    }),
  )
}

interface SiteRow {
  id: string
  name: string
  prefecture: string
  participant: string | null
  createdAt: string
}

async function sitesOf(payload: Payload, participant?: string): Promise<SiteRow[]> {
  const { docs } = await payload.find({
    collection: 'business-sites',
    where: participant ? { participant: { equals: participant } } : undefined,
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, prefecture: true, participant: true, createdAt: true },
    overrideAccess: true,
  })
  return docs.map((d) => ({
    id: String(d.id),
    name: d.name,
    prefecture: d.prefecture,
    participant: idOf(d.participant),
    createdAt: d.createdAt,
  }))
}

const withoutLanguages = ({ languages: _, ...rest }: TotalFigures) => rest as CompanyTotal

/**
 * A company's figures for a period that has ended (the caller checks it has, and that the reader
 * may see this participant). Its total is the node of the tree the year's totals are made of:
 * every site the participant has, whatever its state, so both count the same cells.
 */
export async function companyReport(
  payload: Payload,
  participantId: string,
  period: SafetyPeriod,
  previous: SafetyPeriod | null,
): Promise<CompanyReport> {
  const [questions, { threshold }, sites, names] = await Promise.all([
    reportQuestions(payload),
    safetySettings(payload),
    sitesOf(payload, participantId),
    Promise.all(
      REPORT_LANGUAGES.map((locale) =>
        payload.findByID({ collection: 'organisations', id: participantId, locale, depth: 0, overrideAccess: true }),
      ),
    ),
  ])
  const keys = questions.map((q) => q.key)
  const tallies = async (p: SafetyPeriod) => Promise.all(sites.map((site) => readTally(payload, site.id, String(p.id))))
  const [now, before] = await Promise.all([tallies(period), previous ? tallies(previous) : null])
  const lastDay = tokyoDay(period.endsOn)
  return {
    participant: { id: participantId, name: { ja: names[0]!.name, en: names[1]!.name } },
    period: periodInfo(period),
    previousPeriod: previous ? periodInfo(previous) : null,
    threshold,
    questions,
    sites: sites
      .map((site, i) => ({ site, i }))
      // A site made after the period had no workers answering in it (unless answers were imported).
      .filter(({ site, i }) => tokyoDay(site.createdAt) <= lastDay || now[i]!.respondents > 0)
      .map(({ site, i }) => ({
        id: site.id,
        name: site.name,
        prefecture: labels(PREFECTURE_TERMS, site.prefecture),
        figures: figuresOf(now[i]!, keys, threshold),
        previous: before ? figuresOf(before[i]!, keys, threshold) : null,
      })),
    total: withoutLanguages(totalOf(now, keys, threshold)),
    previousTotal: before ? withoutLanguages(totalOf(before, keys, threshold)) : null,
  }
}

/** First and last day of a fiscal year. */
export const fiscalYearDays = (year: number) => ({ from: `${year}-04-01`, to: `${year + 1}-03-31` })

/**
 * The secretariat's totals for a fiscal year: every site of every participant, over the periods
 * whose last day falls in the year and is over. The tree is year → company and period → site,
 * the company-and-period nodes being exactly those of the companies' reports.
 */
export async function yearTotals(
  payload: Payload,
  fiscalYear: number,
  periods: readonly SafetyPeriod[],
  now: Date = new Date(),
): Promise<YearTotals> {
  const [questions, { threshold }, sites] = await Promise.all([
    reportQuestions(payload),
    safetySettings(payload),
    sitesOf(payload),
  ])
  const inYear = periods.filter((p) => fiscalYearOf(p.endsOn) === fiscalYear)
  const counted = inYear.filter((p) => hasEnded(p, now))
  const byParticipant = new Map<string, SiteRow[]>()
  for (const site of sites) {
    const key = site.participant ?? ''
    byParticipant.set(key, [...(byParticipant.get(key) ?? []), site])
  }
  const groups: Tally[][] = []
  for (const period of counted)
    for (const group of byParticipant.values())
      groups.push(await Promise.all(group.map((site) => readTally(payload, site.id, String(period.id)))))
  return {
    fiscalYear,
    ...fiscalYearDays(fiscalYear),
    periods: counted.map(periodInfo),
    notEnded: inYear.filter((p) => !hasEnded(p, now)).map(periodInfo),
    threshold,
    questions: questions.map((q) => ({ key: q.key, text: q.text })),
    figures: totalOf(
      groups,
      questions.map((q) => q.key),
      threshold,
    ),
  }
}

/**
 * The change in the share of "yes" from the period before, in percentage points — only where both
 * periods show the question.
 */
export function trendOf(
  now: QuestionFigure | TotalQuestionFigure | undefined,
  before: QuestionFigure | TotalQuestionFigure | undefined,
): number | null {
  if (!now || !before || now.share === null || before.share === null) return null
  return Math.round(now.share * 100) - Math.round(before.share * 100)
}

export type { LanguageFigures }
