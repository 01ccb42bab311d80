/** On the dashboard: when the public site was last built, from which change, and how it ended. */
import { formatDateTime } from '@mirai/content-schemas/dates'
import type { ServerProps } from 'payload'
import React from 'react'

import { isStaff } from '../access/roles'

export async function SiteStatus({ payload, user }: ServerProps) {
  if (!isStaff(user)) return null
  const { docs } = await payload.find({
    collection: 'site-builds',
    sort: '-startedAt',
    where: { startedAt: { exists: true } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const last = docs[0]
  const { totalDocs: waiting } = await payload.count({
    collection: 'site-builds',
    where: { status: { in: ['queued', 'retrying'] } },
    overrideAccess: true,
  })
  return (
    <section aria-labelledby="site-status" style={{ marginBottom: '1.5rem' }}>
      <h2 id="site-status" style={{ fontSize: '1.1rem' }}>
        Public site / 公開サイト
      </h2>
      {!last ? (
        <p>No build recorded yet. Publishing rebuilds the site when automatic rebuilds are on (see README).</p>
      ) : (
        <p>
          Last build: <a href={`/admin/collections/site-builds/${last.id}`}>{last.summary}</a> —{' '}
          <strong>{last.status}</strong>, started {last.startedAt ? formatDateTime(last.startedAt, 'ja', 'medium') : ''}
          {last.pages ? `, ${last.pages} pages` : ''}
          {last.status === 'failed' && last.error ? (
            <>
              <br />
              Error: {last.error} (the previous site is still online)
            </>
          ) : null}
          {waiting > 0 ? (
            <>
              <br />
              Waiting: {waiting} build(s) queued or to be tried again
            </>
          ) : null}
          {last.warnings ? (
            <>
              <br />
              Left out of the site: {String(last.warnings).split('\n').length} item(s) — see the build for why
            </>
          ) : null}
        </p>
      )}
    </section>
  )
}
