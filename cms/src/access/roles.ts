import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { ClientUser, PayloadRequest } from 'payload'

import { idOf } from '../utilities/idOf'

/**
 * `company`: staff of a company in the Collaborative Program, bound to one participant
 * organisation; they see their own business sites (and, with the safety feedback, their sites'
 * aggregates) and nothing else. `assist`: JP-MIRAI Assist counsellors, who answer workers'
 * requests for contact and see nothing else either.
 */
export const ROLES = ['admin', 'editor', 'translator', 'member', 'company', 'assist'] as const
export type Role = (typeof ROLES)[number]

/** The fields of a user that access rules look at (all saved to the JWT). */
export interface AccessUser {
  id: string | number
  collection?: string
  role?: Role | null
  languages?: LocaleCode[] | null
  organisation?: string | { id: string | number } | null
  /** The participant organisation a company account belongs to. */
  participant?: string | { id: string | number } | null
}

type MaybeUser = PayloadRequest['user'] | ClientUser | AccessUser | null | undefined

function asAccessUser(user: MaybeUser): AccessUser | null {
  if (!user || ((user as AccessUser).collection !== undefined && (user as AccessUser).collection !== 'users'))
    return null
  return user as AccessUser
}

export function roleOf(user: MaybeUser): Role | null {
  return asAccessUser(user)?.role ?? null
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

export const isAdmin = (user: MaybeUser) => hasRole(user, 'admin')
/** Admins and editors: the secretariat, who manage all content. */
export const isStaff = (user: MaybeUser) => hasRole(user, 'admin', 'editor')
export const isTranslator = (user: MaybeUser) => hasRole(user, 'translator')
export const isMember = (user: MaybeUser) => hasRole(user, 'member')
export const isCompany = (user: MaybeUser) => hasRole(user, 'company')
export const isAssist = (user: MaybeUser) => hasRole(user, 'assist')

export function organisationOf(user: MaybeUser): string | null {
  return idOf(asAccessUser(user)?.organisation)
}

/** A company account's participant organisation (never a member's organisation). */
export function participantOf(user: MaybeUser): string | null {
  return isCompany(user) ? idOf(asAccessUser(user)?.participant) : null
}

export function assignedLocales(user: MaybeUser): LocaleCode[] {
  return asAccessUser(user)?.languages ?? []
}
