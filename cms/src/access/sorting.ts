/**
 * Sorting by a field of a related document (`sort=history.by.email`, `sort=attachments.description`)
 * orders results by values the reader may not read: Payload 3.90 checks the field but does not
 * apply the related collection's read rule to the sort, so a member could recover an editor's email
 * or another organisation's file descriptions one comparison at a time. Outside the secretariat,
 * results sort by their own fields only. Applied to every collection once the config is built.
 */
import { APIError, type CollectionBeforeOperationHook, type FlattenedField, type SanitizedConfig } from 'payload'

import { isStaff } from './roles'

const RELATIONAL = new Set(['relationship', 'upload', 'join'])

/** Whether a dotted path crosses into another document. */
function crossesRelation(fields: FlattenedField[], path: string[]): boolean {
  const [head, ...rest] = path
  if (!head || rest.length === 0) return false
  const field = fields.find((f) => f.name === head)
  if (!field) return false
  if (RELATIONAL.has(field.type)) return true
  if ('flattenedFields' in field) return crossesRelation(field.flattenedFields, rest)
  if (field.type === 'blocks') return field.blocks.some((b) => crossesRelation(b.flattenedFields, rest))
  return false
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((s) => String(s).trim().replace(/^-/, ''))
    .filter(Boolean)

const ownFieldsOnly: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || isStaff(req.user)) return
  for (const path of sortPaths((args as { sort?: unknown }).sort)) {
    const segments = path.split('.')
    if (segments[0] === 'version') segments.shift()
    if (crossesRelation(collection.flattenedFields, segments)) {
      throw new APIError(`Results cannot be sorted by "${path}", a field of another document`, 400, undefined, true)
    }
  }
}

export function sortByOwnFields(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [ownFieldsOnly, ...(collection.hooks.beforeOperation ?? [])]
  return config
}
