/** Accounts: admins manage them; editors see everyone (to assign work); others only themselves. */
import type { Access, PayloadRequest } from 'payload'

import { isAdmin, isStaff } from './roles'

export const readOwnAccountOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (user) return { id: { equals: user.id } }
  return false
}

export const updateOwnAccountOrAdmin: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (user) return { id: { equals: user.id } }
  return false
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

/** Who may open the admin at all: any signed-in account (each then sees what its rules allow). */
export const signedIn = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
