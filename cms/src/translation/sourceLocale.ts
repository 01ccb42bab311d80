/**
 * The document's source language (translationScope.ts): the language its text is written in first
 * and that every translation is measured against. Editors choose it; translators cannot change it
 * (it is the same in every language, so the translator lock makes it read-only for them).
 */
import { getLocale } from '@mirai/content-schemas/locales'
import {
  defaultSourceLocale,
  SOURCE_LOCALE_FIELD,
  translationLocalesOf,
} from '@mirai/content-schemas/translation-scope'
import type { Field } from 'payload'
import { ValidationError } from 'payload'

import { staffOnlyField } from '../access/fields'

export function sourceLocaleField(collection: string): Field {
  const locales = translationLocalesOf(collection)
  return {
    name: SOURCE_LOCALE_FIELD,
    type: 'select',
    // Not required: an empty value means the collection's default (sourceLocaleOf).
    defaultValue: defaultSourceLocale(collection),
    options: locales.map((code) => ({ value: code, label: `${getLocale(code).nativeName} (${code})` })),
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: {
      position: 'sidebar',
      description: 'The language this document is written in first; translations are measured against it.',
    },
    hooks: {
      // Drafts skip field validation; a source language outside the document's languages would
      // make every status and notice wrong, so it is refused on every save.
      beforeChange: [
        ({ value, req }) => {
          if (value === undefined || value === null || locales.some((code) => code === value)) return value
          throw new ValidationError({
            errors: [
              {
                path: SOURCE_LOCALE_FIELD,
                message: `The source language must be one of ${locales.join(', ')}; "${String(value).slice(0, 20)}" is not.`,
              },
            ],
            req,
          })
        },
      ],
    },
  }
}
