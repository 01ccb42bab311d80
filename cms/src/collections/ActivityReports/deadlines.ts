/**
 * Which activity reports an organisation owes: every reporting period the secretariat set (see
 * the Reporting periods global) against the organisation's reports. Pure, so the admin banner,
 * the API and the tests agree.
 */
import {
  FISCAL_HALVES,
  REPORT_KIND_TERMS,
  termLabel,
  type ReportDueState,
  type ReportKind,
  type ReportStatus,
} from '@mirai/content-schemas/taxonomies'

export interface ReportingPeriod {
  kind: ReportKind
  fiscalYear: number
  half?: 'first' | 'second' | null
  deadline: string
}

export interface ReportSummary {
  id: string
  title: string
  kind: ReportKind
  fiscalYear: number
  half?: string | null
  status: ReportStatus
}

export interface DueItem {
  period: ReportingPeriod
  report: ReportSummary | null
  state: ReportDueState
  /** Whole days from now to the deadline (negative once it has passed). */
  daysLeft: number
}

const DAY = 24 * 60 * 60 * 1000
const IN_SECRETARIAT_HANDS: ReportStatus[] = ['submitted', 'in-review']

const samePeriod = (period: ReportingPeriod, report: ReportSummary) =>
  report.kind === period.kind &&
  report.fiscalYear === period.fiscalYear &&
  (period.kind !== 'semi-annual-report' || (report.half ?? null) === (period.half ?? null))

export function dueItems(periods: ReportingPeriod[], reports: ReportSummary[], now: Date): DueItem[] {
  return periods
    .map((period) => {
      const report = reports.find((r) => samePeriod(period, r)) ?? null
      const deadline = new Date(period.deadline)
      const daysLeft = Math.floor((deadline.getTime() - now.getTime()) / DAY)
      let state: ReportDueState
      if (report?.status === 'accepted') state = 'accepted'
      else if (report && IN_SECRETARIAT_HANDS.includes(report.status)) state = 'submitted'
      // Not started, a draft, or returned for changes: still the member's to deliver.
      else state = now.getTime() > deadline.getTime() ? 'overdue' : 'due'
      return { period, report, state, daysLeft }
    })
    .sort((a, b) => a.period.deadline.localeCompare(b.period.deadline))
}

export function periodLabel(
  period: Pick<ReportingPeriod, 'kind' | 'fiscalYear' | 'half'>,
  lang: 'ja' | 'en' = 'en',
): string {
  // Mid-sentence in English: "FY2025 annual activity plan", "FY2025 first half activity report".
  if (period.kind === 'annual-plan') {
    const plan = termLabel(REPORT_KIND_TERMS, 'annual-plan', lang)
    return lang === 'ja' ? `${period.fiscalYear}年度 ${plan}` : `FY${period.fiscalYear} ${plan.toLocaleLowerCase('en')}`
  }
  const halfLabel = termLabel(FISCAL_HALVES, period.half === 'second' ? 'second' : 'first', lang)
  const half = lang === 'ja' ? halfLabel : halfLabel.toLocaleLowerCase('en')
  return lang === 'ja' ? `${period.fiscalYear}年度${half} 活動報告` : `FY${period.fiscalYear} ${half} activity report`
}
