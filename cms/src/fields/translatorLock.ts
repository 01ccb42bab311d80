import type { Field, FieldAccess } from 'payload'

import { isTranslator } from '../access/roles'

const notTranslator: FieldAccess = ({ req }) => !isTranslator(req.user)

/**
 * Translators change translated text only: every field that is the same in all languages
 * (slug, category, dates, relations, …) becomes read-only for them, enforced by Payload's field
 * access on the server. Layout fields (row, collapsible, tabs, unnamed groups) are walked into.
 */
export function lockSharedFieldsForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui') return field
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lockSharedFieldsForTranslators(tab.fields) })) }
    }
    if ('localized' in field && field.localized) return field
    if ((field.type === 'group' || field.type === 'array') && 'fields' in field && hasLocalizedField(field.fields)) {
      // A shared group/array that contains translated text: lock only its shared parts.
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields) } as Field
    }
    // Composed with the field's own update rule: a field only the server writes stays that way.
    const own = field.access?.update
    const update: FieldAccess = own ? async (args) => notTranslator(args) && (await own(args)) : notTranslator
    return { ...field, access: { ...(field.access ?? {}), update } } as Field
  })
}

function hasLocalizedField(fields: Field[]): boolean {
  return fields.some(
    (f) =>
      ('localized' in f && f.localized) ||
      ('fields' in f && Array.isArray(f.fields) && hasLocalizedField(f.fields)) ||
      (f.type === 'tabs' && f.tabs.some((t) => hasLocalizedField(t.fields))),
  )
}
