/**
 * Above the activity reports list: for a member, the reports their organisation owes and when;
 * for the secretariat, how many reports wait for review.
 */
import { formatDate } from '@mirai/content-schemas/dates'
import { REPORT_DUE_STATE_TERMS, termLabel, type ReportDueState } from '@mirai/content-schemas/taxonomies'
import type { ServerProps } from 'payload'
import React from 'react'

import { isMember, isStaff, organisationOf } from '../../../access/roles'
import { periodLabel } from '../deadlines'
import { dueForOrganisation } from '../dueEndpoint'

// Leads a sentence in Japanese, sits mid-line in English: "期限超過 / overdue — FY2025 …".
const stateLabel = (state: ReportDueState) =>
  `${termLabel(REPORT_DUE_STATE_TERMS, state, 'ja')} / ${termLabel(REPORT_DUE_STATE_TERMS, state, 'en').toLocaleLowerCase('en')}`

export async function DueReports({ payload, user }: ServerProps) {
  if (isStaff(user)) {
    const { totalDocs } = await payload.count({
      collection: 'activity-reports',
      where: { status: { in: ['submitted', 'in-review'] } },
      overrideAccess: true,
    })
    return (
      <p style={{ marginBottom: '1rem' }}>
        確認待ちの報告 / Waiting for review: <strong>{totalDocs}</strong>
      </p>
    )
  }
  const organisation = organisationOf(user)
  if (!isMember(user) || !organisation) return null
  const items = (await dueForOrganisation(payload, organisation)).filter((i) => i.state !== 'accepted')
  if (items.length === 0) return null
  return (
    <section aria-labelledby="due-reports" style={{ marginBottom: '1.5rem' }}>
      <h2 id="due-reports" style={{ fontSize: '1.1rem' }}>
        提出期限 / Deadlines
      </h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.period.kind}-${item.period.fiscalYear}-${item.period.half ?? ''}`}>
            <strong style={{ color: item.state === 'overdue' ? 'var(--theme-error-600, #c62828)' : undefined }}>
              {stateLabel(item.state)}
            </strong>{' '}
            — {periodLabel(item.period, 'ja')} ({periodLabel(item.period)}), 期限 / due{' '}
            {formatDate(item.period.deadline, 'ja', 'medium')}
            {item.report ? (
              <>
                {' '}
                — <a href={`/admin/collections/activity-reports/${item.report.id}`}>{item.report.title}</a>
              </>
            ) : (
              <>
                {' '}
                — <a href="/admin/collections/activity-reports/create">未作成 / not started: create</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
