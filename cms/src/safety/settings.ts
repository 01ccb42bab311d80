import type { Payload } from 'payload'

import { DEFAULT_THRESHOLD, thresholdOf } from './aggregate'

/**
 * JP-MIRAI Safety's settings as the code reads them, in one place: the threshold below which
 * figures are hidden, how long raw answers outlive their period, how long a closed consultation
 * request is kept, and where Assist is told that a request arrived.
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

export async function safetySettings(_payload: Payload): Promise<SafetySettings> {
  const value = process.env.SAFETY_THRESHOLD?.trim()
  return {
    threshold: thresholdOf(value && /^\d+$/.test(value) ? Number(value) : DEFAULT_THRESHOLD),
    answerRetentionDays: 365,
    requestRetentionDays: 90,
    assistEmail: null,
  }
}
