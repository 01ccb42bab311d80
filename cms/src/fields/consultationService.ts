import { weekdayName } from '@mirai/content-schemas/dates'
import { LOCALES } from '@mirai/content-schemas/locales'
import { WEEKDAYS } from '@mirai/content-schemas/opening-hours'
import type { Field } from 'payload'

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

/**
 * A consultation service as the site's consultation finder shows it: its channels (phone, chat,
 * email, website), opening hours per weekday in Japan time, languages and whether it is free.
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
      options: LOCALES.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.englishName})` })),
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
