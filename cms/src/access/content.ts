/**
 * Access rules for public content (articles, videos, countries, pages, …). Payload's Local API
 * skips these unless called with `overrideAccess: false`, which every test and the export does.
 */
import type { Access, Where } from 'payload'

import { assignedLocales, isMember, isStaff, isTranslator } from './roles'

export const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff and translators work on drafts; everyone else sees published documents only. */
export const readPublishedOrTeam: Access = ({ req: { user } }) => {
  if (isStaff(user) || isTranslator(user)) return true
  return publishedOnly
}

export const staffOnly: Access = ({ req: { user } }) => isStaff(user)

export const anyone: Access = () => true

/** Written by the server alone (build records, file usages, the seed's ledger). */
export const nobody: Access = () => false

/**
 * Staff edit everything; translators edit only in the locales assigned to them. The locale comes
 * from the request (`?locale=` or the admin's locale switcher), so a translator's update in any
 * other locale — or `locale=all` — is refused on the server, not just hidden in the form.
 */
export const updateContent: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  if (isTranslator(req.user)) {
    const locale = req.locale
    return typeof locale === 'string' && (assignedLocales(req.user) as string[]).includes(locale)
  }
  return false
}

/**
 * Public readers see published public events; members also members-only ones. Other accounts
 * (companies, Assist) are not members: they read what the public reads.
 */
export function readByAudience(audienceField: string): Access {
  return ({ req: { user } }) => {
    if (isStaff(user) || isTranslator(user)) return true
    if (isMember(user)) return publishedOnly // every audience, published only
    return { and: [publishedOnly, { [audienceField]: { equals: 'public' } }] }
  }
}

/** Newsletter issues marked public are readable by anyone once published: the site's archive. */
export const readPublicIssuesOrTeam: Access = ({ req: { user } }) => {
  if (isStaff(user) || isTranslator(user)) return true
  const archive: Where[] = [publishedOnly, { public: { equals: true } }]
  return { and: archive }
}

/** Drafts and version history: the people who write and translate. */
export const readTeamOnly: Access = ({ req: { user } }) => isStaff(user) || isTranslator(user)
