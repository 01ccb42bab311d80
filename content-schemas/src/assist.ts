/**
 * "Assist, please contact me": what a worker can ask JP-MIRAI Assist for at the end of the safety
 * check. One list for the site's form and the CMS endpoint that takes it, so the two never
 * disagree on a choice. Names of languages are not kept here: the form shows each in the reader's
 * language with `Intl.DisplayNames`, so adding one is adding its code.
 */

/**
 * The languages Assist's counsellors answer in: Japanese and 21 more (the organisation's reports
 * give the number; the secretariat keeps this list true). BCP 47 codes.
 */
export const ASSIST_LANGUAGES = [
  'ja',
  'en',
  'zh',
  'ko',
  'vi',
  'tl',
  'id',
  'th',
  'my',
  'km',
  'lo',
  'ne',
  'si',
  'bn',
  'hi',
  'ur',
  'mn',
  'uz',
  'pt',
  'es',
  'fr',
  'ru',
] as const
export type AssistLanguage = (typeof ASSIST_LANGUAGES)[number]

/** How the worker wants to be reached. */
export const CONTACT_METHODS = ['phone', 'email', 'messaging'] as const
export type ContactMethod = (typeof CONTACT_METHODS)[number]

/** Messaging apps a worker may give an id for ("other": they say which in the id field). */
export const MESSAGING_APPS = ['line', 'whatsapp', 'messenger', 'viber', 'zalo', 'wechat', 'other'] as const
export type MessagingApp = (typeof MESSAGING_APPS)[number]

/** The apps' own names, the same in every language ("other" is interface text where it is shown). */
export const MESSAGING_APP_NAMES: Record<Exclude<MessagingApp, 'other'>, string> = {
  line: 'LINE',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  viber: 'Viber',
  zalo: 'Zalo',
  wechat: 'WeChat',
}

/** Assist's opening days (Tue–Sat) — none chosen means any of them. */
export const ASSIST_DAYS = ['tue', 'wed', 'thu', 'fri', 'sat'] as const
export type AssistDay = (typeof ASSIST_DAYS)[number]

/** Parts of Assist's opening hours (10:00–18:00, Japan time) — none chosen means any. */
export const ASSIST_TIMES = ['10-12', '12-15', '15-18'] as const
export type AssistTime = (typeof ASSIST_TIMES)[number]

/** Longest accepted texts, in characters: enough for any real value, too short to carry a document. */
export const CONSULTATION_LIMITS = { contact: 200, name: 100, message: 2000 } as const

/**
 * What the site sends to POST /api/consultation-requests/submit (as text/plain JSON). The site
 * code of a shared check is never part of it: a request must not be linkable to a workplace's
 * figures. `concerns` are the keys of the questions answered "yes", only when the worker ticked
 * "include my answers".
 */
export interface ConsultationRequestInput {
  method: ContactMethod
  contact: string
  /** Required when `method` is "messaging". */
  app?: MessagingApp
  language: AssistLanguage
  days: AssistDay[]
  times: AssistTime[]
  name?: string
  message?: string
  /** The site language the worker used (a LocaleCode). */
  siteLanguage: string
  concerns?: string[]
}

/** The endpoint's answer when the request was stored. */
export interface ConsultationRequestReceipt {
  /** What the worker quotes when Assist calls, or when they call Assist: e.g. "JM-7K2Q-9XWD". */
  reference: string
}
