/**
 * An activity report as one printable page: everything the member wrote, section by section,
 * with its status and history. "Print / Save as PDF" uses the browser's own PDF output.
 * Access is the reader's own: members see only their organisation's reports.
 */
import config from '@payload-config'
import { formatDateTime } from '@mirai/content-schemas/dates'
import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { CODE_OF_CONDUCT_COMMITMENTS, REPORT_STATUS_TERMS, termLabel } from '@mirai/content-schemas/taxonomies'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { commitmentFieldName } from '../../../../../collections/ActivityReports/commitments'
import { periodLabel } from '../../../../../collections/ActivityReports/deadlines'
import { bilingualLabel } from '../../../../../fields/taxonomy'
import { PrintButton } from './PrintButton'

const when = (iso?: string | null) => (iso ? formatDateTime(iso, 'ja', 'medium') : '')
// History rows are written by the workflow, always with a status; the field itself is plain text.
const status = (value?: string | null) => (value ? bilingualLabel(REPORT_STATUS_TERMS, value) : '')

export default async function PrintReport({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/reports/${id}/print`)}`)
  const report = await payload.findByID({
    collection: 'activity-reports',
    id,
    depth: 1,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!report) notFound()
  const org = typeof report.organisation === 'object' ? report.organisation.name : ''

  return (
    <main>
      <div className="toolbar">
        <PrintButton />
        <a href={`/admin/collections/activity-reports/${report.id}`}>← 編集画面へ / back to the report</a>
      </div>
      <h1>{report.title}</h1>
      <dl>
        <dt>団体 / Organisation</dt>
        <dd>{org}</dd>
        <dt>種別 / Kind</dt>
        <dd>
          {periodLabel({ kind: report.kind, fiscalYear: report.fiscalYear, half: report.half }, 'ja')} /{' '}
          {periodLabel({ kind: report.kind, fiscalYear: report.fiscalYear, half: report.half })}
        </dd>
        <dt>状態 / Status</dt>
        <dd>{status(report.status)}</dd>
        {report.submittedAt && (
          <>
            <dt>提出日時 / Submitted</dt>
            <dd>{when(report.submittedAt)}</dd>
          </>
        )}
      </dl>
      {CODE_OF_CONDUCT_COMMITMENTS.map((c) => {
        const html = richTextToHtml(report.commitments?.[commitmentFieldName(c.value)])
        return (
          <section key={c.value}>
            <h2>
              {c.number}. {termLabel(CODE_OF_CONDUCT_COMMITMENTS, c.value, 'ja')} /{' '}
              <span lang="en">{termLabel(CODE_OF_CONDUCT_COMMITMENTS, c.value, 'en')}</span>
            </h2>
            {html ? (
              <div dangerouslySetInnerHTML={{ __html: html }} />
            ) : (
              <p className="empty">（記入なし / nothing written）</p>
            )}
          </section>
        )
      })}
      {Array.isArray(report.attachments) && report.attachments.length > 0 && (
        <section>
          <h2>添付資料 / Attachments</h2>
          <ul>
            {report.attachments.map((a) => (
              <li key={typeof a === 'object' ? a.id : a}>{typeof a === 'object' ? a.filename : a}</li>
            ))}
          </ul>
        </section>
      )}
      {Array.isArray(report.history) && report.history.length > 0 && (
        <section>
          <h2>履歴 / History</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">日時 / When</th>
                <th scope="col">変更 / Change</th>
                <th scope="col">担当 / By</th>
                <th scope="col">コメント / Comment</th>
              </tr>
            </thead>
            <tbody>
              {report.history.map((h, i) => (
                <tr key={h.id ?? i}>
                  <td>{when(h.at)}</td>
                  <td>
                    {status(h.from)} → {status(h.to)}
                  </td>
                  <td>{typeof h.by === 'object' ? h.by?.email : ''}</td>
                  <td>{h.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  )
}
