import type { ClientUser, PayloadRequest } from 'payload'

import { isStaff, isTranslator } from './roles'

/**
 * Content, files and the public site's settings are the secretariat's and translators' work.
 * Members work on their organisation's reports only, companies see their sites, Assist the
 * requests for contact: the rest of the admin is not theirs.
 */
export const hiddenOutsideContentTeam = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  !isStaff(user) && !isTranslator(user)

/** Build records, accounts and deadlines settings are the secretariat's to manage. */
export const hiddenOutsideSecretariat = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  !isStaff(user)
