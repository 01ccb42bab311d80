import { tokyoDay } from '@mirai/content-schemas/dates'
import { ValidationError, type CollectionConfig, type Field } from 'payload'

import { staffOnly } from '../access/content'
import { readPeriodsAsStaffOrCompany } from '../access/programme'
import { isCompany, isStaff } from '../access/roles'
import { normalizeDate } from '../fields/dates'
import { deleteAnswersOf } from '../safety/deleteAnswers'

const day = (name: string, label: { en: string; ja: string }): Field => ({
  name,
  label,
  type: 'date',
  required: true,
  admin: { date: { pickerAppearance: 'dayOnly' } },
  hooks: { beforeChange: [normalizeDate] },
})

/**
 * The "data aggregation dates" of JP-MIRAI Safety: workers' answers are counted per site within
 * a period, and companies get their feedback once it closes. Set by the secretariat; periods
 * never overlap, so an answer belongs to exactly one.
 */
export const SafetyPeriods: CollectionConfig = {
  slug: 'safety-periods',
  labels: {
    singular: { en: 'Aggregation period', ja: '集計期間' },
    plural: { en: 'Aggregation periods', ja: '集計期間' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'startsOn', 'endsOn'],
    group: { en: 'JP-MIRAI Safety', ja: 'JP-MIRAI Safety' },
    hidden: ({ user }) => !isStaff(user) && !isCompany(user),
  },
  defaultSort: '-startsOn',
  access: { read: readPeriodsAsStaffOrCompany, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    {
      type: 'row',
      fields: [day('startsOn', { en: 'First day', ja: '開始日' }), day('endsOn', { en: 'Last day', ja: '終了日' })],
    },
  ],
  hooks: {
    beforeDelete: [deleteAnswersOf('period')],
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        // Whole days in Japan, however a client wrote the dates: "2026-09-30" and
        // "2026-09-30T15:00:00+09:00" are the same last day.
        const [start, end] = [data.startsOn ?? originalDoc?.startsOn, data.endsOn ?? originalDoc?.endsOn]
        // A missing or unreadable date is the fields' own validation to report.
        if ([start, end].some((value) => !value || Number.isNaN(new Date(String(value)).getTime()))) return data
        const startsOn = tokyoDay(String(start))
        const endsOn = tokyoDay(String(end))
        const fail = (path: string, message: string) => {
          throw new ValidationError({ collection: 'safety-periods', errors: [{ path, message }], req })
        }
        if (endsOn < startsOn) fail('endsOn', 'The last day comes before the first day')
        // Once its answers are tallied and deleted, a period reopened would take answers that its
        // archived tally, which its figures come from, never counts.
        if (
          operation === 'update' &&
          originalDoc &&
          (startsOn !== tokyoDay(originalDoc.startsOn) || endsOn !== tokyoDay(originalDoc.endsOn)) &&
          (
            await req.payload.count({
              collection: 'safety-tallies',
              where: { period: { equals: originalDoc.id } },
              overrideAccess: true,
              req,
            })
          ).totalDocs > 0
        )
          fail(
            'endsOn',
            'The answers of this period were tallied and deleted after its retention: its days can no longer change',
          )
        const { docs } = await req.payload.find({
          collection: 'safety-periods',
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
        const overlapping = docs.find(
          (other) =>
            other.id !== originalDoc?.id && tokyoDay(other.startsOn) <= endsOn && startsOn <= tokyoDay(other.endsOn),
        )
        if (overlapping)
          fail('startsOn', `Overlaps the period "${overlapping.label}": every answer belongs to one period`)
        return data
      },
    ],
  },
}
