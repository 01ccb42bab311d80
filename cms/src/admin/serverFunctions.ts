/**
 * The admin UI's server functions that Payload guards only with "may use the admin": scheduling a
 * publish or unpublish (and seeing what is scheduled) would let any translator or member queue a
 * document's unpublishing or cancel an embargoed publication. Scheduling is the secretariat's.
 */
import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { Forbidden, type ServerFunction } from 'payload'

import { isStaff } from '../access/roles'

function secretariatOnly<TArgs extends object, TReturn>(
  handler: ServerFunction<TArgs, TReturn>,
): ServerFunction<TArgs, Promise<Awaited<TReturn>>> {
  return async (args): Promise<Awaited<TReturn>> => {
    if (!isStaff(args.req.user)) throw new Forbidden(args.req.t)
    return await handler(args)
  }
}

export const adminServerFunctions = {
  'schedule-publish': secretariatOnly(schedulePublishHandler),
  'get-upcoming-scheduled-publish': secretariatOnly(getUpcomingScheduledPublishHandler),
}
