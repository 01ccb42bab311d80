/**
 * GET /api/health answers monitors without signing in, and says no more than whether the CMS can
 * serve and how the last build ended — never a build's error, log or changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let signedIn: SignedIn
beforeAll(async () => {
  signedIn = await startCmsWithPeople()
}, 120_000)
afterAll(async () => signedIn?.cms.close())

describe('the health endpoint', () => {
  it('answers anonymous monitors: database and storage reachable, no build yet', async () => {
    const res = await signedIn.rest.request('GET', 'health')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({ ok: true, database: 'ok', storage: 'ok', lastBuild: null })
  })

  it('tells how the last build ended, and nothing of its error, log or changes', async () => {
    const { payload } = signedIn.cms
    await payload.create({
      collection: 'site-builds',
      data: {
        summary: 'Rebuild after 1 change',
        status: 'failed',
        mode: 'local',
        startedAt: '2026-12-01T01:00:00.000Z',
        finishedAt: '2026-12-01T01:00:20.000Z',
        error: 'astro build failed: /srv/secret/path',
        log: 'token=abc',
      },
    })
    const res = await signedIn.rest.request('GET', 'health')
    expect(res.status).toBe(200)
    expect(res.body.lastBuild).toEqual({ status: 'failed', at: '2026-12-01T01:00:20.000Z' })
    expect(JSON.stringify(res.body)).not.toMatch(/secret|token|Rebuild/)
  })

  it('only answers GET', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) {
      const res = await signedIn.rest.request(method, 'health', { body: { ok: false } })
      expect(res.status, method).not.toBe(200)
    }
  })
})
