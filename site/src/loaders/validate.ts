import { describeIssues } from '@mirai/content-schemas/schemas'
import type { z } from 'zod'

export class SnapshotError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 20)
    super(
      `The content snapshot has ${problems.length} invalid value(s); the site was not built:\n  ${shown.join('\n  ')}` +
        (problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''),
    )
    this.name = 'SnapshotError'
  }
}

/**
 * Validates the documents of one collection against its schema. Every problem is reported with
 * the collection, document id, language and field, so an editor can find and fix it.
 */
export function validateDocuments<S extends z.ZodType>(collection: string, docs: unknown, schema: S): z.infer<S>[] {
  if (!Array.isArray(docs)) throw new SnapshotError([`${collection}: expected a list of documents, got ${typeof docs}`])
  const valid: z.infer<S>[] = []
  const problems: string[] = []
  for (const doc of docs) {
    const id = doc && typeof doc === 'object' && 'id' in doc ? String((doc as { id: unknown }).id) : '(no id)'
    const result = schema.safeParse(doc)
    if (result.success) valid.push(result.data)
    else problems.push(...describeIssues(collection, id, result.error))
  }
  if (problems.length > 0) throw new SnapshotError(problems)
  return valid
}

/** Validates a single object of the snapshot (site settings, navigation). */
export function validateSingleton<S extends z.ZodType>(key: string, value: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new SnapshotError(describeIssues(key, 'default', result.error))
  return result.data
}
