import type { ClientUser, PayloadRequest } from 'payload'

import { isMember, isStaff } from './roles'

/** Members work on their organisation's reports only; the rest of the admin is not theirs. */
export const hiddenFromMembers = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) => isMember(user)

/** Build records, accounts and deadlines settings are the secretariat's to manage. */
export const hiddenOutsideSecretariat = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) =>
  !isStaff(user)
