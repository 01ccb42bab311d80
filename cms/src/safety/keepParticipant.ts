import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../utilities/idOf'

/**
 * A business site keeps the participant it had once its workers have answered for it (answers or
 * the tallies archived of them): moved to another company, the site would hand that company
 * figures from workers who answered for the first. (Its code never changes at all.)
 */
export const keepParticipantOnceAnswered: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (!('participant' in data) || idOf(data.participant) === idOf(originalDoc.participant)) return data
  for (const collection of ['safety-answers', 'safety-tallies'] as const) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { site: { equals: originalDoc.id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw new ValidationError({
        collection: 'business-sites',
        errors: [
          {
            path: 'participant',
            message:
              'Workers have answered for this site, so it stays with this participant: their answers were given for this company. Add a new site for the other one.',
          },
        ],
        req,
      })
  }
  return data
}
