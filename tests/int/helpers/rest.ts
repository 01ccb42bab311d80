/**
 * Calls the CMS's REST API in-process through the same Next.js route handlers the server uses
 * (`app/(payload)/api/[...slug]/route.ts`), without opening a port.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
  /** The body as bytes (files). */
  bytes: Buffer
}

export interface RestClient {
  request<T = any>(
    method: Method,
    path: string,
    options?: {
      token?: string
      body?: unknown
      formData?: FormData
      /** Sent as it is, with the headers given (no JSON content type added). */
      raw?: string
      headers?: Record<string, string>
    },
  ): Promise<RestResponse<T>>
  login(email: string, password: string): Promise<string>
  graphql<T = any>(query: string, token?: string): Promise<RestResponse<T>>
}

export function restClient(config: SanitizedConfig): RestClient {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  async function request(
    method: Method,
    pathAndQuery: string,
    options: {
      token?: string
      body?: unknown
      formData?: FormData
      raw?: string
      headers?: Record<string, string>
    } = {},
  ) {
    const url = new URL(`http://localhost/api/${pathAndQuery.replace(/^\//, '')}`)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: BodyInit | undefined
    if (options.formData) body = options.formData
    else if (options.raw !== undefined) body = options.raw
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = await handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
    const bytes = Buffer.from(await response.arrayBuffer())
    const text = bytes.toString('utf8')
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON (e.g. a file)
    }
    return { status: response.status, body: parsed as any, headers: response.headers, bytes }
  }
  const graphqlHandler = GRAPHQL_POST(config)
  return {
    request,
    async graphql(query, token) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (token) headers.Authorization = `JWT ${token}`
      const response = await graphqlHandler(
        new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
      )
      const bytes = Buffer.from(await response.arrayBuffer())
      return { status: response.status, body: JSON.parse(bytes.toString('utf8')), headers: response.headers, bytes }
    },
    async login(email, password) {
      const res = await request('POST', 'users/login', { body: { email, password } })
      if (res.status !== 200 || !res.body?.token)
        throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token as string
    },
  }
}

/** A multipart body as the admin sends an upload: the file, and the document's fields as `_payload`. */
export function uploadForm(
  file: { data: Buffer; name: string; mimetype: string },
  data: Record<string, unknown> = {},
): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  return form
}
