import { t } from '@mirai/content-schemas/i18n'
import { SITE_SECTIONS } from '@mirai/content-schemas/taxonomies'
import { APIError, type GlobalBeforeChangeHook, type GlobalConfig } from 'payload'

import { hiddenOutsideContentTeam } from '../access/admin'
import { anyone, updateContent } from '../access/content'
import { LINKABLE_COLLECTIONS } from '../richtext/editor'
import { termOptions } from '../fields/taxonomy'
import { validateHttpUrl } from '../fields/validators'
import { isTranslator } from '../access/roles'
import { rebuildAfterGlobalChange } from '../publish/hooks'
import { idOf } from '../utilities/idOf'

/** The sections a menu item may lead to: the site's sections, and its search page named as the menu names it. */
const SECTION_TARGETS = [
  ...SITE_SECTIONS,
  { value: 'search', label: { en: t('en', 'nav.search'), ja: t('ja', 'nav.search') } },
] as const

type Item = {
  id?: string
  type?: string
  section?: string
  url?: string
  document?: { relationTo?: string; value?: unknown }
}
const target = (item: Item | undefined) =>
  JSON.stringify([
    item?.id,
    item?.type,
    item?.section ?? null,
    item?.url ?? null,
    item?.document?.relationTo ?? null,
    idOf(item?.document?.value),
  ])

/**
 * Translators write the labels of their language's menu. Where it leads — the sections, pages and
 * outside addresses on every page of that language, live at once — is the secretariat's.
 */
const translatorsLabelOnly: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isTranslator(req.user)) return data
  const before = ((originalDoc?.items ?? []) as Item[]).map(target)
  const after = ((data.items ?? []) as Item[]).map(target)
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    throw new APIError(
      "Translators change the labels of the menu; what it links to is the secretariat's. Ask an editor.",
      403,
      undefined,
      true,
    )
  }
  return data
}

/** The site's main menu, one per language (a language may feature different pages). */
export const Navigation: GlobalConfig = {
  hooks: { beforeChange: [translatorsLabelOnly], afterChange: [rebuildAfterGlobalChange] },
  slug: 'navigation',
  label: { en: 'Navigation', ja: 'ナビゲーション' },
  access: { read: anyone, update: updateContent },
  admin: { hidden: hiddenOutsideContentTeam },
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
          options: termOptions(SECTION_TARGETS),
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
