import type { GlobalConfig } from 'payload'

import { hiddenOutsideContentTeam } from '../access/admin'
import { anyone, updateContent } from '../access/content'
import { lockSharedFieldsForTranslators } from '../fields/translatorLock'
import { consultationServiceFields } from '../fields/consultationService'
import { validateEmail, validateHttpUrl, validatePhone } from '../fields/validators'
import { rebuildAfterGlobalChange } from '../publish/hooks'

/** Organisation contacts and the consultation service readers can reach from every page. */
export const SiteSettings: GlobalConfig = {
  hooks: { afterChange: [rebuildAfterGlobalChange] },
  slug: 'site-settings',
  label: { en: 'Site settings', ja: 'サイト設定' },
  access: { read: anyone, update: updateContent },
  admin: { hidden: hiddenOutsideContentTeam },
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
      label: 'Consultation service for workers (JP-MIRAI Assist, shown on every page)',
      type: 'group',
      fields: consultationServiceFields(),
    },
    {
      name: 'otherServices',
      label: 'Other consultation services (listed by the safety check and the consultation finder)',
      type: 'array',
      fields: consultationServiceFields(),
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
