/**
 * What the public site can publish, checked when people save instead of when the site is built.
 * Each of these was once accepted by the CMS and then stopped every build of the site:
 * - text: no invisible control characters (they make the RSS feed invalid XML), and a required
 *   text is not just spaces (the site treats that as missing);
 * - dates: a real calendar date between the years 1900 and 2999 (not year 20260);
 * - numbers marked `custom: { wholeNumber: true }`: whole numbers (a video is not 90.5 seconds);
 * - rich text: at most about a megabyte (a member once stored 30 MB in one report);
 * - choices: text (Payload checks the option, but stored the number 5 sent for a select as "5.0").
 * Applied to every field of the collections and globals people edit, once the config is built.
 */
import type { Field, SanitizedConfig, Validate } from 'payload'

/** Control characters no text on the site may hold (tab, line feed and carriage return may). */
// eslint-disable-next-line no-control-regex -- these are the characters refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/
const MIN_YEAR = 1900
const MAX_YEAR = 2999
/** Characters of stored rich text (its JSON); a long article is a few hundred thousand. */
const MAX_RICH_TEXT = 1_000_000

/** Records the server keeps (build logs hold terminal colour codes) are not typed by people. */
const SERVER_RECORDS = new Set(['site-builds', 'file-usages', 'seed-ledger'])

type AnyField = Field & {
  validate?: Validate
  required?: boolean
  custom?: Record<string, unknown>
  name?: string
  localized?: boolean
}

function textProblem(value: unknown, required: boolean): string | null {
  const values = Array.isArray(value) ? value : [value]
  for (const v of values) {
    if (typeof v !== 'string') continue
    if (CONTROL.test(v))
      return 'This text contains an invisible control character (often pasted from another program); retype or remove it'
  }
  if (required && typeof value === 'string' && value.length > 0 && value.trim() === '')
    return 'This field is required: it holds only spaces'
  return null
}

function dateProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value))
  if (Number.isNaN(time)) return null // Payload's own check says it is not a date
  const year = new Date(time).getUTCFullYear()
  return year < MIN_YEAR || year > MAX_YEAR ? `Give a date between the years ${MIN_YEAR} and ${MAX_YEAR}` : null
}

function numberProblem(value: unknown): string | null {
  const values = Array.isArray(value) ? value : [value]
  return values.some((v) => typeof v === 'number' && !Number.isInteger(v)) ? 'Give a whole number' : null
}

function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const size = JSON.stringify(value).length
  return size > MAX_RICH_TEXT
    ? `This text is too long to publish (${Math.round(size / 1000)} thousand characters of content; at most ${MAX_RICH_TEXT / 1000} thousand)`
    : null
}

/** An unknown option is Payload's own check; a choice that is not even text slips past it. */
function choiceProblem(value: unknown, options: readonly (string | { value: string })[]): string | null {
  if (value === null || value === undefined) return null
  const values = Array.isArray(value) ? value : [value]
  if (values.every((v) => typeof v === 'string')) return null
  return `Choose one of: ${options.map((option) => (typeof option === 'string' ? option : option.value)).join(', ')}`
}

function withRule(field: AnyField, problem: (value: unknown) => string | null): void {
  const own = field.validate
  const validate: Validate = async (value, options) => {
    const found = problem(value)
    if (found) return found
    return own ? own(value, options) : true
  }
  field.validate = validate
}

function applyTo(fields: Field[]): void {
  for (const raw of fields) {
    const field = raw as AnyField
    switch (field.type) {
      case 'text':
      case 'textarea':
        withRule(field, (value) => textProblem(value, Boolean(field.required)))
        break
      case 'date':
        withRule(field, dateProblem)
        break
      case 'number':
        if (field.custom?.wholeNumber) withRule(field, numberProblem)
        break
      case 'richText':
        withRule(field, richTextProblem)
        break
      case 'select':
        withRule(field, (value) => choiceProblem(value, field.options))
        break
      case 'tabs':
        for (const tab of field.tabs) applyTo(tab.fields)
        break
      case 'blocks':
        for (const block of field.blocks) if (typeof block === 'object') applyTo(block.fields)
        break
      default:
        if ('fields' in field && Array.isArray(field.fields)) applyTo(field.fields)
    }
  }
}

export function checkWhatTheSiteCanPublish(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (SERVER_RECORDS.has(collection.slug) || collection.slug.startsWith('payload-')) continue
    applyTo(collection.fields)
  }
  for (const global of config.globals) if (!SERVER_RECORDS.has(global.slug)) applyTo(global.fields)
  return config
}

/** Marks a number field as holding whole numbers only (see checkWhatTheSiteCanPublish). */
export const wholeNumber = { custom: { wholeNumber: true } } as const
