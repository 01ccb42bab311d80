import { LOCALES } from '@mirai/content-schemas/locales'
import { WEEKDAYS } from '@mirai/content-schemas/opening-hours'
import type { GlobalConfig } from 'payload'

import { hiddenFromMembers } from '../access/admin'
import { anyone, updateContent } from '../access/content'
import { lockSharedFieldsForTranslators } from '../fields/translatorLock'
import { validateEmail, validateHttpUrl, validatePhone } from '../fields/validators'
import { rebuildAfterGlobalChange } from '../publish/hooks'

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/

const validateTime = (value: string | null | undefined) =>
  !value || TIME.test(value) ? true : `"${value}" is not a time: use 24-hour HH:MM, e.g. 09:00 or 17:30`

/** Organisation contacts and the consultation service readers can reach from every page. */
export const SiteSettings: GlobalConfig = {
  hooks: { afterChange: [rebuildAfterGlobalChange] },
  slug: 'site-settings',
  label: { en: 'Site settings', ja: 'サイト設定' },
  access: { read: anyone, update: updateContent },
  admin: { hidden: hiddenFromMembers },
  fields: lockSharedFieldsForTranslators([
    {
      name: 'organisation',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true },
        { name: 'email', type: 'text', validate: validateEmail },
        { name: 'phone', type: 'text', validate: validatePhone },
        { name: 'url', type: 'text', validate: validateHttpUrl },
        { name: 'address', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'consultation',
      label: 'Consultation service for workers',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true },
        { name: 'description', type: 'textarea', localized: true },
        { name: 'phone', type: 'text', validate: validatePhone },
        { name: 'url', type: 'text', validate: validateHttpUrl },
        { name: 'free', type: 'checkbox', defaultValue: true, label: 'Free of charge' },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          options: LOCALES.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.englishName})` })),
        },
        {
          name: 'hours',
          label: 'Opening hours (Japan time)',
          type: 'array',
          fields: [
            { name: 'day', type: 'select', required: true, options: WEEKDAYS.map((d) => ({ value: d, label: d })) },
            { name: 'opens', type: 'text', required: true, validate: validateTime },
            { name: 'closes', type: 'text', required: true, validate: validateTime },
          ],
        },
      ],
    },
    {
      name: 'social',
      type: 'array',
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['facebook', 'x', 'youtube', 'linkedin', 'instagram'].map((p) => ({ value: p, label: p })),
        },
        { name: 'url', type: 'text', required: true, validate: validateHttpUrl },
      ],
    },
  ]),
}
