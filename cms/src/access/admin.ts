import type { ClientUser, PayloadRequest } from 'payload'

import { isMember, isStaff, isTranslator } from './roles'

/**
 * Content, files and the public site's settings are the secretariat's and translators' work.
 * Members work on their organisation's reports only, companies see their sites, Assist the
 * requests for contact: the rest of the admin is not theirs.
 */
export const hiddenOutsideContentTeam = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  !isStaff(user) && !isTranslator(user)

/**
 * Events are the content team's, and members read those held for them; company and Assist
 * accounts, who are not members, have no business with them in the admin.
 */
export const hiddenOutsideContentTeamAndMembers = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  hiddenOutsideContentTeam({ user }) && !isMember(user)

/** Build records, accounts and deadlines settings are the secretariat's to manage. */
export const hiddenOutsideSecretariat = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  !isStaff(user)
