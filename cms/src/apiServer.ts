/**
 * The CMS's REST API (GET and POST) on a localhost port, for the browser tests and the Safety
 * benchmark: the same Next.js route handlers the CMS serves (`app/(payload)/api/[...slug]/route.ts`)
 * behind a small Node server that, like the production proxy, appends the sender's address to
 * X-Forwarded-For (`appendSender: false` leaves the header as the client wrote it, for a benchmark
 * that plays many workers from one machine).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export interface RunningCms {
  origin: string
  stop(): Promise<void>
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function serveCmsApi(
  config: SanitizedConfig,
  port: number,
  { appendSender = true }: { appendSender?: boolean } = {},
): Promise<RunningCms> {
  const handlers: Record<string, ReturnType<typeof REST_GET>> = { GET: REST_GET(config), POST: REST_POST(config) }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const handler = handlers[req.method ?? '']
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      if (!handler || !url.pathname.startsWith('/api/')) {
        res.writeHead(404).end()
        return
      }
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) headers.set(name, value.join(', '))
      if (appendSender) {
        const forwarded = headers.get('x-forwarded-for')
        const sender = req.socket.remoteAddress ?? ''
        headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${sender}` : sender)
      }
      const body = req.method === 'POST' ? new Uint8Array(await bodyOf(req)) : undefined
      const response = await handler(new Request(url, { method: req.method, headers, body }), {
        params: Promise.resolve({ slug: url.pathname.slice('/api/'.length).split('/').filter(Boolean) }),
      })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: bound } = server.address() as { port: number }
  return {
    origin: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
