/**
 * A real S3-compatible server for one test file: s3rver on a free localhost port with one bucket,
 * its objects in a temporary folder. The CMS talks to it through a relay that can refuse writes,
 * as a bucket does when a policy or a quota says no; reads, copies and deletes pass unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export interface TestBucket {
  bucket: string
  /** What the CMS is given as S3_* variables. */
  env: Record<string, string>
  /** A client of our own, straight to the server, for looking at what is stored. */
  s3: S3
  keys: (prefix?: string) => Promise<string[]>
  object: (key: string) => Promise<Buffer | null>
  /** While true, the relay answers every new object written with 403 AccessDenied. */
  refuseWrites: boolean
  close: () => Promise<void>
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

export async function startBucket(bucket = 'mirai-test'): Promise<TestBucket> {
  const directory = mkdtempSync(path.join(tmpdir(), 'mirai-s3-'))
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port: serverPort } = (await s3rver.run()) as AddressInfo
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

  const state = { refuseWrites: false }
  const relay = createServer((incoming, answer) => {
    const write = incoming.method === 'PUT' && !incoming.headers['x-amz-copy-source']
    if (state.refuseWrites && write) {
      incoming.resume()
      incoming.on('end', () => {
        answer.writeHead(403, { 'content-type': 'application/xml' })
        answer.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
        )
      })
      return
    }
    const forward = request(
      { host: '127.0.0.1', port: serverPort, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(answer)
      },
    )
    forward.on('error', () => answer.destroy())
    incoming.pipe(forward)
  })
  const relayPort = await listen(relay)

  const s3 = new S3({
    endpoint: `http://127.0.0.1:${serverPort}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

  return {
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${relayPort}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    s3,
    async keys(prefix = '') {
      const found: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, ContinuationToken })
        found.push(...(page.Contents ?? []).map((o) => o.Key!))
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return found.sort()
    },
    async object(key) {
      try {
        const object = await s3.getObject({ Bucket: bucket, Key: key })
        return Buffer.from(await object.Body!.transformToByteArray())
      } catch {
        return null
      }
    },
    get refuseWrites() {
      return state.refuseWrites
    },
    set refuseWrites(value: boolean) {
      state.refuseWrites = value
    },
    async close() {
      s3.destroy()
      relay.closeAllConnections()
      await new Promise((resolve) => relay.close(resolve))
      await s3rver.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
