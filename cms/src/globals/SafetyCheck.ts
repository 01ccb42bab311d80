import { CODE_OF_CONDUCT_COMMITMENTS, SAFETY_SECTION_TERMS, SAFETY_SEVERITIES } from '@mirai/content-schemas/taxonomies'

import { termOptions } from '../fields/taxonomy'
import { ValidationError, type GlobalConfig } from 'payload'

import { hiddenOutsideContentTeam } from '../access/admin'
import { anyone, updateContent } from '../access/content'
import { richTextField } from '../fields/richText'
import { lockSharedFieldsForTranslators } from '../fields/translatorLock'
import { rebuildAfterGlobalChange } from '../publish/hooks'

/**
 * The questions of the safety self-check on the public site (/{lang}/safety/): plain-language
 * questions per section, how serious a "yes" is, and the articles that explain the rules.
 */
export const SafetyCheck: GlobalConfig = {
  slug: 'safety-check',
  label: { en: 'Safety self-check', ja: 'セーフティ・セルフチェック' },
  access: { read: anyone, update: updateContent },
  admin: {
    hidden: hiddenOutsideContentTeam,
    description: 'Questions of the self-check. Answers never leave the reader’s device.',
  },
  hooks: {
    // Answers are kept per question key: two questions with one key would share an answer.
    beforeValidate: [
      ({ data, req }) => {
        const keys = ((data?.sections ?? []) as { questions?: { key?: string }[] }[])
          .flatMap((s) => (s.questions ?? []).map((q) => q.key))
          .filter(Boolean)
        const twice = keys.find((key, i) => keys.indexOf(key) !== i)
        if (twice)
          throw new ValidationError({
            global: 'safety-check',
            errors: [
              { path: 'sections', message: `Two questions have the key "${twice}"; each question needs its own` },
            ],
            req,
          })
        return data
      },
    ],
    afterChange: [rebuildAfterGlobalChange],
  },
  fields: lockSharedFieldsForTranslators([
    richTextField('intro'),
    {
      name: 'sections',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'key', type: 'select', required: true, options: termOptions(SAFETY_SECTION_TERMS) },
        { name: 'title', type: 'text', required: true, localized: true },
        {
          name: 'questions',
          type: 'array',
          minRows: 1,
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              admin: {
                description: 'Stable ASCII id of the question (e.g. overtime-45-hours); results and tests refer to it.',
              },
              validate: (value: string | null | undefined) =>
                value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
                  ? true
                  : 'Use lowercase letters, digits and hyphens, e.g. overtime-45-hours',
            },
            richTextField('text', { required: true }),
            {
              name: 'severity',
              type: 'select',
              required: true,
              defaultValue: 'check',
              options: termOptions(SAFETY_SEVERITIES),
            },
            {
              name: 'explanations',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              admin: { description: 'Articles that explain the rule; shown with the result.' },
            },
            {
              name: 'commitment',
              label: { en: 'Code of Conduct commitment', ja: '行動原則の項目' },
              type: 'select',
              options: termOptions(CODE_OF_CONDUCT_COMMITMENTS),
              admin: {
                description: {
                  en: 'The commitment a "yes" to this question falls short of; named in the feedback reports to companies.',
                  ja: 'この質問に「はい」が付くとき、守られていない行動原則。企業へのフィードバック報告に記載されます。',
                },
              },
            },
            {
              name: 'forCompanies',
              label: { en: 'For companies (feedback reports)', ja: '企業向け（フィードバック報告）' },
              type: 'group',
              admin: {
                description: {
                  en: 'Shown to companies with their figures, in Japanese and English; workers never see it.',
                  ja: '集計結果とともに企業に日本語・英語で示します。労働者には表示されません。',
                },
              },
              fields: [
                {
                  name: 'explanation',
                  label: { en: 'What a "yes" means', ja: '「はい」が示すこと' },
                  type: 'textarea',
                  localized: true,
                  maxLength: 1500,
                },
                {
                  name: 'action',
                  label: { en: 'Recommended action', ja: '推奨される対応' },
                  type: 'textarea',
                  localized: true,
                  maxLength: 1500,
                },
              ],
            },
          ],
        },
      ],
    },
  ]),
}
