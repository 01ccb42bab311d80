/**
 * Who may open an uploaded file (media, PDF documents), listed or downloaded: the team every file;
 * members the files of what members may read; everyone else the files published content uses.
 * The audience is worked out from where a file is used (src/files/usage.ts).
 */
import type { Access, Field } from 'payload'

import type { FILE_AUDIENCES } from '../files/usage'
import { serverOwnedField } from './fields'
import { isMember, isStaff, isTranslator } from './roles'

export const readByFileAudience: Access = ({ req: { user } }) => {
  if (isStaff(user) || isTranslator(user)) return true
  if (isMember(user)) return { audience: { in: ['public', 'members'] } }
  return { audience: { equals: 'public' } }
}

/** The file's audience, shown to editors; written only by the server. */
export function fileAudienceField(): Field {
  return {
    name: 'audience',
    type: 'select',
    index: true,
    defaultValue: 'team',
    options: [
      {
        value: 'public',
        label: { en: 'Public (used by published public content)', ja: '公開（公開中のコンテンツで使用）' },
      },
      {
        value: 'members',
        label: { en: 'Members (used by members-only content)', ja: '会員限定（会員向けのコンテンツで使用）' },
      },
      {
        value: 'team',
        label: { en: 'Team only (not used by anything published)', ja: '事務局のみ（公開中のものでは未使用）' },
      },
    ] satisfies { value: (typeof FILE_AUDIENCES)[number]; label: Record<string, string> }[],
    access: serverOwnedField,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description:
        'Who may open this file. It follows where the file is used: publishing, unpublishing or removing the content that uses it changes it.',
    },
  }
}
