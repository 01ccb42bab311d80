/**
 * The admin UI's server functions that Payload guards only with "may use the admin": scheduling a
 * publish or unpublish (and seeing what is scheduled) would let any translator or member queue a
 * document's unpublishing or cancel an embargoed publication. Scheduling is the secretariat's.
 */
import { getUpcomingScheduledPublishHandler, schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { Forbidden, type PayloadRequest, type ServerFunction } from 'payload'

import { isStaff } from '../access/roles'

function secretariatOnly<T extends ServerFunction<any, any>>(handler: T): T {
  return (async (args: { req: PayloadRequest }) => {
    if (!isStaff(args.req.user)) throw new Forbidden(args.req.t)
    return handler(args as never)
  }) as T
}

export const adminServerFunctions: Record<string, ServerFunction<any, any>> = {
  'schedule-publish': secretariatOnly(schedulePublishHandler as ServerFunction<any, any>),
  'get-upcoming-scheduled-publish': secretariatOnly(getUpcomingScheduledPublishHandler as ServerFunction<any, any>),
}
