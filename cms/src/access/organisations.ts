import type { Access, Where } from 'payload'

import { isMember, isStaff } from './roles'

/**
 * Public readers see organisations that agreed to be listed. Members see every member
 * organisation: reports shared among members are only useful if you know who wrote them.
 */
export const readListedOrAsMember: Access = ({ req: { user } }) => {
  if (isStaff(user) || isMember(user)) return true
  const listed: Where = { public: { equals: true } }
  return listed
}
