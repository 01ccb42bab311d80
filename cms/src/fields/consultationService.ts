import {
  DEFAULT_YEAR_END,
  isMonthDay,
  SERVICE_LANGUAGES,
  type ServiceRegion,
} from '@mirai/content-schemas/consultation-services'
import { weekdayName } from '@mirai/content-schemas/dates'
import { LOCALES } from '@mirai/content-schemas/locales'
import { WEEKDAYS } from '@mirai/content-schemas/opening-hours'
import { PREFECTURE_TERMS } from '@mirai/content-schemas/taxonomies'
import type { Field, FieldHook } from 'payload'

import { termOptions } from './taxonomy'
import { validateEmail, validateHttpUrl, validatePhone } from './validators'

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/

/** Weekdays named by Intl in every language, so the admin has them in each of its own. */
const WEEKDAY_TERMS = WEEKDAYS.map((day) => ({
  value: day,
  label: Object.fromEntries(LOCALES.map((l) => [l.code, weekdayName(day, l.code)])),
}))

const validateTime = (value: string | null | undefined) =>
  !value || TIME.test(value) ? true : `"${value}" is not a time: use 24-hour HH:MM, e.g. 09:00 or 17:30`

/** Languages named by Intl in every admin language, with their own name: "Nepali — नेपाली". */
const LANGUAGE_TERMS = SERVICE_LANGUAGES.map((code) => {
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
  return {
    value: code,
    label: Object.fromEntries(
      LOCALES.map((l) => {
        const name = new Intl.DisplayNames([l.bcp47], { type: 'language' }).of(code) ?? code
        return [l.code, name.toLowerCase() === own.toLowerCase() ? name : `${name} — ${own}`]
      }),
    ),
  }
})

const REGION_TERMS = [
  { value: 'nationwide', label: { en: 'All of Japan', ja: '全国' } },
  { value: 'prefectures', label: { en: 'Some prefectures only', ja: '一部の都道府県のみ' } },
] as const satisfies readonly { value: ServiceRegion; label: Record<string, string> }[]

const validateMonthDay = (value: string | null | undefined) =>
  !value || isMonthDay(value) ? true : `"${value}" is not a day of the year: use MM-DD, e.g. 12-29 or 01-03`

const KNOWN_PREFECTURES: ReadonlySet<unknown> = new Set(PREFECTURE_TERMS.map((term) => term.value))

/**
 * A service for some prefectures lists at least one, each a real one: a field's own `validate`
 * replaces Payload's check of the options, so it is made here too.
 */
const validatePrefectures = (value: unknown, { siblingData }: { siblingData?: { region?: string } }) => {
  const unknown = Array.isArray(value) ? value.filter((v) => !KNOWN_PREFECTURES.has(v)) : []
  if (unknown.length > 0)
    return `Not a prefecture: ${unknown.map((v) => JSON.stringify(v).slice(0, 40)).join(', ')} (choose from the list)`
  return siblingData?.region === 'prefectures' && (!Array.isArray(value) || value.length === 0)
    ? 'Choose the prefectures this service serves, or make it a service for all of Japan'
    : true
}

/** A service for all of Japan keeps no prefectures (the field is hidden then, so none is left over). */
const clearPrefecturesWhenNationwide: FieldHook = ({ value, siblingData }) =>
  siblingData?.region === 'prefectures' ? value : []

/** The closure is its first and last day, both or neither. */
const validateClosureEnd = (
  value: string | null | undefined,
  { siblingData }: { siblingData?: { from?: string | null; to?: string | null } },
) => {
  const format = validateMonthDay(value)
  if (format !== true) return format
  return Boolean(siblingData?.from) === Boolean(siblingData?.to)
    ? true
    : 'Give both the first and the last closed day, or neither (no year-end closure)'
}

/**
 * A consultation service as the site's consultation finder shows it: its channels (phone, chat,
 * email, website), opening hours per weekday in Japan time, the days it is closed besides them
 * (public holidays, a year-end closure), the languages it answers in, where in Japan it serves and
 * whether it is free.
 */
export function consultationServiceFields(): Field[] {
  return [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', validate: validatePhone },
        { name: 'email', type: 'text', validate: validateEmail },
        { name: 'chatUrl', type: 'text', label: 'Chat (address)', validate: validateHttpUrl },
        { name: 'url', type: 'text', label: 'Website', validate: validateHttpUrl },
      ],
    },
    { name: 'free', type: 'checkbox', defaultValue: true, label: 'Free of charge' },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: termOptions(LANGUAGE_TERMS),
      admin: { description: 'Every language the service answers in, not only the languages of this site.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'select',
          // Not required: services saved before it existed serve all of Japan (the export's reading).
          defaultValue: 'nationwide',
          options: termOptions(REGION_TERMS),
        },
        {
          name: 'prefectures',
          type: 'select',
          hasMany: true,
          options: termOptions(PREFECTURE_TERMS),
          validate: validatePrefectures,
          hooks: { beforeChange: [clearPrefecturesWhenNationwide] },
          admin: { condition: (_, sibling) => sibling?.region === 'prefectures' },
        },
      ],
    },
    {
      name: 'closedOnHolidays',
      type: 'checkbox',
      defaultValue: false,
      label: 'Closed on Japanese public holidays (substitute holidays included)',
    },
    {
      name: 'yearEndClosure',
      type: 'group',
      label: 'Year-end closure (both days included; leave empty if none)',
      admin: {
        description: `MM-DD, e.g. ${DEFAULT_YEAR_END.from} to ${DEFAULT_YEAR_END.to}: a last day before the first runs into January.`,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'text', label: 'First closed day', validate: validateClosureEnd },
            { name: 'to', type: 'text', label: 'Last closed day', validate: validateClosureEnd },
          ],
        },
      ],
    },
    {
      name: 'hours',
      label: 'Opening hours (Japan time)',
      type: 'array',
      admin: {
        description:
          'One row per weekday and time span; a closing time earlier than the opening time runs past midnight.',
      },
      fields: [
        { name: 'day', type: 'select', required: true, options: termOptions(WEEKDAY_TERMS) },
        { name: 'opens', type: 'text', required: true, validate: validateTime },
        { name: 'closes', type: 'text', required: true, validate: validateTime },
      ],
    },
  ]
}
