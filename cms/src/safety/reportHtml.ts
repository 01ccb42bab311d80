/**
 * A company's feedback report as one printable page, whole in itself: its style inline, no
 * script, no image, nothing fetched from anywhere (the Content-Security-Policy allows only that
 * one style). The "PDF" is the browser's Print → Save as PDF, which the page says on screen.
 */
import { createHash } from 'node:crypto'

import { formatDate } from '@mirai/content-schemas/dates'

import type { QuestionFigure, SiteFigures } from './aggregate'
import { trendOf, type CompanyReport, type CompanyTotal, type ReportLanguage } from './report'
import { reportText } from './reportText'

const STYLE = `
@page { size: A4; margin: 15mm 14mm 18mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { font-family: system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', 'Yu Gothic', sans-serif; font-size: 10.5pt; line-height: 1.55; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 0.4mm solid #444; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
h4 { font-size: 10pt; margin: 2mm 0 0.5mm; }
p { margin: 0 0 1.5mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 5mm; margin: 0 0 3mm; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 0.25mm solid #999; padding: 1mm 1.6mm; vertical-align: top; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
thead th { background: #eee; }
.site, .question { break-inside: avoid; page-break-inside: avoid; }
.hint { border: 0.4mm solid #246; background: #eef4fb; padding: 2mm 3mm; }
.muted { color: #555; }
.small { font-size: 9pt; }
.serious { font-weight: 700; }
rt { font-size: 0.55em; }
footer { margin-top: 8mm; border-top: 0.25mm solid #999; padding-top: 2mm; }
@media print { .screen { display: none; } body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`

/** The policy the page is served with: its own style and nothing else. */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Plain text written in the admin: escaped, its paragraphs kept. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('')

const percent = (share: number) => `${Math.round(share * 100)}%`

export function trendMark(points: number | null): string {
  if (points === null) return ''
  if (points > 0) return `▲ +${points} pt`
  if (points < 0) return `▼ −${-points} pt`
  return '→ ±0 pt'
}

function figuresTable(
  report: CompanyReport,
  lang: ReportLanguage,
  figures: SiteFigures | CompanyTotal,
  previous: SiteFigures | CompanyTotal | null,
): string {
  const t = (key: Parameters<typeof reportText>[0]) => reportText(key, lang, report.threshold)
  if (!figures.enough) return `<p><strong>${escape(t('notEnough'))}</strong></p>`
  const partial = (q: QuestionFigure) => 'complete' in q && q.complete === false
  const rows = report.questions.map((question, i) => {
    const q = figures.questions[i]!
    const before = previous?.enough ? previous.questions[i] : undefined
    const label = `${question.severity === 'serious' ? `<span class="serious">[${escape(t('serious'))}]</span> ` : ''}${
      question.text[lang] || question.text.ja
    }`
    if (q.share === null)
      return `<tr><td>Q${i + 1}. ${label}</td><td class="n muted" colspan="3">${escape(t('questionHidden'))}</td></tr>`
    return `<tr><td>Q${i + 1}. ${label}</td><td class="n">${q.yes}${partial(q) ? '＊' : ''}</td><td class="n">${percent(
      q.share,
    )}</td><td class="n">${escape(trendMark(trendOf(q, before)))}</td></tr>`
  })
  const respondentsTrend =
    previous?.enough && previous.respondents !== null
      ? ` <span class="muted">(${escape(t('previousPeriod'))}: ${previous.respondents})</span>`
      : ''
  const notComplete = 'complete' in figures && (figures.complete === false || figures.questions.some(partial))
  return `<p><strong>${escape(t('respondents'))}: ${figures.respondents}${
    'complete' in figures && figures.complete === false ? '＊' : ''
  }</strong>${respondentsTrend}</p>
<table><thead><tr><th>${escape(t('question'))}</th><th class="n">${escape(t('yes'))}</th><th class="n">${escape(
    t('share'),
  )}</th><th class="n">${escape(t('trend'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>${
    notComplete ? `<p class="small">${escape(t('partial'))}</p>` : ''
  }`
}

/** The whole page, in Japanese or English. */
export function renderCompanyReport(report: CompanyReport, lang: ReportLanguage, today: Date = new Date()): string {
  const t = (key: Parameters<typeof reportText>[0]) => reportText(key, lang, report.threshold)
  const other: ReportLanguage = lang === 'ja' ? 'en' : 'ja'
  const company = report.participant.name[lang] || report.participant.name.ja
  const query = (l: ReportLanguage) =>
    `?participant=${encodeURIComponent(report.participant.id)}&period=${encodeURIComponent(report.period.id)}&lang=${l}`
  const period = (p: { label: string; startsOn: string; endsOn: string }) =>
    `${escape(p.label)} (${escape(formatDate(p.startsOn, lang, 'medium'))} – ${escape(formatDate(p.endsOn, lang, 'medium'))})`
  const sites = report.sites.map(
    (site) =>
      `<section class="site"><h3>${escape(site.name)} <span class="muted small">${escape(
        site.prefecture[lang],
      )}</span></h3>${figuresTable(report, lang, site.figures, site.previous)}</section>`,
  )
  const guidance = report.questions.map((q, i) => {
    const commitment = q.commitment
      ? `<p><strong>${escape(t('commitment'))} ${q.commitment.number}:</strong> ${escape(q.commitment.label[lang])}</p>`
      : ''
    const block = (key: 'explanation' | 'action') => {
      const text = q[key][lang] || q[key][other]
      return `<h4>${escape(t(key))}</h4>${text ? paragraphs(text) : `<p class="muted">${escape(t('notWritten'))}</p>`}`
    }
    return `<section class="question"><h3>Q${i + 1}. ${q.text[lang] || q.text.ja}</h3>${commitment}${block(
      'explanation',
    )}${block('action')}</section>`
  })
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(`${t('title')} — ${company} — ${report.period.label}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="screen hint">${escape(t('printHint'))} · <a href="${escape(query(other))}" hreflang="${other}" lang="${other}">${escape(
    t('otherLanguage'),
  )}</a></p>
<h1>${escape(t('title'))}</h1>
<dl class="meta">
<dt>${escape(t('company'))}</dt><dd>${escape(company)}</dd>
<dt>${escape(t('period'))}</dt><dd>${period(report.period)}</dd>
<dt>${escape(t('previousPeriod'))}</dt><dd>${report.previousPeriod ? period(report.previousPeriod) : escape(t('none'))}</dd>
<dt>${escape(t('made'))}</dt><dd>${escape(formatDate(today, lang, 'medium'))}</dd>
</dl>
<p>${escape(t('about'))} ${escape(t('yesMeans'))}</p>
<p class="small">${escape(t('trendLegend'))}</p>
<h2>${escape(t('summary'))}</h2>
${report.sites.length === 0 ? `<p>${escape(t('noSites'))}</p>` : figuresTable(report, lang, report.total, report.previousTotal)}
<h2>${escape(t('sites'))}</h2>
${sites.join('\n') || `<p>${escape(t('noSites'))}</p>`}
<h2>${escape(t('guidance'))}</h2>
${guidance.join('\n')}
<footer class="small muted">${escape(t('footer'))}</footer>
</main>
</body>
</html>
`
}
