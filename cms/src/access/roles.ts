import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { ClientUser, PayloadRequest } from 'payload'

import { idOf } from '../utilities/idOf'

export const ROLES = ['admin', 'editor', 'translator', 'member'] as const
export type Role = (typeof ROLES)[number]

/** The fields of a user that access rules look at (all saved to the JWT). */
export interface AccessUser {
  id: string | number
  collection?: string
  role?: Role | null
  languages?: LocaleCode[] | null
  organisation?: string | { id: string | number } | null
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

export function organisationOf(user: MaybeUser): string | null {
  return idOf(asAccessUser(user)?.organisation)
}

export function assignedLocales(user: MaybeUser): LocaleCode[] {
  return asAccessUser(user)?.languages ?? []
}
