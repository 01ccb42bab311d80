import {
  ASSIST_DAYS,
  ASSIST_LANGUAGES,
  ASSIST_TIMES,
  CONSULTATION_LIMITS,
  MESSAGING_APP_NAMES,
  MESSAGING_APPS,
  type ContactMethod,
} from '@mirai/content-schemas/assist'
import { weekdayName } from '@mirai/content-schemas/dates'
import type { Access, CollectionConfig, Field, Option } from 'payload'

import { nobody } from '../../access/content'
import { serverOwnedField } from '../../access/fields'
import { isAdmin, isAssist } from '../../access/roles'
import { localeSelectField } from '../../fields/taxonomy'
import { CONSULTATION_REQUESTS, enforceRequestState, notifyAssist, type RequestStatus } from './hooks'
import { submitRequestEndpoint } from './submit'

const assistOrAdmin: Access = ({ req: { user } }) => isAssist(user) || isAdmin(user)

const languageName = (code: string, admin: 'en' | 'ja') =>
  new Intl.DisplayNames([admin], { type: 'language' }).of(code) ?? code

const labelled = (options: Record<string, { en: string; ja: string }>): Option[] =>
  Object.entries(options).map(([value, label]) => ({ value, label }))

/** What the worker wrote: kept as sent, changed by nobody (the endpoint writes it once). */
const asSent = { access: serverOwnedField, admin: { readOnly: true } } as const

const fields: Field[] = [
  // A random id rather than the database's: a MongoDB ObjectId carries the second it was made in.
  { name: 'id', type: 'text', access: serverOwnedField, admin: { hidden: true } },
  {
    name: 'reference',
    label: { en: 'Reference', ja: '受付番号' },
    type: 'text',
    unique: true,
    index: true,
    access: serverOwnedField,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        en: 'The number the worker was given and quotes when calling. Made by the server.',
        ja: '相談者に伝えた番号です（電話の際に相談者が伝えます）。サーバーが付けます。',
      },
    },
  },
  {
    name: 'status',
    label: { en: 'Status', ja: '対応状況' },
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    options: labelled({
      new: { en: 'New', ja: '未対応' },
      contacted: { en: 'Contacted', ja: '連絡済み' },
      closed: { en: 'Closed', ja: '完了' },
    } satisfies Record<RequestStatus, unknown>),
    admin: {
      position: 'sidebar',
      description: {
        en: 'New → contacted → closed, never back. A closed request is deleted after the retention period.',
        ja: '未対応 → 連絡済み → 完了の順にのみ進みます。完了した依頼は保存期間の後に削除されます。',
      },
    },
  },
  {
    name: 'receivedOn',
    label: { en: 'Received on', ja: '受付日' },
    type: 'text',
    index: true,
    access: serverOwnedField,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: { en: 'The day in Japan (no time is kept).', ja: '日本時間の日付（時刻は記録しません）。' },
    },
  },
  {
    name: 'closedAt',
    label: { en: 'Closed at', ja: '完了日時' },
    type: 'date',
    access: serverOwnedField,
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'method',
    label: { en: 'How to contact', ja: '連絡方法' },
    type: 'select',
    required: true,
    options: labelled({
      phone: { en: 'Phone', ja: '電話' },
      email: { en: 'Email', ja: 'メール' },
      messaging: { en: 'Messaging app', ja: 'メッセージアプリ' },
    } satisfies Record<ContactMethod, unknown>),
    ...asSent,
  },
  {
    name: 'contact',
    label: { en: 'Number, address or id', ja: '電話番号・メールアドレス・ID' },
    type: 'text',
    required: true,
    maxLength: CONSULTATION_LIMITS.contact,
    ...asSent,
  },
  {
    name: 'app',
    label: { en: 'Messaging app', ja: 'アプリ' },
    type: 'select',
    options: MESSAGING_APPS.map((app) => ({
      value: app,
      label:
        app === 'other'
          ? { en: 'Other (named with the id)', ja: 'その他（IDと一緒に記載）' }
          : MESSAGING_APP_NAMES[app],
    })),
    admin: { ...asSent.admin, condition: (data) => data?.method === 'messaging' },
    access: asSent.access,
  },
  {
    name: 'language',
    label: { en: 'Language for the call', ja: '相談の言語' },
    type: 'select',
    required: true,
    options: ASSIST_LANGUAGES.map((code) => ({
      value: code,
      label: { en: languageName(code, 'en'), ja: languageName(code, 'ja') },
    })),
    ...asSent,
  },
  {
    type: 'row',
    fields: [
      {
        name: 'days',
        label: { en: 'Convenient days', ja: '都合のよい曜日' },
        type: 'select',
        hasMany: true,
        options: ASSIST_DAYS.map((day) => ({
          value: day,
          label: { en: weekdayName(day, 'en'), ja: weekdayName(day, 'ja') },
        })),
        ...asSent,
        admin: { ...asSent.admin, description: { en: 'None: any opening day.', ja: '指定なし：どの曜日でも可。' } },
      },
      {
        name: 'times',
        label: { en: 'Convenient times (Japan)', ja: '都合のよい時間帯（日本時間）' },
        type: 'select',
        hasMany: true,
        options: ASSIST_TIMES.map((range) => {
          const [from, to] = range.split('-')
          return { value: range, label: `${from}:00–${to}:00` }
        }),
        ...asSent,
        admin: { ...asSent.admin, description: { en: 'None: any time.', ja: '指定なし：どの時間帯でも可。' } },
      },
    ],
  },
  {
    name: 'name',
    label: { en: 'Name or nickname', ja: '名前・ニックネーム' },
    type: 'text',
    maxLength: CONSULTATION_LIMITS.name,
    ...asSent,
  },
  {
    name: 'message',
    label: { en: 'Message', ja: 'メッセージ' },
    type: 'textarea',
    maxLength: CONSULTATION_LIMITS.message,
    ...asSent,
  },
  {
    name: 'concerns',
    label: { en: 'Answered “yes” in the safety check', ja: 'セルフチェックで「はい」と答えた項目' },
    type: 'text',
    hasMany: true,
    ...asSent,
    admin: {
      ...asSent.admin,
      description: {
        en: 'Keys of the questions, included only when the worker chose to.',
        ja: '質問のキーです。相談者が含めることを選んだ場合のみ。',
      },
    },
  },
  localeSelectField({
    name: 'siteLanguage',
    label: { en: 'Language of the site they used', ja: '利用したサイトの言語' },
    required: true,
    ...asSent,
  }),
]

/**
 * Workers' requests to be contacted by JP-MIRAI Assist, sent from the end of the safety check
 * (./submit.ts is the only way in). Read, moved on and deleted by Assist's counsellors and admins
 * only — never the secretariat's editors, translators, members or companies. A request holds what
 * the worker chose to give and the day it arrived; nothing ties it to a business site, a site code
 * or the worker's answers for a workplace.
 */
export const ConsultationRequests: CollectionConfig = {
  slug: CONSULTATION_REQUESTS,
  labels: {
    singular: { en: 'Consultation request', ja: '相談依頼' },
    plural: { en: 'Consultation requests', ja: '相談依頼' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'language', 'method', 'receivedOn'],
    listSearchableFields: ['reference'],
    group: { en: 'JP-MIRAI Assist', ja: 'JP-MIRAI Assist' },
    hidden: ({ user }) => !isAssist(user) && !isAdmin(user),
    description: {
      en: 'Workers who asked Assist to contact them. Search by the reference they quote.',
      ja: 'Assistからの連絡を希望した相談者です。相談者が伝える受付番号で検索できます。',
    },
  },
  defaultSort: '-receivedOn',
  access: { read: assistOrAdmin, create: nobody, update: assistOrAdmin, delete: assistOrAdmin },
  // createdAt/updatedAt would keep the moment each request arrived (and was last touched).
  timestamps: false,
  fields,
  endpoints: [submitRequestEndpoint],
  hooks: { beforeChange: [enforceRequestState], afterChange: [notifyAssist] },
}
