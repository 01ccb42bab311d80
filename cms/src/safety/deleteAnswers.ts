import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A site or period that goes takes its workers' answers with it, and the tallies archived of
 * them: none is left behind where no figure and no retention rule would ever reach it.
 */
export const deleteAnswersOf =
  (field: 'site' | 'period'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const collection of ['safety-answers', 'safety-tallies'] as const)
      await req.payload.delete({ collection, where: { [field]: { equals: id } }, overrideAccess: true, req })
  }
