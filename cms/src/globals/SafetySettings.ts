import type { GlobalConfig, NumberFieldSingleValidation } from 'payload'

import { hiddenOutsideSecretariat } from '../access/admin'
import { staffOnly } from '../access/content'
import { adminOnly } from '../access/users'
import { validateEmail } from '../fields/validators'
import { MIN_THRESHOLD } from '../safety/aggregate'
import {
  DEFAULT_ANSWER_RETENTION_DAYS,
  DEFAULT_REQUEST_RETENTION_DAYS,
  defaultThreshold,
  MAX_RETENTION_DAYS,
  MAX_THRESHOLD,
} from '../safety/settings'

const wholeNumber =
  (min: number, max: number, message: string): NumberFieldSingleValidation =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? true
      : `${message} (a whole number from ${min} to ${max})`

/**
 * The secretariat's rules for JP-MIRAI Safety: how few respondents a figure may come from, how
 * long raw answers and closed consultation requests are kept, and where Assist hears of a new
 * request. The code reads them through safety/settings.ts only. Admins change them (a lower
 * threshold or a longer retention is a privacy decision); editors see them; no one else.
 */
export const SafetySettings: GlobalConfig = {
  slug: 'safety-settings',
  label: { en: 'Safety settings', ja: 'セーフティ設定' },
  admin: {
    group: { en: 'JP-MIRAI Safety', ja: 'JP-MIRAI Safety' },
    hidden: hiddenOutsideSecretariat,
    description: {
      en: 'Privacy rules of the anonymous feedback to companies. Only admins can change them.',
      ja: '企業への匿名フィードバックのプライバシー規則。変更できるのは管理者だけです。',
    },
  },
  access: { read: staffOnly, update: adminOnly },
  fields: [
    {
      name: 'threshold',
      label: { en: 'Fewest respondents for a figure', ja: '集計を表示する最少回答者数' },
      type: 'number',
      required: true,
      defaultValue: () => defaultThreshold(),
      validate: wholeNumber(
        MIN_THRESHOLD,
        MAX_THRESHOLD,
        `The threshold cannot be lower than ${MIN_THRESHOLD}: in a smaller group a company could tell who answered what`,
      ),
      admin: {
        step: 1,
        description: {
          en: `A site with fewer respondents shows “not enough answers”. Never lower than ${MIN_THRESHOLD}; 5 is recommended.`,
          ja: `回答者がこれより少ない事業所は「回答が不足しています」と表示されます。${MIN_THRESHOLD}未満にはできません（推奨は5）。`,
        },
      },
    },
    {
      name: 'answerRetentionDays',
      label: { en: 'Days raw answers are kept after a period', ja: '集計期間終了後の回答保存日数' },
      type: 'number',
      required: true,
      defaultValue: DEFAULT_ANSWER_RETENTION_DAYS,
      validate: wholeNumber(1, MAX_RETENTION_DAYS, 'Raw answers are kept for at least one day after their period'),
      admin: {
        step: 1,
        description: {
          en: 'Days after a period’s last day (Japan time) until its answers are deleted. Each site’s totals are kept first, so past figures, trends and yearly totals stay.',
          ja: '集計期間の最終日（日本時間）から回答を削除するまでの日数。削除の前に事業所ごとの集計を保存するため、過去の数値・推移・年間合計は残ります。',
        },
      },
    },
    {
      name: 'requestRetentionDays',
      label: { en: 'Days a closed consultation request is kept', ja: '完了した相談依頼の保存日数' },
      type: 'number',
      required: true,
      defaultValue: DEFAULT_REQUEST_RETENTION_DAYS,
      validate: wholeNumber(1, MAX_RETENTION_DAYS, 'A closed request is kept for at least one day'),
      admin: {
        step: 1,
        description: {
          en: 'Days after a request was closed until it is deleted with the worker’s contact details.',
          ja: '相談依頼を完了にしてから、労働者の連絡先とともに削除するまでの日数。',
        },
      },
    },
    {
      name: 'assistEmail',
      label: { en: 'Tell JP-MIRAI Assist of new requests at', ja: '新しい相談依頼の通知先（JP-MIRAI Assist）' },
      type: 'text',
      // A validate of our own replaces Payload's, maxLength included: both are checked here.
      validate: (value: string | null | undefined) =>
        value && value.length > 254 ? 'An email address has at most 254 characters' : validateEmail(value),
      admin: {
        description: {
          en: 'Gets an email that a request arrived, never its content. Empty: nobody is emailed.',
          ja: '依頼が届いたことだけをメールで知らせます（内容は含みません）。空欄の場合は通知しません。',
        },
      },
    },
  ],
}
