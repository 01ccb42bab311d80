import type { Payload } from 'payload'

import { DEFAULT_THRESHOLD, thresholdOf } from './aggregate'

/**
 * JP-MIRAI Safety's settings as the code reads them, in one place: the threshold below which
 * figures are hidden, how long raw answers outlive their period, how long a closed consultation
 * request is kept, and where Assist is told that a request arrived. The secretariat's admins set
 * them in the `safety-settings` global (globals/SafetySettings.ts); until they do, the defaults
 * below apply, the threshold's from SAFETY_THRESHOLD.
 */
export interface SafetySettings {
  /** Never below MIN_THRESHOLD. */
  threshold: number
  /** Days after a period's last day until its raw answers are tallied and deleted. */
  answerRetentionDays: number
  /** Days after a consultation request was closed until it is deleted. */
  requestRetentionDays: number
  /** Address told of each new consultation request (never its content); none: nobody is told. */
  assistEmail: string | null
}

/** Half a year after a period: time for the feedback reports and questions about them. */
export const DEFAULT_ANSWER_RETENTION_DAYS = 180
export const DEFAULT_REQUEST_RETENTION_DAYS = 90
/** Ten years: beyond that a "retention" is a typing mistake. */
export const MAX_RETENTION_DAYS = 3650
/** A threshold above this would hide every workplace the programme has. */
export const MAX_THRESHOLD = 1000

/**
 * The threshold of a CMS whose admins have not saved one: SAFETY_THRESHOLD, so a deployment can
 * start stricter than the default; anything but a whole number (an empty variable too) is the
 * default, and nothing goes below MIN_THRESHOLD.
 */
export function defaultThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SAFETY_THRESHOLD?.trim()
  return thresholdOf(value && /^\d+$/.test(value) ? Number(value) : DEFAULT_THRESHOLD)
}

const positiveWhole = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback

export async function safetySettings(payload: Payload): Promise<SafetySettings> {
  const stored = await payload.findGlobal({ slug: 'safety-settings', depth: 0, overrideAccess: true })
  return {
    // The field refuses anything below the minimum; thresholdOf holds the line for a value written
    // past validation (an import, a database edited by hand).
    threshold: typeof stored.threshold === 'number' ? thresholdOf(stored.threshold) : defaultThreshold(),
    answerRetentionDays: positiveWhole(stored.answerRetentionDays, DEFAULT_ANSWER_RETENTION_DAYS),
    requestRetentionDays: positiveWhole(stored.requestRetentionDays, DEFAULT_REQUEST_RETENTION_DAYS),
    assistEmail: stored.assistEmail?.trim() || null,
  }
}
