import type { CollectionConfig } from 'payload'

import { anyone, staffOnly, updateContent } from '../access/content'
import { hiddenOutsideContentTeam } from '../access/admin'
import { slugField } from '../fields/slug'
import { lockSharedFieldsForTranslators } from '../fields/translatorLock'
import { siteRebuildHooks } from '../publish/hooks'

/** Free keywords on articles, translated like everything readers see. */
export const Tags: CollectionConfig = {
  hooks: { afterChange: siteRebuildHooks.afterChange, afterDelete: siteRebuildHooks.afterDelete },
  slug: 'tags',
  labels: { singular: { en: 'Tag', ja: 'タグ' }, plural: { en: 'Tags', ja: 'タグ' } },
  admin: { useAsTitle: 'name', hidden: hiddenOutsideContentTeam },
  access: { read: anyone, create: staffOnly, update: updateContent, delete: staffOnly },
  fields: lockSharedFieldsForTranslators([
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name' }),
  ]),
}
