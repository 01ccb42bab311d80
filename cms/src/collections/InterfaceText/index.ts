import { isUiKey, UI_NOTES } from '@mirai/content-schemas/i18n'

import { nobody } from '../../access/content'
import { serverOwnedField } from '../../access/fields'
import { publicContentCollection } from '../shared/publicContent'
import { INTERFACE_TEXT } from './catalogue'
import { keepsPlaceholders, keepTheCodesKeys, showCodeText } from './hooks'

/** The longest interface text (the longest of the code's is under 400 characters). */
export const MAX_INTERFACE_TEXT = 2000

/**
 * The site's interface text — menus, buttons, notices, the safety check's frame, the newsletters'
 * and the service worker's words — for translators to correct in their languages. One document
 * per namespace of keys, made by the server from the code (./ensure.ts); the code's strings show
 * wherever a language has no text of its own (./hooks.ts). Public content like the rest: drafts,
 * translators in their languages behind the ready gate, the secretariat publishes, and a
 * published change rebuilds the site.
 */
export const InterfaceText = publicContentCollection({
  slug: INTERFACE_TEXT,
  labels: {
    singular: { en: 'Interface text', ja: '画面の文言' },
    plural: { en: 'Interface text', ja: '画面の文言' },
  },
  admin: {
    useAsTitle: 'namespace',
    defaultColumns: ['namespace', '_status', 'updatedAt'],
    // About thirty groups: all on one page.
    pagination: { defaultLimit: 50, limits: [50] },
    description:
      'The words of the site around the content: menus, buttons, notices, the safety check, newsletters. A text left empty shows the built-in one. Keep each {placeholder} as it is.',
    group: { en: 'Translation', ja: '翻訳' },
  },
  defaultSort: 'namespace',
  // The documents and their rows are the code's keys: made and extended by the server alone.
  access: { create: nobody, delete: nobody },
  hooks: { beforeRead: [showCodeText], beforeChange: [keepTheCodesKeys] },
  fields: [
    {
      // Server-owned, so not `required`: a restore or save from a client never carries it.
      name: 'namespace',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true },
      access: serverOwnedField,
    },
    {
      name: 'strings',
      type: 'array',
      admin: { isSortable: false, initCollapsed: false },
      fields: [
        { name: 'key', type: 'text', admin: { readOnly: true }, access: serverOwnedField },
        {
          // Where readers see the text and what its placeholders stand for, from the code.
          name: 'note',
          type: 'textarea',
          virtual: true,
          admin: { readOnly: true },
          hooks: { afterRead: [({ siblingData }) => (isUiKey(siblingData?.key) ? UI_NOTES[siblingData.key] : null)] },
        },
        {
          name: 'text',
          type: 'textarea',
          localized: true,
          maxLength: MAX_INTERFACE_TEXT,
          validate: keepsPlaceholders,
        },
      ],
    },
  ],
})
