/** Who may see an issue in the admin: whoever may read it through the API (the secretariat, translators). */
import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

export async function readableIssue(id: string): Promise<{ payload: Payload; doc: Record<string, any> | null; signedIn: boolean }> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return { payload, doc: null, signedIn: false }
  const doc = (await payload.findByID({ collection: 'newsletters', id, depth: 0, draft: true, user, overrideAccess: false, disableErrors: true })) as Record<string, any> | null
  return { payload, doc, signedIn: true }
}
