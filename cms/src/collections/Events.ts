import { EVENT_AUDIENCE_TERMS, EVENT_KIND_TERMS, EVENT_ORGANISER_KIND_TERMS } from '@mirai/content-schemas/taxonomies'
import { ValidationError, type Field } from 'payload'

import { hiddenOutsideContentTeamAndMembers } from '../access/admin'
import { readByAudience } from '../access/content'
import { isMember } from '../access/roles'
import { JAPAN_TIMEZONES, normalizeDate } from '../fields/dates'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/taxonomy'
import { validateHttpUrl } from '../fields/validators'
import { publicContentCollection } from './shared/publicContent'
import { wholeNumber } from '../fields/inputRules'

/** Dates are stored as instants; the admin shows and enters them in Japan time. */
const tokyoDate = (name: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'date',
    timezone: JAPAN_TIMEZONES,
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
    hooks: { beforeChange: [normalizeDate] },
    ...extra,
  }) as Field

/** Seminars, workshops, gatherings and forums, public or for members only. */
export const Events = publicContentCollection({
  slug: 'events',
  labels: { singular: { en: 'Event', ja: 'イベント' }, plural: { en: 'Events', ja: 'イベント' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'audience', '_status'],
    // Members see (read-only) the events held for them; public events are on the site.
    hidden: hiddenOutsideContentTeamAndMembers,
    baseFilter: ({ req }) => (isMember(req.user) ? { audience: { equals: 'members-only' } } : null),
  },
  defaultSort: '-start',
  read: readByAudience('audience'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: termOptions(EVENT_KIND_TERMS) },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          options: termOptions(EVENT_AUDIENCE_TERMS),
        },
      ],
    },
    {
      type: 'row',
      fields: [tokyoDate('start', { required: true, index: true }), tokyoDate('end', { required: true })],
    },
    {
      name: 'organiser',
      type: 'group',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'jp-mirai',
          options: termOptions(EVENT_ORGANISER_KIND_TERMS),
        },
        {
          name: 'name',
          type: 'text',
          localized: true,
          admin: {
            description: 'Co-host or organising organisation',
            condition: (_, sibling) => sibling?.kind !== 'jp-mirai',
          },
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'address', type: 'text', localized: true },
      ],
    },
    { name: 'online', type: 'checkbox', defaultValue: false, label: 'Held online (or hybrid)' },
    {
      name: 'onlineUrl',
      type: 'text',
      validate: validateHttpUrl,
      admin: {
        condition: (data) => Boolean(data?.online),
        description: 'Shown only to those allowed to see the event',
      },
    },
    {
      type: 'row',
      fields: [{ name: 'registrationUrl', type: 'text', validate: validateHttpUrl }, tokyoDate('registrationDeadline')],
    },
    richTextField('programme'),
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'affiliation', type: 'text', localized: true },
      ],
    },
    { name: 'flyers', type: 'upload', relationTo: 'documents', hasMany: true },
    {
      type: 'collapsible',
      label: 'After the event',
      fields: [{ name: 'attendance', type: 'number', min: 0, ...wholeNumber }, richTextField('report')],
    },
  ],
  hooks: {
    beforeValidate: [
      ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        const errors: { path: string; message: string }[] = []
        const start = merged.start ? new Date(merged.start).getTime() : NaN
        const end = merged.end ? new Date(merged.end).getTime() : NaN
        if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
          errors.push({ path: 'end', message: 'The event must end after it starts' })
        }
        const deadline = merged.registrationDeadline ? new Date(merged.registrationDeadline).getTime() : NaN
        if (!Number.isNaN(deadline) && !Number.isNaN(start) && deadline > start) {
          errors.push({
            path: 'registrationDeadline',
            message: 'The registration deadline must be before the event starts',
          })
        }
        const hasVenue = Boolean(merged.venue?.name)
        if (!hasVenue && !merged.online && data?._status === 'published') {
          errors.push({ path: 'venue.name', message: 'A published event needs a venue, or must be marked as online' })
        }
        if (errors.length > 0) throw new ValidationError({ collection: 'events', errors, req })
        return data
      },
    ],
  },
})
