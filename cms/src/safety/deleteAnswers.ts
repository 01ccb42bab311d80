import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A site or period that goes takes its workers' answers with it: none is left behind where no
 * figure and no retention rule would ever reach it.
 */
export const deleteAnswersOf =
  (field: 'site' | 'period'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: 'safety-answers',
      where: { [field]: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
