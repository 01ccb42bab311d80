import type { DateField } from 'payload'

import { normalizeDate } from './dates'

/** When the document first went public; set on first publish when the editor leaves it empty. */
export function publishedAtField(): DateField {
  return {
    name: 'publishedAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    hooks: {
      beforeChange: [
        ({ siblingData, value }) => {
          if (!value && siblingData?._status === 'published') return new Date().toISOString()
          return value
        },
        normalizeDate,
      ],
    },
  }
}
