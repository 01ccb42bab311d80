/**
 * Who may see an issue in the admin's preview and export: the secretariat sees the working draft;
 * anyone else signed in sees the published issue when their read access allows it, or nothing.
 * An embargoed draft never reaches a member or translator this way.
 */
import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import { findIssue, type IssueReader } from '../../../../newsletter/issue'

export async function readableIssue(
  id: string,
): Promise<{ payload: Payload; reader: IssueReader | null; found: boolean }> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return { payload, reader: null, found: false }
  const reader: IssueReader = { user }
  const found = await findIssue(payload, id, reader).then(
    () => true,
    () => false,
  )
  return { payload, reader, found }
}
