import {
  ASSIST_DAYS,
  ASSIST_LANGUAGES,
  ASSIST_TIMES,
  CONSULTATION_LIMITS,
  CONTACT_METHODS,
  MESSAGING_APPS,
  type ConsultationRequestInput,
} from '@mirai/content-schemas/assist'
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { z } from 'zod'

/**
 * Exactly what the site's "Assist, please contact me" form sends (ConsultationRequestInput), each
 * value checked for what it claims to be. A field the contract does not name is refused, so a
 * request cannot carry a site code, a time or anything else the worker did not write.
 */

// eslint-disable-next-line no-control-regex -- these are the characters refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/u
/** One line: no line break of any kind, and no tab (a contact or a name is never two lines). */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/
const EMAIL = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/
/** Digits, spaces and hyphens, a "+" in front; 6 to 20 digits cover local and international numbers. */
const PHONE = /^\+?[0-9][0-9 -]*$/
const PHONE_DIGITS = { min: 6, max: 20 }
/** A question of the safety check, as its key. */
const QUESTION_KEY = /^[a-z0-9-]{1,60}$/
/** Far more than the check has questions (eleven). */
const MAX_CONCERNS = 50

/**
 * The longest request these limits allow, every character of its texts three bytes in UTF-8 (the
 * most a character of the site's languages takes), with room for the rest: anything bigger is
 * not a request.
 */
export const MAX_REQUEST_BYTES =
  3 * (CONSULTATION_LIMITS.contact + CONSULTATION_LIMITS.name + CONSULTATION_LIMITS.message) + MAX_CONCERNS * 64 + 1024

const text = (field: string, max: number, oneLine: boolean) =>
  z
    .string()
    .trim()
    .max(max, `"${field}" is at most ${max} characters`)
    .refine((value) => !CONTROL.test(value), `"${field}" contains an invisible control character`)
    .refine(
      (value) => !oneLine || !LINE_BREAK.test(value),
      `"${field}" is one line: it may not contain a line break or a tab`,
    )

const listOnce = <T extends z.ZodType>(field: string, item: T, max: number) =>
  z
    .array(item)
    .max(max, `"${field}" lists at most ${max} values`)
    .refine((values) => new Set(values).size === values.length, `"${field}" lists each value once`)

const Request = z
  .strictObject({
    method: z.enum(CONTACT_METHODS),
    contact: text('contact', CONSULTATION_LIMITS.contact, true).min(1, '"contact" is empty'),
    app: z.enum(MESSAGING_APPS).optional(),
    language: z.enum(ASSIST_LANGUAGES),
    days: listOnce('days', z.enum(ASSIST_DAYS), ASSIST_DAYS.length),
    times: listOnce('times', z.enum(ASSIST_TIMES), ASSIST_TIMES.length),
    name: text('name', CONSULTATION_LIMITS.name, true).optional(),
    message: text('message', CONSULTATION_LIMITS.message, false).optional(),
    siteLanguage: z.enum(LOCALE_CODES),
    concerns: listOnce(
      'concerns',
      z.string().regex(QUESTION_KEY, '"concerns" holds keys of the safety check’s questions'),
      MAX_CONCERNS,
    ).optional(),
  })
  .transform((request) => ({
    ...request,
    // Full-width digits and hyphens, as a Japanese keyboard types them, are the same number.
    contact: request.method === 'phone' ? request.contact.normalize('NFKC') : request.contact,
  }))
  .superRefine((request, context) => {
    const problem = (path: keyof ConsultationRequestInput, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message })
    if (request.method === 'phone') {
      const digits = request.contact.replace(/\D/g, '').length
      if (!PHONE.test(request.contact) || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max)
        problem(
          'contact',
          `A phone number has ${PHONE_DIGITS.min} to ${PHONE_DIGITS.max} digits, with spaces, "-" and a leading "+" only`,
        )
    }
    if (request.method === 'email' && !EMAIL.test(request.contact)) problem('contact', 'This is not an email address')
    if (request.method === 'messaging' && !request.app) problem('app', 'Say which messaging app the id is for ("app")')
    if (request.method !== 'messaging' && request.app !== undefined)
      problem('app', '"app" is only for method "messaging"')
  })

/** A request that passed: the contract's fields, the site language one of the site's. */
export type CheckedRequest = ConsultationRequestInput & { siteLanguage: LocaleCode }

export type RequestCheck = { ok: true; request: CheckedRequest } | { ok: false; error: string; field: string | null }

function message(issue: z.core.$ZodRawIssue): string | undefined {
  const field = issue.path?.join('.')
  if (issue.code === 'unrecognized_keys')
    return `Unknown field "${issue.keys[0]}": a request holds only ${Object.keys(Request.in.shape).join(', ')}`
  if (!field) return 'A request is a JSON object'
  if (issue.input === undefined) return `"${field}" is missing`
  if (issue.code === 'invalid_value') return `"${field}" is not one of ${issue.values.join(', ')}`
  if (issue.code === 'invalid_type') return `"${field}" must be ${issue.expected === 'array' ? 'a list' : 'text'}`
  return undefined
}

/** The request, or the first thing wrong with it and the field it is in (for the form to point at). */
export function checkRequest(value: unknown): RequestCheck {
  const parsed = Request.safeParse(value, { error: message })
  if (parsed.success) {
    const { name, message: text, concerns, ...rest } = parsed.data
    // An empty optional field is the field left out.
    const request: CheckedRequest = {
      ...rest,
      ...(name ? { name } : {}),
      ...(text ? { message: text } : {}),
      ...(concerns?.length ? { concerns } : {}),
    }
    return { ok: true, request }
  }
  const [issue] = parsed.error.issues
  return {
    ok: false,
    error: issue?.message ?? 'This is not a consultation request',
    field: issue?.path.join('.') || null,
  }
}
