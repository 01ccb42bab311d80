import type {
  Block,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Field,
  FieldAccess,
  FieldHook,
  FlattenedField,
  GlobalBeforeChangeHook,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'
import { APIError } from 'payload'

import { isTranslator } from '../access/roles'
import { type AUDIENCE_COLLECTIONS, collectFiles } from '../files/usage'
import { fieldsOf, type AnyDocument } from '../utilities/anyDocument'
import { keepingLocale } from '../utilities/keepingLocale'

const notTranslator: FieldAccess = ({ req }) => !isTranslator(req.user)

/**
 * Inside rows, a translator's save keeps the stored value. (Payload's field access would drop
 * the value and fall back to the stored one, but it copies rows of rows by reference, so the
 * drop also erased the stored value and a translator's partial save of a nested form failed.)
 */
const keepStoredForTranslators: FieldHook = ({ value, previousValue, req }) =>
  isTranslator(req.user) && previousValue !== undefined ? previousValue : value

type Container = Field & { fields: Field[] }

const blocksOf = (field: Field): Block[] =>
  field.type === 'blocks' ? field.blocks.filter((b): b is Block => typeof b === 'object') : []

function hasLocalizedField(fields: Field[]): boolean {
  return fields.some(
    (f) =>
      ('localized' in f && f.localized) ||
      ('fields' in f && Array.isArray(f.fields) && hasLocalizedField(f.fields)) ||
      (f.type === 'tabs' && f.tabs.some((t) => hasLocalizedField(t.fields))) ||
      blocksOf(f).some((b) => hasLocalizedField(b.fields)),
  )
}

/**
 * Translators change translated text only: every field that is the same in all languages
 * (slug, category, dates, relations, the keys of rows, …) is read-only for them, on the server.
 * Layout fields (row, collapsible, tabs, unnamed groups) are walked into, and so are groups,
 * arrays and blocks that hold translated text: only their shared parts are locked, and their
 * rows are the editors' to add, remove or reorder (`keepTranslatorsToTheRows`).
 */
export function lockSharedFieldsForTranslators(fields: Field[], inRows = false): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui') return field
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      return { ...field, fields: lockSharedFieldsForTranslators((field as Container).fields, inRows) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: lockSharedFieldsForTranslators(tab.fields, inRows) })),
      }
    }
    if ('localized' in field && field.localized) return field
    if (field.type === 'group' && hasLocalizedField(field.fields))
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields, inRows) } as Field
    if (field.type === 'array' && hasLocalizedField(field.fields))
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields, true) } as Field
    if (field.type === 'blocks' && hasLocalizedField([field])) {
      return {
        ...field,
        blocks: blocksOf(field).map((block) => ({
          ...block,
          fields: lockSharedFieldsForTranslators(block.fields, true),
        })),
      } as Field
    }
    if (inRows) {
      const hooks = 'hooks' in field ? (field.hooks ?? {}) : {}
      return {
        ...field,
        hooks: { ...hooks, beforeValidate: [...(hooks.beforeValidate ?? []), keepStoredForTranslators] },
      } as Field
    }
    // Composed with the field's own update rule: a field only the server writes stays that way.
    const own = field.access?.update
    const update: FieldAccess = own ? async (args) => notTranslator(args) && (await own(args)) : notTranslator
    return { ...field, access: { ...(field.access ?? {}), update } } as Field
  })
}

type Doc = AnyDocument
type FlatField = {
  name?: string
  type: string
  localized?: boolean
  flattenedFields?: FlatField[]
  blocks?: { slug: string; flattenedFields: FlatField[] }[]
}

const record = (value: unknown): Doc | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? fieldsOf(value) : undefined

/** The first place where a translator's rows differ from the stored ones, or null. */
function rowChange(
  fields: FlatField[],
  data: Doc | undefined,
  stored: Doc | undefined,
  path: string[] = [],
): string | null {
  for (const field of fields) {
    if (!field.name || field.localized) continue
    const next = data?.[field.name]
    const before = stored?.[field.name]
    if (field.type === 'group') {
      const found = rowChange(field.flattenedFields ?? [], record(next), record(before), [...path, field.name])
      if (found) return found
    }
    if (field.type !== 'array' && field.type !== 'blocks') continue
    if (next === undefined) continue
    const ids = (rows: unknown) =>
      Array.isArray(rows) ? rows.map((r: unknown) => `${record(r)?.id ?? '?'}:${record(r)?.blockType ?? ''}`) : []
    if (JSON.stringify(ids(next)) !== JSON.stringify(ids(before))) return [...path, field.name].join('.')
    for (const [i, value] of (Array.isArray(next) ? next : []).entries()) {
      const row = record(value)
      const rowFields =
        field.type === 'blocks'
          ? (field.blocks?.find((b) => b.slug === row?.blockType)?.flattenedFields ?? [])
          : (field.flattenedFields ?? [])
      const found = rowChange(rowFields, row, record(Array.isArray(before) ? before[i] : undefined), [
        ...path,
        field.name,
        String(i + 1),
      ])
      if (found) return found
    }
  }
  return null
}

function refuseRowChanges(fields: FlatField[], data: Doc, stored: Doc | undefined): void {
  const changed = rowChange(fields, data, stored)
  if (changed) {
    throw new APIError(
      `Translators cannot add, remove or reorder the rows of "${changed}": they are the same in every language. Ask an editor.`,
      403,
      undefined,
      true,
    )
  }
}

/**
 * A translator's text may show images already on the site, not new ones: putting a file in their
 * language's rich text would make it public once published, and deciding what goes public is the
 * secretariat's. Files the document already uses (in any language) stay usable.
 */
async function refuseNewFiles(
  req: PayloadRequest,
  fields: FlattenedField[],
  data: Doc,
  readStored: () => Promise<Doc | null>,
): Promise<void> {
  const wanted = new Set<string>()
  collectFiles(fields, data, wanted, { allLocales: false })
  if (wanted.size === 0) return
  const known = new Set<string>()
  const stored = await keepingLocale(req, readStored)
  if (stored) collectFiles(fields, stored, known)
  for (const file of wanted) {
    if (known.has(file)) continue
    // collectFiles names files of the upload collections whose files have an audience.
    const [collection, id] = file.split(':') as [(typeof AUDIENCE_COLLECTIONS)[number], string]
    const doc = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { audience: true },
    })
    if (doc?.audience !== 'public') {
      throw new APIError(
        'Translators can show only images that are already on the public site; ask an editor to add this one.',
        403,
        undefined,
        true,
      )
    }
  }
}

/** The stored document in every language, with its newest draft. */
async function storedDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<Doc | null> {
  const doc = await req.payload.findByID({
    collection,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc ? fieldsOf(doc) : null
}

const collectionScope: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !isTranslator(req.user)) return data
  refuseRowChanges(collection.flattenedFields as FlatField[], data, originalDoc)
  await keepingLocale(req, () =>
    refuseNewFiles(req, collection.flattenedFields, data, async () =>
      originalDoc?.id ? storedDocument(req, collection.slug, originalDoc.id) : null,
    ),
  )
  return data
}

const globalScope: GlobalBeforeChangeHook = async ({ global, data, originalDoc, req }) => {
  if (!isTranslator(req.user)) return data
  refuseRowChanges(global.flattenedFields as FlatField[], data, originalDoc)
  await keepingLocale(req, () =>
    refuseNewFiles(req, global.flattenedFields, data, async () =>
      fieldsOf(await req.payload.findGlobal({ slug: global.slug, locale: 'all', depth: 0, overrideAccess: true, req })),
    ),
  )
  return data
}

/**
 * Applied to every collection and global once the config is built: translators keep to the rows
 * editors made, and to the images already on the site.
 */
export function keepTranslatorsToTranslating(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), collectionScope]
  for (const global of config.globals) global.hooks.beforeChange = [...(global.hooks.beforeChange ?? []), globalScope]
  return config
}
