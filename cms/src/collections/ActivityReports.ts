import {
  CODE_OF_CONDUCT_COMMITMENTS,
  REPORT_KINDS,
  REPORT_STATUSES,
  REPORT_VISIBILITIES,
} from '@mirai/content-schemas/taxonomies'
import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { isMember, isStaff, organisationOf } from '../access/roles'
import { serverURL } from '../env'
import { contentEditor } from '../richtext/editor'
import { commitmentFieldName } from '../fields/commitmentSections'
import { notifyReportChange } from '../hooks/reportNotifications'
import { turnIntoGoodPractice } from '../hooks/reportToGoodPractice'
import { dueReportsEndpoint } from '../reports/dueEndpoint'
import { attachmentsOfTheOrganisation, enforceReportWorkflow } from '../hooks/reportWorkflow'
import { wholeNumber } from '../fields/inputRules'
import { idOf } from '../utilities/idOf'

const EDITABLE_BY_MEMBER = ['draft', 'returned']

/**
 * Members read their own organisation's reports, plus reports of other members that were accepted
 * and are shared with members. Nobody else outside the secretariat reads them.
 */
const readReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const sharedWithMembers: Where = { and: [{ status: { equals: 'accepted' } }, { visibility: { equals: 'members-only' } }] }
  return { or: [{ organisation: { equals: own } }, sharedWithMembers] }
}

/** Members edit their own reports while they are theirs to edit: draft, or returned for changes. */
const updateReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const ownEditable: Where[] = [{ organisation: { equals: own } }, { status: { in: EDITABLE_BY_MEMBER } }]
  return { and: ownEditable }
}

const deleteReports: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const own = organisationOf(user)
  if (!isMember(user) || !own) return false
  const ownDrafts: Where[] = [{ organisation: { equals: own } }, { status: { equals: 'draft' } }]
  return { and: ownDrafts }
}

const staffField: FieldAccess = ({ req }) => isStaff(req.user)
/**
 * The secretariat's side of a report (its review comment, the trail of who moved it when) is for
 * the organisation that wrote it; other members reading a shared report see the report itself.
 */
const ownOrganisationOrStaff: FieldAccess = ({ req, doc }) => {
  if (isStaff(req.user)) return true
  return isMember(req.user) && idOf(doc?.organisation) === organisationOf(req.user)
}
/** Written by the workflow hooks only; what a client sends for it is ignored, on create and update. */
const serverOwned = { create: () => false, update: () => false }

const KIND_LABELS: Record<(typeof REPORT_KINDS)[number], { en: string; ja: string }> = {
  'annual-plan': { en: 'Annual activity plan', ja: '年間活動計画' },
  'semi-annual-report': { en: 'Semi-annual activity report', ja: '半期活動報告' },
}

const STATUS_LABELS: Record<(typeof REPORT_STATUSES)[number], { en: string; ja: string }> = {
  draft: { en: 'Draft', ja: '下書き' },
  submitted: { en: 'Submitted', ja: '提出済み' },
  'in-review': { en: 'In review', ja: '確認中' },
  accepted: { en: 'Accepted', ja: '受理' },
  returned: { en: 'Returned for changes', ja: '差し戻し' },
}

const VISIBILITY_LABELS: Record<(typeof REPORT_VISIBILITIES)[number], { en: string; ja: string }> = {
  private: { en: 'Private (our organisation and the secretariat)', ja: '非公開（自団体と事務局のみ）' },
  'members-only': { en: 'Shared with members', ja: '会員に公開' },
  'proposed-good-practice': { en: 'Proposed as a good practice', ja: 'グッドプラクティスとして提案' },
}

const halves = [
  { value: 'first', label: { en: 'First half (April–September)', ja: '上期（4月〜9月）' } },
  { value: 'second', label: { en: 'Second half (October–March)', ja: '下期（10月〜3月）' } },
]

export const ActivityReports: CollectionConfig = {
  slug: 'activity-reports',
  labels: {
    singular: { en: 'Activity plan / report', ja: '活動計画・活動報告' },
    plural: { en: 'Activity plans and reports', ja: '活動計画・活動報告' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'kind', 'fiscalYear', 'half', 'status'],
    description: 'Annual activity plans and semi-annual activity reports, structured by the five Code of Conduct commitments.',
    components: { beforeListTable: ['/components/DueReports#DueReports'] },
    // "Preview" opens the whole report as a printable page (print it or save it as PDF).
    preview: (doc) => `${serverURL}/reports/${doc.id}/print`,
  },
  defaultSort: '-updatedAt',
  access: {
    read: readReports,
    create: ({ req: { user } }) => isStaff(user) || (isMember(user) && Boolean(organisationOf(user))),
    update: updateReports,
    delete: deleteReports,
  },
  hooks: { beforeChange: [enforceReportWorkflow, attachmentsOfTheOrganisation, turnIntoGoodPractice], afterChange: [notifyReportChange] },
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
      defaultValue: ({ user }: { user: unknown }) => organisationOf(user as never) ?? undefined,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: REPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) },
        { name: 'fiscalYear', type: 'number', required: true, min: 2020, max: 2100, ...wholeNumber, admin: { description: 'Japanese fiscal year (April–March), e.g. 2024' } },
        {
          name: 'half',
          type: 'select',
          options: halves,
          validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
            siblingData.kind === 'semi-annual-report' && !value ? 'A semi-annual report needs the half of the fiscal year it covers' : true,
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
        label: `${c.number}. ${c.label.ja} / ${c.label.en}`,
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
      options: REPORT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      hooks: { beforeDuplicate: [() => 'draft'] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'private',
      options: REPORT_VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] })),
      // A copy is the organisation's own until the secretariat shares it.
      hooks: { beforeDuplicate: [() => 'private'] },
      admin: { position: 'sidebar', description: 'Who may read the report once accepted' },
    },
    {
      name: 'makeGoodPractice',
      type: 'checkbox',
      label: { en: 'Turn into a good practice (on save)', ja: '保存時にグッドプラクティスの下書きを作成' },
      virtual: true,
      access: { create: staffField, update: staffField, read: staffField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'accepted' && !data?.goodPractice,
        description: 'Creates a draft good practice with this organisation, its commitments and text, linked to this report.',
      },
    },
    {
      name: 'goodPractice',
      type: 'relationship',
      relationTo: 'good-practices',
      access: serverOwned,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.goodPractice) },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      access: { create: staffField, update: staffField, read: ownOrganisationOrStaff },
      // A copy of a report starts without the secretariat's comment.
      hooks: { beforeDuplicate: [() => null] },
      admin: { position: 'sidebar', description: "The secretariat's comment when returning or accepting" },
    },
    { name: 'submittedAt', type: 'date', access: { ...serverOwned, read: ownOrganisationOrStaff }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'history',
      type: 'array',
      access: { ...serverOwned, read: ownOrganisationOrStaff },
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

export { commitmentFieldName }
