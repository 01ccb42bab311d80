import { FISCAL_HALVES, REPORT_KIND_TERMS } from '@mirai/content-schemas/taxonomies'

import { termOptions } from '../../fields/taxonomy'
import type { GlobalConfig } from 'payload'

import { hiddenOutsideSecretariat } from '../../access/admin'
import { staffOnly } from '../../access/content'
import { normalizeDate } from '../../fields/dates'
import { wholeNumber } from '../../fields/inputRules'
import { readReportingPeriods } from './access'

/** When each activity plan and report is due; members see what they owe on their reports list. */
export const ReportingPeriods: GlobalConfig = {
  slug: 'reporting-periods',
  label: { en: 'Reporting periods', ja: '報告期限' },
  access: {
    read: readReportingPeriods,
    update: staffOnly,
  },
  admin: {
    hidden: hiddenOutsideSecretariat,
    description: 'Deadlines of the annual activity plans and semi-annual activity reports.',
  },
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
              options: termOptions(REPORT_KIND_TERMS),
            },
            { name: 'fiscalYear', type: 'number', required: true, min: 2020, max: 2100, ...wholeNumber },
            {
              name: 'half',
              type: 'select',
              options: termOptions(FISCAL_HALVES),
              validate: (
                value: string | null | undefined,
                { siblingData }: { siblingData: Record<string, unknown> },
              ) =>
                siblingData.kind === 'semi-annual-report' && !value
                  ? 'A semi-annual report period needs its half'
                  : true,
            },
            {
              name: 'deadline',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly' } },
              hooks: { beforeChange: [normalizeDate] },
            },
          ],
        },
      ],
    },
  ],
}
