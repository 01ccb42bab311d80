/**
 * GET /api/health — for load balancers, uptime checks and the operator: is the database
 * answering, can uploads be stored (the folder is writable, or the S3 bucket answers), and how
 * did the last site build end. 200 when the CMS can serve, 503 when it cannot. It says nothing a
 * reader could use: no counts, no errors, no paths.
 */
import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'

import type { Endpoint, Payload } from 'payload'

import { uploadDir } from './env'
import { bucketReachable, s3Settings } from './storage'

type Check = 'ok' | 'unreachable'

async function database(payload: Payload): Promise<Check> {
  try {
    await payload.find({ collection: 'payload-migrations', limit: 1, depth: 0, pagination: false })
    return 'ok'
  } catch {
    return 'unreachable'
  }
}

async function storage(): Promise<Check> {
  const bucket = s3Settings()
  if (bucket) return (await bucketReachable(bucket)) ? 'ok' : 'unreachable'
  try {
    const dir = uploadDir('')
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    return 'ok'
  } catch {
    return 'unreachable'
  }
}

async function lastBuild(payload: Payload) {
  try {
    const [build] = (
      await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0, pagination: false })
    ).docs
    return build ? { status: build.status, at: build.finishedAt ?? build.startedAt ?? build.createdAt } : null
  } catch {
    return null
  }
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const [db, files, build] = await Promise.all([database(req.payload), storage(), lastBuild(req.payload)])
    const ok = db === 'ok' && files === 'ok'
    return Response.json(
      { ok, database: db, storage: files, lastBuild: build },
      { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
    )
  },
}
