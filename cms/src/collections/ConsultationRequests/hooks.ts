import { randomUUID } from 'node:crypto'

import { tokyoDay } from '@mirai/content-schemas/dates'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { serverURL } from '../../env'
import type { ConsultationRequest } from '../../payload-types'
import { safetySettings } from '../../safety/settings'
import { isReference, newReference } from './reference'

export const CONSULTATION_REQUESTS = 'consultation-requests'

/** The statuses in the order a request goes through them; it never goes back. */
export const REQUEST_STATUSES = ['new', 'contacted', 'closed'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** What the server decides about a request, whoever saves it and whatever they send. */
const SERVER_OWNED = ['id', 'reference', 'receivedOn', 'closedAt'] as const
/** What the worker sent: written once, when the request arrives. */
const AS_SENT = [
  'method',
  'contact',
  'app',
  'language',
  'days',
  'times',
  'name',
  'message',
  'concerns',
  'siteLanguage',
] as const

/**
 * A new request gets its id, reference and day here, and starts as "new". Later saves keep all
 * of that and what the worker sent, move the status forward only, and stamp the moment a request
 * is closed (from which its retention is counted). Field access already drops what a client sends
 * for these fields; this also holds for server code, which runs with access off.
 */
export const enforceRequestState: CollectionBeforeChangeHook<ConsultationRequest> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create' || !originalDoc) {
    return {
      ...data,
      id: randomUUID(),
      reference: isReference(data.reference) ? data.reference : newReference(),
      receivedOn: tokyoDay(new Date()),
      status: 'new',
      closedAt: null,
    }
  }
  const kept = Object.fromEntries([...SERVER_OWNED, ...AS_SENT].map((field) => [field, originalDoc[field]]))
  const from = originalDoc.status
  const to = data.status ?? from
  if (REQUEST_STATUSES.indexOf(to) < REQUEST_STATUSES.indexOf(from))
    throw new ValidationError({
      collection: CONSULTATION_REQUESTS,
      errors: [
        {
          path: 'status',
          message: `A request only goes forward (new → contacted → closed): this one is "${from}" and cannot go back to "${to}"`,
        },
      ],
      req,
    })
  return {
    ...data,
    ...kept,
    status: to,
    closedAt: to === 'closed' && from !== 'closed' ? new Date().toISOString() : originalDoc.closedAt,
  }
}

/** The email Assist gets when a request arrives: that it did, and where to read it — none of its content. */
export function arrivalEmail(reference: string): { subject: string; text: string } {
  return {
    subject: `相談依頼が届きました / New consultation request ${reference}`,
    text: [
      'JP-MIRAI Assist への連絡の依頼が届きました。内容は管理画面で確認してください。',
      'A worker has asked JP-MIRAI Assist to contact them. Read the request in the admin.',
      '',
      `受付番号 / Reference: ${reference}`,
      `${serverURL}/admin/collections/${CONSULTATION_REQUESTS}`,
    ].join('\n'),
  }
}

/**
 * Tells Assist's address that a request arrived. Sent after the request is stored and never
 * undoes it: a mail server that is down is logged, and the request waits in the admin.
 */
export const notifyAssist: CollectionAfterChangeHook<ConsultationRequest> = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const { payload } = req
  void safetySettings(payload)
    .then(async ({ assistEmail }) => {
      if (!assistEmail) return
      await payload.sendEmail({ to: assistEmail, ...arrivalEmail(String(doc.reference)) })
    })
    .catch((error: unknown) =>
      payload.logger.error(
        `could not tell Assist of consultation request ${doc.reference}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
  return doc
}
