import { NEWSLETTER_KINDS, NEWSLETTER_STORY_KINDS } from '@mirai/content-schemas/taxonomies'
import { DEFAULT_LOCALE } from '@mirai/content-schemas/locales'
import { isRichTextEmpty } from '@mirai/content-schemas/richtext'
import { ValidationError, type Block, type CollectionBeforeValidateHook } from 'payload'

import { readPublicIssuesOrTeam } from '../access/content'
import { serverURL } from '../env'
import { JAPAN_TIMEZONES, normalizeDate } from '../fields/dates'
import { richTextField } from '../fields/richText'
import { checkNewsletterReferences, fillWeeklyBulletin } from '../hooks/newsletterHooks'
import { publicContentCollection } from './shared/publicContent'
import { wholeNumber } from '../fields/inputRules'

export const PREHEADER_MAX = 90

/** Monthly No. 7 is one issue: a second would take its page in the archive. */
const oneIssuePerNumber: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const kind = data?.kind ?? originalDoc?.kind
  const issueNumber = data?.issueNumber ?? originalDoc?.issueNumber
  if (!kind || typeof issueNumber !== 'number') return data
  const { totalDocs } = await req.payload.count({
    collection: 'newsletters',
    where: {
      and: [
        { kind: { equals: kind } },
        { issueNumber: { equals: issueNumber } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: 'newsletters',
      errors: [{ path: 'issueNumber', message: `Issue No. ${issueNumber} of this kind already exists` }],
      req,
    })
  }
  return data
}

const story: Block = {
  slug: 'story',
  labels: { singular: { en: 'Story', ja: '記事ブロック' }, plural: { en: 'Stories', ja: '記事ブロック' } },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'message',
      options: NEWSLETTER_STORY_KINDS.map((k) => ({ value: k.value, label: k.label })),
    },
    // Written in Japanese first; a language without its own text shows the fallback, marked.
    {
      name: 'heading',
      type: 'text',
      localized: true,
      validate: (value: string | null | undefined, { req }: { req: { locale?: string | null } }) =>
        req.locale === DEFAULT_LOCALE && !value?.trim() ? 'A story needs a heading in Japanese' : true,
    },
    richTextField('body', {
      validate: (value: unknown, { req }: { req: { locale?: string | null } }) =>
        req.locale === DEFAULT_LOCALE && isRichTextEmpty(value) ? 'A story needs its text in Japanese' : true,
    }),
  ],
}

const reference: Block = {
  slug: 'reference',
  labels: {
    singular: { en: 'Card (article, event, good practice, video)', ja: 'カード（記事・イベント等）' },
    plural: { en: 'Cards', ja: 'カード' },
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: ['articles', 'events', 'good-practices', 'videos'],
      required: true,
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      admin: { description: 'Optional line under the card, e.g. why it matters this month.' },
    },
  ],
}

/** The monthly newsletter to members and the weekly event bulletin, exported as email (see src/newsletter/). */
export const Newsletters = publicContentCollection({
  slug: 'newsletters',
  labels: { singular: { en: 'Newsletter', ja: 'ニュースレター' }, plural: { en: 'Newsletters', ja: 'ニュースレター' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'issueNumber', 'issueDate', '_status'],
    description:
      'Monthly newsletters and weekly event bulletins. Publishing approves an issue; "Public" also shows it in the site archive.',
    // "Preview" shows the email exactly as sent, in the language being edited, with the export links.
    preview: (doc, { locale }) => `${serverURL}/newsletters/${doc.id}/preview?locale=${locale ?? 'ja'}`,
  },
  defaultSort: '-issueDate',
  read: readPublicIssuesOrTeam,
  hooks: { beforeValidate: [oneIssuePerNumber], beforeChange: [fillWeeklyBulletin, checkNewsletterReferences] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'monthly',
          options: NEWSLETTER_KINDS.map((k) => ({ value: k.value, label: k.label })),
        },
        { name: 'issueNumber', type: 'number', required: true, min: 1, index: true, ...wholeNumber },
        {
          name: 'issueDate',
          type: 'date',
          required: true,
          index: true,
          timezone: JAPAN_TIMEZONES,
          admin: { date: { pickerAppearance: 'dayOnly' } },
          hooks: { beforeChange: [normalizeDate] },
        },
      ],
    },
    { name: 'subject', type: 'text', required: true, localized: true },
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      admin: { description: `The line inboxes show after the subject (at most ${PREHEADER_MAX} characters).` },
      validate: (value: string | null | undefined) =>
        value && [...value].length > PREHEADER_MAX
          ? `The preheader has ${[...value].length} characters; inboxes show at most ${PREHEADER_MAX}`
          : true,
    },
    richTextField('intro'),
    { name: 'sections', type: 'blocks', blocks: [story, reference] },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Show this issue in the newsletter archive of the public site.' },
    },
    {
      type: 'collapsible',
      label: { en: 'Weekly bulletin: fill automatically', ja: '週刊イベント情報：自動作成' },
      admin: { condition: (data) => data?.kind === 'weekly' },
      fields: [
        {
          name: 'bulletinWeek',
          type: 'date',
          hooks: { beforeChange: [normalizeDate] },
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: 'Any day of the week the bulletin goes out (it starts on that Monday, Japan time).',
          },
        },
        {
          name: 'weeksAhead',
          type: 'number',
          defaultValue: 4,
          min: 1,
          max: 12,
          ...wholeNumber,
          admin: { description: 'How many weeks of upcoming events to list.' },
        },
        {
          name: 'fillBulletin',
          type: 'checkbox',
          virtual: true,
          label: {
            en: 'Fill on save: upcoming events and the articles published since the last bulletin',
            ja: '保存時に自動入力（今後のイベントと前回以降の新着記事）',
          },
        },
      ],
    },
  ],
})
