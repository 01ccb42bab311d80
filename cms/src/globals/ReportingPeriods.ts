import { REPORT_KINDS } from '@mirai/content-schemas/taxonomies'
import type { GlobalConfig } from 'payload'

import { isMember, isStaff } from '../access/roles'
import { normalizeDate } from '../fields/dates'
import { wholeNumber } from '../fields/inputRules'

/** When each activity plan and report is due; members see what they owe on their reports list. */
export const ReportingPeriods: GlobalConfig = {
  slug: 'reporting-periods',
  label: { en: 'Reporting periods', ja: '報告期限' },
  access: {
    read: ({ req: { user } }) => isStaff(user) || isMember(user),
    update: ({ req: { user } }) => isStaff(user),
  },
  admin: { hidden: ({ user }) => !isStaff(user), description: 'Deadlines of the annual activity plans and semi-annual activity reports.' },
  fields: [
    {
      name: 'periods',
      type: 'array',
      labels: { singular: { en: 'Period', ja: '期間' }, plural: { en: 'Periods', ja: '期間' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              options: REPORT_KINDS.map((k) => ({ value: k, label: k === 'annual-plan' ? { en: 'Annual activity plan', ja: '年間活動計画' } : { en: 'Semi-annual activity report', ja: '半期活動報告' } })),
            },
            { name: 'fiscalYear', type: 'number', required: true, min: 2020, max: 2100, ...wholeNumber },
            {
              name: 'half',
              type: 'select',
              options: [
                { value: 'first', label: { en: 'First half', ja: '上期' } },
                { value: 'second', label: { en: 'Second half', ja: '下期' } },
              ],
              validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
                siblingData.kind === 'semi-annual-report' && !value ? 'A semi-annual report period needs its half' : true,
            },
            { name: 'deadline', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } }, hooks: { beforeChange: [normalizeDate] } },
          ],
        },
      ],
    },
  ],
}
