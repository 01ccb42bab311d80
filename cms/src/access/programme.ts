/**
 * The Collaborative Program: the secretariat manages participants' business sites and the
 * aggregation periods; a company account sees the sites of its own participant and nothing of
 * another company's.
 */
import type { Access, Where } from 'payload'

import { isCompany, isStaff, participantOf } from './roles'

export const readOwnSitesOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const participant = participantOf(user)
  if (!participant) return false
  const own: Where = { participant: { equals: participant } }
  return own
}

/** Periods are dates, not answers: the secretariat sets them and companies read them. */
export const readPeriodsAsStaffOrCompany: Access = ({ req: { user } }) => isStaff(user) || isCompany(user)
