/**
 * The rules of an alert beyond its fields: it ends after it starts, it links to one place at
 * most, and once published the site is built again by itself at its start and end, so that a page
 * read without JavaScript shows it on time and drops it when it is over.
 */
import { alertBoundariesAfter, checkAlertLink } from '@mirai/content-schemas/alerts'
import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeValidateHook,
  type TaskConfig,
} from 'payload'

import { requestRebuild } from '../../publish'
import { rebuildSettings } from '../../publish/settings'

export const ALERT_BOUNDARY_TASK = 'alertBoundary'
/** Payload's scheduled publishing runs in this queue every minute, in the server or the worker. */
const BOUNDARY_QUEUE = 'default'

export function validateAlertLink(value: string | null | undefined): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'The link must be text'
  const check = checkAlertLink(value)
  return check.ok ? true : `"${value.slice(0, 200)}" ${check.reason}`
}

const instant = (value: unknown): number =>
  typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN

export const checkAlert: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  const start = instant(merged.startsAt)
  const end = instant(merged.endsAt)
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
    errors.push({ path: 'endsAt', message: 'The alert must end after it starts' })
  if (merged.linkUrl && merged.linkDocument)
    errors.push({ path: 'linkUrl', message: 'Link to a page of the site or to an address, not both' })
  if (errors.length > 0) throw new ValidationError({ collection: 'alerts', errors, req })
  return data
}

const iso = (value: unknown) => {
  const time = instant(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** The future moments at which a published alert changes the site, as ISO strings. */
function boundariesOf(doc: Record<string, unknown> | undefined | null, now: Date): string[] {
  if (!doc || doc._status !== 'published') return []
  const startsAt = iso(doc.startsAt)
  const endsAt = iso(doc.endsAt)
  return startsAt && endsAt ? alertBoundariesAfter({ startsAt, endsAt }, now) : []
}

/** A build at each start and end not already planned by the published alert before this change. */
export const rebuildAtAlertBoundaries: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.draftOnlySave || rebuildSettings().mode === 'off') return doc
  const now = new Date()
  const planned = new Set(boundariesOf(previousDoc, now))
  for (const at of boundariesOf(doc, now)) {
    if (planned.has(at)) continue
    await req.payload.jobs.queue({
      task: ALERT_BOUNDARY_TASK,
      queue: BOUNDARY_QUEUE,
      input: { alert: String(doc.id), at },
      waitUntil: new Date(at),
      req,
    })
  }
  return doc
}

/**
 * At an alert's start or end: asks for a build (at once, like every alert change) if the alert is
 * still published with that start or end; an alert moved, unpublished or deleted since needs none.
 */
export const alertBoundaryTask: TaskConfig<{ input: { alert: string; at: string }; output: object }> = {
  slug: ALERT_BOUNDARY_TASK,
  label: 'Build the site at the start or end of an urgent alert',
  inputSchema: [
    { name: 'alert', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [],
  handler: async ({ input, req }) => {
    const { payload } = req
    const alert = await payload.findByID({
      collection: 'alerts',
      id: input.alert,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!alert || alert._status !== 'published') return { output: {} }
    const at = iso(input.at)
    if (at !== iso(alert.startsAt) && at !== iso(alert.endsAt)) return { output: {} }
    await requestRebuild(payload, {
      collection: 'alerts',
      id: String(alert.id),
      title: `${alert.title} (${at === iso(alert.endsAt) ? 'ends' : 'starts'})`,
      operation: 'update',
      by: null,
    })
    return { output: {} }
  },
}
