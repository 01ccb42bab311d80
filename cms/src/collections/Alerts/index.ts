import { ALERT_TEXT_LIMITS } from '@mirai/content-schemas/alerts'
import { ALERT_KIND_TERMS, ALERT_SEVERITY_TERMS, PREFECTURE_TERMS } from '@mirai/content-schemas/taxonomies'
import type { Field } from 'payload'

import { JAPAN_TIMEZONES, normalizeDate } from '../../fields/dates'
import { termOptions } from '../../fields/taxonomy'
import { LINKABLE_COLLECTIONS } from '../../richtext/editor'
import { publicContentCollection } from '../shared/publicContent'
import { checkAlert, rebuildAtAlertBoundaries, validateAlertLink } from './hooks'

/** Instants, shown and entered in Japan time like every date of the admin. */
const tokyoDateTime = (name: string, description: string): Field => ({
  name,
  type: 'date',
  required: true,
  index: true,
  timezone: JAPAN_TIMEZONES,
  admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 }, description },
  hooks: { beforeChange: [normalizeDate] },
})

/**
 * Urgent alerts at the top of every page of the site, in every language, while they are on
 * (typhoons, earthquakes, heavy snow, a change in the law, a scam). Public content like the rest —
 * drafts, translators in their languages, the secretariat publishes — but built at once, without
 * the rebuild debounce, and built again by itself at its start and end (./hooks.ts).
 */
export const Alerts = publicContentCollection({
  slug: 'alerts',
  labels: {
    singular: { en: 'Urgent alert', ja: '緊急のお知らせ' },
    plural: { en: 'Urgent alerts', ja: '緊急のお知らせ' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'startsAt', 'endsAt', '_status'],
    description:
      'Shown at the top of every page in every language from its start to its end; publishing puts it on the site within the minute.',
  },
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: ALERT_TEXT_LIMITS.title },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      maxLength: ALERT_TEXT_LIMITS.body,
      admin: { description: 'One or two sentences: what happens and what to do. Details go on the linked page.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: termOptions(ALERT_KIND_TERMS) },
        {
          name: 'severity',
          type: 'select',
          required: true,
          defaultValue: 'warning',
          options: termOptions(ALERT_SEVERITY_TERMS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        tokyoDateTime('startsAt', 'Shown from this moment (Japan time).'),
        tokyoDateTime('endsAt', 'Gone from every page at this moment (Japan time), also on pages already open.'),
      ],
    },
    {
      name: 'prefectures',
      type: 'select',
      hasMany: true,
      options: termOptions(PREFECTURE_TERMS),
      admin: { description: 'Leave empty for the whole of Japan.' },
    },
    {
      type: 'collapsible',
      label: 'Link to the details',
      fields: [
        {
          name: 'linkDocument',
          label: 'A page of the site',
          type: 'relationship',
          relationTo: [...LINKABLE_COLLECTIONS],
        },
        {
          name: 'linkUrl',
          label: 'Or an address',
          type: 'text',
          validate: validateAlertLink,
          admin: { description: 'https://…, mailto:…, tel:… or a path of the site starting with /' },
        },
        {
          name: 'linkLabel',
          type: 'text',
          localized: true,
          maxLength: ALERT_TEXT_LIMITS.linkLabel,
          admin: { description: 'The link text, e.g. "How to prepare for the typhoon".' },
        },
      ],
    },
  ],
  hooks: {
    beforeValidate: [checkAlert],
    afterChange: [rebuildAtAlertBoundaries],
  },
})
