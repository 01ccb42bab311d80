/**
 * The Collaborative Program: the secretariat manages participants' business sites and the
 * aggregation periods; a company account sees the sites of its own participant and nothing of
 * another company's.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { idOf } from '../utilities/idOf'
import { isCompany, isStaff, organisationOf, participantOf } from './roles'

export const readOwnSitesOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const participant = participantOf(user)
  if (!participant) return false
  const own: Where = { participant: { equals: participant } }
  return own
}

/** Periods are dates, not answers: the secretariat sets them and companies read them. */
export const readPeriodsAsStaffOrCompany: Access = ({ req: { user } }) => isStaff(user) || isCompany(user)

/**
 * Which organisations take part in the Collaborative Program is not for everyone who reads the
 * member list: the secretariat reads it, and an organisation's own accounts (its members, its
 * company accounts) read it of their organisation. Without a document (filtering, sorting) only
 * the secretariat may use it, so no one finds the participants by asking for them.
 */
export const readProgrammeMembership: FieldAccess = ({ req: { user }, doc }) => {
  if (isStaff(user)) return true
  const id = idOf(doc?.id)
  return id !== null && (organisationOf(user) === id || participantOf(user) === id)
}
