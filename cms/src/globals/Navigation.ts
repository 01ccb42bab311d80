import type { GlobalConfig } from 'payload'

import { hiddenFromMembers } from '../access/admin'
import { anyone, updateContent } from '../access/content'
import { LINKABLE_COLLECTIONS } from '../richtext/editor'
import { validateHttpUrl } from '../fields/validators'
import { rebuildAfterGlobalChange } from '../publish/hooks'

/** The site's main menu, one per language (a language may feature different pages). */
export const Navigation: GlobalConfig = {
  hooks: { afterChange: [rebuildAfterGlobalChange] },
  slug: 'navigation',
  label: { en: 'Navigation', ja: 'ナビゲーション' },
  access: { read: anyone, update: updateContent },
  admin: { hidden: hiddenFromMembers },
  fields: [
    {
      name: 'items',
      type: 'array',
      localized: true,
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'section',
          options: [
            { value: 'section', label: 'Site section' },
            { value: 'document', label: 'A page or article' },
            { value: 'custom', label: 'Other address' },
          ],
        },
        {
          name: 'section',
          type: 'select',
          options: ['articles', 'videos', 'countries', 'events', 'good-practices', 'search'].map((s) => ({ value: s, label: s })),
          admin: { condition: (_, sibling) => sibling?.type === 'section' },
        },
        {
          name: 'document',
          type: 'relationship',
          relationTo: [...LINKABLE_COLLECTIONS],
          admin: { condition: (_, sibling) => sibling?.type === 'document' },
        },
        {
          name: 'url',
          type: 'text',
          validate: validateHttpUrl,
          admin: { condition: (_, sibling) => sibling?.type === 'custom' },
        },
      ],
    },
  ],
}
