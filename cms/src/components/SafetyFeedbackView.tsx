/**
 * /admin/safety-feedback — JP-MIRAI Safety's figures in the admin. A company account sees its own
 * sites per period that has ended, with links to the printable report in Japanese and English;
 * the secretariat picks any participant, and sees the totals of a fiscal year. Server-rendered
 * from the same report the endpoints serve (safety/report.ts), with the same access checks.
 */
import { LOCALES } from '@mirai/content-schemas/locales'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { APIError, type AdminViewServerProps, type PayloadRequest } from 'payload'
import React from 'react'

import { isCompany, isStaff, participantOf } from '../access/roles'
import type { QuestionFigure, SiteFigures } from '../safety/aggregate'
import { fiscalYearOf, hasEnded, periodsInOrder } from '../safety/periods'
import { trendOf, yearTotals, type CompanyReport, type CompanyTotal, type ReportLanguage } from '../safety/report'
import { askedReport } from '../safety/reportEndpoints'
import { trendMark } from '../safety/reportHtml'
import { reportText } from '../safety/reportText'

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const percent = (share: number) => `${Math.round(share * 100)}%`
const cell: React.CSSProperties = { padding: '0.3em 0.6em', borderTop: '1px solid var(--theme-elevation-150)' }
const num: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' }

/** The question's text is the safe HTML the report makes (furigana as ruby). */
const QuestionText = ({ html }: { html: string }) => <span dangerouslySetInnerHTML={{ __html: html }} />

function Figure({
  figure,
  before,
  lang,
}: {
  figure: QuestionFigure | undefined
  before: QuestionFigure | undefined
  lang: ReportLanguage
}) {
  if (!figure || figure.share === null)
    return <td style={{ ...num, color: 'var(--theme-elevation-500)' }}>{reportText('questionHidden', lang)}</td>
  const partial = 'complete' in figure && figure.complete === false
  return (
    <td style={num}>
      {figure.yes}
      {partial ? '*' : ''} ({percent(figure.share)}) <small>{trendMark(trendOf(figure, before))}</small>
    </td>
  )
}

function ReportTable({ report, lang }: { report: CompanyReport; lang: ReportLanguage }) {
  const columns: {
    id: string
    name: string
    figures: SiteFigures | CompanyTotal
    before: SiteFigures | CompanyTotal | null
  }[] = [
    { id: 'total', name: reportText('summary', lang), figures: report.total, before: report.previousTotal },
    ...report.sites.map((s) => ({ id: s.id, name: s.name, figures: s.figures, before: s.previous })),
  ]
  const notEnough = reportText('notEnough', lang, report.threshold)
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="safety-figures">
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'left' }}>
              {reportText('question', lang)}
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" style={num}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" style={{ ...cell, textAlign: 'left' }}>
              {reportText('respondents', lang)}
            </th>
            {columns.map((c) => (
              <td key={c.id} style={num}>
                {c.figures.enough ? (
                  <>
                    {c.figures.respondents}
                    {'complete' in c.figures && c.figures.complete === false ? '*' : ''}
                  </>
                ) : (
                  notEnough
                )}
              </td>
            ))}
          </tr>
          {report.questions.map((q, i) => (
            <tr key={q.key}>
              <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400 }}>
                Q{i + 1}. <QuestionText html={q.text[lang] || q.text.ja} />
                {q.commitment && (
                  <small style={{ display: 'block', color: 'var(--theme-elevation-600)' }}>
                    {reportText('commitment', lang)} {q.commitment.number}: {q.commitment.label[lang]}
                  </small>
                )}
              </th>
              {columns.map((c) =>
                c.figures.enough ? (
                  <Figure
                    key={c.id}
                    figure={c.figures.questions[i]}
                    before={c.before?.enough ? c.before.questions[i] : undefined}
                    lang={lang}
                  />
                ) : (
                  <td key={c.id} style={num} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <small>
          {reportText('trendLegend', lang)} {reportText('partial', lang, report.threshold)}
        </small>
      </p>
    </div>
  )
}

async function YearSection({
  req,
  asked,
  lang,
  linkFor,
}: {
  req: PayloadRequest
  asked: unknown
  lang: ReportLanguage
  linkFor: (year: number) => string
}) {
  const periods = await periodsInOrder(req.payload)
  const years = [...new Set(periods.filter((p) => hasEnded(p)).map((p) => fiscalYearOf(p.endsOn)))].sort().reverse()
  const year = typeof asked === 'string' && /^\d{4}$/.test(asked) ? Number(asked) : years[0]
  if (year === undefined)
    return <p>{lang === 'ja' ? '終了した集計期間はまだありません。' : 'No period has ended yet.'}</p>
  const totals = await yearTotals(req.payload, year, periods)
  const languageName = (code: string) => {
    const l = LOCALES.find((x) => x.code === code)
    return l ? (lang === 'ja' ? l.nativeName : l.englishName) : code
  }
  const f = totals.figures
  return (
    <section data-testid="safety-year">
      <p>
        {years.map((y, i) => (
          <React.Fragment key={y}>
            {i > 0 && ' · '}
            <a href={linkFor(y)} aria-current={y === year ? 'page' : undefined}>
              {`FY${y}`}
            </a>
          </React.Fragment>
        ))}{' '}
        | <a href={`/api/safety-reports/year?fiscalYear=${year}`}>JSON</a>
      </p>
      <p>
        {`FY${year} (${totals.from} – ${totals.to}): ${
          totals.periods.map((p) => p.label).join(', ') || (lang === 'ja' ? '集計期間なし' : 'no period')
        }${
          totals.notEnded.length > 0
            ? ` (${lang === 'ja' ? '未終了・未集計' : 'not ended, not counted'}: ${totals.notEnded.map((p) => p.label).join(', ')})`
            : ''
        }`}
      </p>
      {!f.enough ? (
        <p>{reportText('notEnough', lang, totals.threshold)}</p>
      ) : (
        <>
          <p>
            <strong>{`${reportText('respondents', lang)}: ${f.respondents}${f.complete ? '' : '*'}`}</strong> —{' '}
            {[
              ...f.languages.shown.map((l) => `${languageName(l.language)} ${l.respondents}`),
              ...(f.languages.other > 0 ? [`${lang === 'ja' ? 'その他' : 'other'} ${f.languages.other}`] : []),
            ].join(' · ')}
          </p>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ ...cell, textAlign: 'left' }}>{reportText('question', lang)}</th>
                <th style={num}>{reportText('yes', lang)}</th>
                <th style={num}>{reportText('share', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {f.questions.map((q, i) => (
                <tr key={q.key}>
                  <td style={cell}>
                    Q{i + 1}. <QuestionText html={totals.questions[i]?.text[lang] || q.key} />
                  </td>
                  {q.share === null ? (
                    <td style={num} colSpan={2}>
                      {reportText('questionHidden', lang)}
                    </td>
                  ) : (
                    <>
                      <td style={num}>
                        {q.yes}/{q.answered}
                        {q.complete ? '' : '*'}
                      </td>
                      <td style={num}>{percent(q.share)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

export async function SafetyFeedbackView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const lang: ReportLanguage = req.i18n?.language === 'ja' ? 'ja' : 'en'
  const staff = isStaff(user)
  const allowed = staff || (isCompany(user) && participantOf(user) !== null)

  let body: React.ReactNode
  if (!allowed) body = <p>This page is for the secretariat and the Collaborative Program’s companies.</p>
  else {
    const periods = (await periodsInOrder(req.payload)).filter((p) => hasEnded(p)).reverse()
    const participants = staff
      ? (
          await req.payload.find({
            collection: 'organisations',
            where: { 'programme.participant': { equals: true } },
            sort: 'name',
            pagination: false,
            depth: 0,
            locale: lang,
            select: { name: true },
            overrideAccess: true,
          })
        ).docs
      : []
    const participant = staff
      ? String(first(searchParams?.participant) ?? participants[0]?.id ?? '')
      : participantOf(user)!
    const period = String(first(searchParams?.period) ?? periods[0]?.id ?? '')
    const fiscalYear = first(searchParams?.fiscalYear)
    const link = (over: Record<string, string>) =>
      `?${new URLSearchParams({
        ...(staff ? { participant } : {}),
        period,
        ...(typeof fiscalYear === 'string' ? { fiscalYear } : {}),
        ...over,
      }).toString()}`
    let report: CompanyReport | null = null
    let problem: string | null = null
    if (periods.length === 0)
      problem = lang === 'ja' ? '終了した集計期間はまだありません。' : 'No period has ended yet.'
    else
      try {
        report = await askedReport(req, { participant, period })
      } catch (error) {
        if (!(error instanceof APIError)) throw error
        problem = error.message
      }
    const printable = (l: ReportLanguage) =>
      `/api/safety-reports/company?${new URLSearchParams({ participant, period, lang: l }).toString()}`
    body = (
      <>
        {staff && (
          <p>
            {reportText('company', lang)}:{' '}
            {participants.map((p, i) => (
              <React.Fragment key={p.id}>
                {i > 0 && ' · '}
                <a
                  href={link({ participant: String(p.id) })}
                  aria-current={String(p.id) === participant ? 'page' : undefined}
                >
                  {p.name}
                </a>
              </React.Fragment>
            ))}
          </p>
        )}
        <p>
          {reportText('period', lang)}:{' '}
          {periods.map((p, i) => (
            <React.Fragment key={p.id}>
              {i > 0 && ' · '}
              <a href={link({ period: String(p.id) })} aria-current={String(p.id) === period ? 'page' : undefined}>
                {p.label}
              </a>
            </React.Fragment>
          ))}
        </p>
        {problem && <p role="alert">{problem}</p>}
        {report && (
          <>
            <h2>
              {report.participant.name[lang]} — {report.period.label}
            </h2>
            <p>
              {lang === 'ja' ? '印刷用の報告（PDFに保存できます）' : 'Printable report (save it as PDF)'}:{' '}
              <a href={printable('ja')} target="_blank" rel="noopener" lang="ja">
                日本語
              </a>{' '}
              ·{' '}
              <a href={printable('en')} target="_blank" rel="noopener" lang="en">
                English
              </a>
            </p>
            <p>
              <small>{reportText('about', lang, report.threshold)}</small>
            </p>
            <ReportTable report={report} lang={lang} />
          </>
        )}
        {staff && (
          <>
            <h2>{lang === 'ja' ? '年度の合計（全参加企業）' : 'Totals for the fiscal year (all participants)'}</h2>
            <YearSection
              req={req}
              asked={fiscalYear}
              lang={lang}
              linkFor={(year) => link({ fiscalYear: String(year) })}
            />
          </>
        )}
      </>
    )
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Safety feedback / セーフティ・フィードバック</h1>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}
