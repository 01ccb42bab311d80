import {
  CODE_OF_CONDUCT_COMMITMENTS,
  FISCAL_HALVES,
  REPORT_KIND_TERMS,
  REPORT_STATUS_TERMS,
  REPORT_VISIBILITY_TERMS,
} from '@mirai/content-schemas/taxonomies'
import type { CollectionConfig } from 'payload'

import { serverOwnedField, staffOnlyField } from '../../access/fields'
import { organisationOf } from '../../access/roles'
import { serverURL } from '../../env'
import { wholeNumber } from '../../fields/inputRules'
import { bilingualLabel, termOptions } from '../../fields/taxonomy'
import { contentEditor } from '../../richtext/editor'
import {
  deleteReports,
  memberOfAnOrganisationOrStaff,
  ownOrganisationOrStaffField,
  readReports,
  updateReports,
} from './access'
import { commitmentFieldName } from './commitments'
import { dueReportsEndpoint } from './dueEndpoint'
import { attachmentsOfTheOrganisation } from './hooks/attachments'
import { notifyReportChange } from './hooks/notifications'
import { turnIntoGoodPractice } from './hooks/toGoodPractice'
import { enforceReportWorkflow } from './hooks/workflow'

export const ActivityReports: CollectionConfig = {
  slug: 'activity-reports',
  labels: {
    singular: { en: 'Activity plan / report', ja: '活動計画・活動報告' },
    plural: { en: 'Activity plans and reports', ja: '活動計画・活動報告' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'kind', 'fiscalYear', 'half', 'status'],
    description:
      'Annual activity plans and semi-annual activity reports, structured by the five Code of Conduct commitments.',
    components: { beforeListTable: ['/collections/ActivityReports/components/DueReports#DueReports'] },
    // "Preview" opens the whole report as a printable page (print it or save it as PDF).
    preview: (doc) => `${serverURL}/reports/${doc.id}/print`,
  },
  defaultSort: '-updatedAt',
  access: {
    read: readReports,
    create: memberOfAnOrganisationOrStaff,
    update: updateReports,
    delete: deleteReports,
  },
  hooks: {
    beforeChange: [enforceReportWorkflow, attachmentsOfTheOrganisation, turnIntoGoodPractice],
    afterChange: [notifyReportChange],
  },
  endpoints: [dueReportsEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      // Members always report for their own organisation (enforced by the workflow hook).
      defaultValue: ({ user }) => organisationOf(user) ?? undefined,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: termOptions(REPORT_KIND_TERMS) },
        {
          name: 'fiscalYear',
          type: 'number',
          required: true,
          min: 2020,
          max: 2100,
          ...wholeNumber,
          admin: { description: 'Japanese fiscal year (April–March), e.g. 2024' },
        },
        {
          name: 'half',
          type: 'select',
          options: termOptions(FISCAL_HALVES.map((h) => ({ value: h.value, label: h.longLabel }))),
          validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
            siblingData.kind === 'semi-annual-report' && !value
              ? 'A semi-annual report needs the half of the fiscal year it covers'
              : true,
          admin: { condition: (_, sibling) => sibling?.kind === 'semi-annual-report' },
        },
      ],
    },
    {
      name: 'commitments',
      type: 'group',
      label: 'Activities by Code of Conduct commitment',
      fields: CODE_OF_CONDUCT_COMMITMENTS.map((c) => ({
        name: commitmentFieldName(c.value),
        label: `${c.number}. ${bilingualLabel(CODE_OF_CONDUCT_COMMITMENTS, c.value)}`,
        type: 'richText' as const,
        editor: contentEditor,
      })),
    },
    { name: 'attachments', type: 'upload', relationTo: 'report-attachments', hasMany: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: termOptions(REPORT_STATUS_TERMS),
      hooks: { beforeDuplicate: [() => 'draft'] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'private',
      options: termOptions(REPORT_VISIBILITY_TERMS),
      // A copy is the organisation's own until the secretariat shares it.
      hooks: { beforeDuplicate: [() => 'private'] },
      admin: { position: 'sidebar', description: 'Who may read the report once accepted' },
    },
    {
      name: 'makeGoodPractice',
      type: 'checkbox',
      label: { en: 'Turn into a good practice (on save)', ja: '保存時にグッドプラクティスの下書きを作成' },
      virtual: true,
      access: { create: staffOnlyField, update: staffOnlyField, read: staffOnlyField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'accepted' && !data?.goodPractice,
        description:
          'Creates a draft good practice with this organisation, its commitments and text, linked to this report.',
      },
    },
    {
      name: 'goodPractice',
      type: 'relationship',
      relationTo: 'good-practices',
      // Written by the workflow hooks only; what a client sends for it is ignored.
      access: serverOwnedField,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.goodPractice) },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      access: { create: staffOnlyField, update: staffOnlyField, read: ownOrganisationOrStaffField },
      // A copy of a report starts without the secretariat's comment.
      hooks: { beforeDuplicate: [() => null] },
      admin: { position: 'sidebar', description: "The secretariat's comment when returning or accepting" },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: { ...serverOwnedField, read: ownOrganisationOrStaffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'history',
      type: 'array',
      access: { ...serverOwnedField, read: ownOrganisationOrStaffField },
      admin: { readOnly: true },
      fields: [
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text' },
        { name: 'at', type: 'date' },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'comment', type: 'textarea' },
      ],
    },
  ],
}
