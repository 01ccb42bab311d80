/**
 * The redirects, read with access control off — the one reading of the export that is: no reader
 * may list redirects (they name old slugs, deleted documents' too), so an anonymous reading would
 * find none; the shaper (shape/redirects.ts) publishes only those that lead to a page the
 * anonymous reading has just exported.
 */
import type { Payload } from 'payload'

import type { MovedPath } from '@mirai/content-schemas/redirects'

export async function fetchRedirects(payload: Payload): Promise<MovedPath[]> {
  const { docs } = await payload.find({
    collection: 'redirects',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { from: true, to: true },
  })
  return docs.map(({ from, to }) => ({ from, to }))
}
