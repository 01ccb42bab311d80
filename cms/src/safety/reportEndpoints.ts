/**
 * GET /api/safety-reports/company?participant=<id>&period=<id>&lang=ja|en[&format=json] — a
 * company's feedback report for a period that has ended: a printable page (the "PDF" is the
 * browser's Save as PDF) or, with format=json, its figures for the admin. A company account reads
 * its own participant's only (participant may be left out); the secretariat any participant's.
 *
 * GET /api/safety-reports/year?fiscalYear=<YYYY> — the secretariat's totals for a fiscal year
 * (April to March), the figures the annual report quotes.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { isCompany, isStaff, participantOf } from '../access/roles'
import { endedPeriod, idParam, periodsInOrder } from './periods'
import { companyReport, REPORT_LANGUAGES, yearTotals, type CompanyReport, type ReportLanguage } from './report'
import { REPORT_CSP, renderCompanyReport } from './reportHtml'

const refuse = (message: string, status: number): never => {
  throw new APIError(message, status, undefined, true)
}

type Asker = PayloadRequest['user']

/**
 * The participant whose report `user` may read, from what they asked: their own for a company
 * account (another one is "not found", as one that does not exist), any participant for the
 * secretariat, nobody's for anyone else.
 */
function mayReadReports(user: Asker): void {
  if (!user) refuse('Sign in to see feedback reports', 401)
  if (!isStaff(user) && !isCompany(user))
    refuse('Feedback reports are for the secretariat and the Collaborative Program’s companies', 403)
}

async function participantFor(req: PayloadRequest, asked: unknown): Promise<string> {
  const user: Asker = req.user
  mayReadReports(user)
  const notFound = () => refuse('No such participant', 404)
  if (asked !== undefined && idParam(asked) === null)
    return refuse('participant is the id of a participant organisation', 400)
  const id = asked === undefined ? null : idParam(asked)
  if (isCompany(user)) {
    const own = participantOf(user)
    if (!own || (id !== null && id !== own)) return notFound()
    return own
  }
  if (id === null) return refuse('Say which participant: ?participant=<organisation id>', 400)
  const org = await req.payload
    .findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!org) return notFound()
  if (!org.programme?.participant) {
    // A former participant keeps its reports as long as it has sites.
    const { totalDocs } = await req.payload.count({
      collection: 'business-sites',
      where: { participant: { equals: id } },
      overrideAccess: true,
    })
    if (totalDocs === 0) return notFound()
  }
  return id
}

/** The report a request asks for, with its access checked: what the endpoint and the admin view show. */
export async function askedReport(req: PayloadRequest, query: Record<string, unknown>): Promise<CompanyReport> {
  const participant = await participantFor(req, query.participant)
  const { period, previous } = endedPeriod(await periodsInOrder(req.payload), query.period)
  return companyReport(req.payload, participant, period, previous)
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string): T => {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return refuse(`${name} is one of: ${allowed.join(', ')}`, 400)
}

export const companyReportEndpoint: Endpoint = {
  path: '/safety-reports/company',
  method: 'get',
  handler: async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    mayReadReports(req.user)
    // Checked before anything is read, so a bad address says what is wrong with it.
    const lang = oneOf<ReportLanguage>(query.lang, REPORT_LANGUAGES, 'ja', 'lang')
    const format = oneOf(query.format, ['html', 'json'] as const, 'html', 'format')
    const report = await askedReport(req, query)
    if (format === 'json') return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    return new Response(renderCompanyReport(report, lang), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': REPORT_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
        'content-language': lang,
      },
    })
  },
}

export const yearTotalsEndpoint: Endpoint = {
  path: '/safety-reports/year',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse('Sign in to see the yearly totals', 401)
    if (!isStaff(req.user)) return refuse('The yearly totals are the secretariat’s', 403)
    const asked = (req.query ?? {}).fiscalYear
    const year = typeof asked === 'string' && /^\d{4}$/.test(asked) ? Number(asked) : NaN
    if (!(year >= 2000 && year <= 2999))
      return refuse('Say which fiscal year: ?fiscalYear=2026 (April 2026 to March 2027)', 400)
    const totals = await yearTotals(req.payload, year, await periodsInOrder(req.payload))
    return Response.json(totals, { headers: { 'cache-control': 'no-store' } })
  },
}

export const safetyReportEndpoints: Endpoint[] = [companyReportEndpoint, yearTotalsEndpoint]
