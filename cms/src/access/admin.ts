import type { ClientUser, PayloadRequest } from 'payload'

import { isMember } from './roles'

/** Members work on their organisation's reports only; the rest of the admin is not theirs. */
export const hiddenFromMembers = ({ user }: { user: ClientUser | PayloadRequest['user'] | null }) => isMember(user)
