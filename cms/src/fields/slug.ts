import { MAX_SLUG_LENGTH } from '@mirai/content-schemas/paths'
import type { Field, TextFieldSingleValidation } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** ASCII slug from a title, or '' when the title has no Latin letters or digits (e.g. Japanese). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
}

/**
 * The document's path segment: ASCII, unique, not localized, so a document has the same URL in
 * every language and switching language keeps the reader on the same page. Filled from the
 * English title when left empty.
 */
export function slugField({
  from = 'title',
  reserved = [],
}: { from?: string; reserved?: readonly string[] } = {}): Field {
  const validate: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
    if (!value) return 'Slug is required: give the document an ASCII slug such as "minimum-wage-2024"'
    if (!SLUG_PATTERN.test(value)) {
      return `Slug "${value}" may contain only lowercase letters a–z, digits and single hyphens (e.g. "minimum-wage-2024")`
    }
    if (value.length > MAX_SLUG_LENGTH)
      return `Slug "${value.slice(0, 24)}…" has ${value.length} characters; keep it to ${MAX_SLUG_LENGTH}`
    if (reserved.includes(value)) return `Slug "${value}" is the address of one of the site's own pages; choose another`
    if (!collectionSlug) return true
    const clash = await req.payload.find({
      collection: collectionSlug as 'articles',
      where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      pagination: false,
      select: {},
    })
    if (clash.docs.length > 0) return `Slug "${value}" is already used by another document in this collection`
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    localized: false,
    validate,
    admin: {
      position: 'sidebar',
      description: 'Part of the URL, the same in every language. Leave empty to derive it from the English title.',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, req }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
          const source = data?.[from]
          const english =
            typeof source === 'object' && source !== null
              ? (source as Record<string, unknown>).en
              : req.locale === 'en'
                ? source
                : undefined
          return typeof english === 'string' ? slugify(english) || undefined : value
        },
      ],
    },
  }
}
