/**
 * Emails about activity reports: a member submits → the secretariat's editors hear of it; an
 * editor returns or accepts a report → the member who submitted it hears of it, with the comment.
 * Sending happens after the change is saved and never undoes it: a mail server that is down is
 * logged, and the history in the admin still shows what happened.
 */
import type { CollectionAfterChangeHook, Payload } from 'payload'

import { serverURL } from '../../../env'
import type { ActivityReport } from '../../../payload-types'
import { idOf } from '../../../utilities/idOf'

export interface ReportEmail {
  to: string[]
  subject: string
  text: string
}

const adminLink = (id: string | number) => `${serverURL}/admin/collections/activity-reports/${id}`

async function organisationName(payload: Payload, organisation: ActivityReport['organisation']): Promise<string> {
  const id = idOf(organisation)
  if (!id) return ''
  const org = await payload.findByID({
    collection: 'organisations',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return org?.name ?? ''
}

/** The member who last submitted the report, from its history. */
function lastSubmitter(doc: ActivityReport): string | null {
  const entry = [...(doc.history ?? [])].reverse().find((e) => e.to === 'submitted')
  return idOf(entry?.by)
}

export async function reportEmails(
  payload: Payload,
  doc: ActivityReport,
  previousStatus: string | undefined,
): Promise<ReportEmail[]> {
  if (doc.status === previousStatus) return []
  const org = await organisationName(payload, doc.organisation)
  const title = `${doc.title}${org ? ` (${org})` : ''}`
  if (doc.status === 'submitted') {
    const { docs: editors } = await payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'admin'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const to = editors.map((u) => u.email).filter(Boolean)
    if (to.length === 0) return []
    return [
      {
        to,
        subject: `活動報告が提出されました / Activity report submitted: ${title}`,
        text: [
          `${org || '会員団体'}から活動報告が提出されました。確認をお願いします。`,
          `${org || 'A member organisation'} has submitted an activity report for review.`,
          '',
          title,
          adminLink(doc.id),
        ].join('\n'),
      },
    ]
  }
  if (doc.status === 'returned' || doc.status === 'accepted') {
    const submitter = lastSubmitter(doc)
    if (!submitter) return []
    const user = await payload.findByID({
      collection: 'users',
      id: submitter,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!user?.email) return []
    const returned = doc.status === 'returned'
    const comment = String(doc.reviewComment ?? '').trim()
    return [
      {
        to: [user.email],
        subject: returned
          ? `活動報告が差し戻されました / Activity report returned for changes: ${title}`
          : `活動報告が受理されました / Activity report accepted: ${title}`,
        text: [
          returned
            ? '事務局から修正のお願いがあります。内容を修正して再提出してください。'
            : '事務局が活動報告を受理しました。ありがとうございました。',
          returned
            ? 'The secretariat has asked for changes. Please edit the report and submit it again.'
            : 'The secretariat has accepted your activity report. Thank you.',
          ...(comment ? ['', '事務局からのコメント / Comment from the secretariat:', comment] : []),
          '',
          title,
          adminLink(doc.id),
        ].join('\n'),
      },
    ]
  }
  return []
}

export const notifyReportChange: CollectionAfterChangeHook<ActivityReport> = ({ doc, previousDoc, operation, req }) => {
  const previousStatus = operation === 'create' ? undefined : previousDoc?.status
  const { payload } = req
  void reportEmails(payload, doc, previousStatus)
    .then((emails) =>
      Promise.all(
        emails.map((email) => payload.sendEmail({ to: email.to.join(', '), subject: email.subject, text: email.text })),
      ),
    )
    .catch((error: unknown) =>
      payload.logger.error(
        `could not send the activity report email for ${doc.id}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
  return doc
}
