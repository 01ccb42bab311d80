import type { z } from 'zod'

export * from './alert'
export * from './common'
export * from './content'
export * from './freshness'

/**
 * One line per problem naming the document, the language and the field, e.g.
 * `articles 0b1c… (vi): translations.vi.title: Too small: expected string to have >=1 characters`.
 * Used where a document fails validation (the site's content boundary, the export).
 */
export function describeIssues(collection: string, documentId: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    const locale = path[0] === 'translations' ? path[1] : undefined
    return `${collection} ${documentId}${locale ? ` (${locale})` : ''}: ${path.join('.') || '(document)'}: ${issue.message}`
  })
}
