import type { PayloadRequest } from 'payload'

import { siteURL } from '../env'

/**
 * What the public Safety endpoints check before they look at what a reader's browser sent: the
 * page it came from, the size of the body, and JSON that cannot smuggle a prototype.
 */

/**
 * Browsers say which page sent a request: one from a page other than the site's is refused, so a
 * hostile page cannot make its visitors send it. (A script outside a browser can still send one;
 * the rate limits are for those.)
 */
export function fromElsewhere(headers: Headers): boolean {
  const origin = headers.get('origin')
  return origin !== null && origin !== new URL(siteURL).origin
}

/**
 * The body as text, read only up to `maxBytes` whatever Content-Length says (a client may leave it
 * out or lie); null when it is bigger.
 */
export async function readBody(req: PayloadRequest, maxBytes: number): Promise<string | null> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return null
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * JSON.parse that throws on a "__proto__" key: on the way through such a key would become the
 * object's prototype, not a key a strict schema could refuse.
 */
export function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new SyntaxError('"__proto__" is not a field')
    return value
  })
}
