/**
 * GET  /api/translations/xliff?lang=vi[&scope=todo|missing|outdated|all][&ids=articles:1,…][&source=ja]
 *      — an XLIFF 2.1 file of the documents to translate into `lang`, as a download.
 * POST /api/translations/xliff — a translated XLIFF file (the request body, or a form's `file`),
 *      answered with the per-unit report (200 when saved, 422 when refused as a whole).
 * Signed-in staff and translators only, each as themselves.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { serverURL } from '../../env'
import { EXPORT_SCOPES, ExchangeError, exportXliff, importXliff, MAX_XLIFF_BYTES, type ExportScope } from './exchange'

const refuse = (message: string, status: number): never => {
  throw new APIError(message, status, undefined, true)
}

const asExchange = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ExchangeError) return refuse(error.message, error.status)
    throw error
  }
}

/**
 * Payload accepts its session cookie from any origin when no CSRF list is configured; an upload
 * changes documents, so a cookie-authenticated one must come from the admin's own origin (a
 * cross-site form post carries the other site's Origin). Token-authenticated calls are not
 * forgeable by a browser and pass.
 */
function checkSameOrigin(req: PayloadRequest): void {
  const headers = req.headers
  const auth = headers.get('authorization') ?? ''
  if (/^(JWT|Bearer) /.test(auth)) return
  const origin = headers.get('origin')
  const own = new Set([new URL(serverURL).origin])
  if (req.url) own.add(new URL(req.url).origin)
  if (origin !== null && !own.has(origin)) refuse('Uploads are accepted from the admin only', 403)
  const site = headers.get('sec-fetch-site')
  if (origin === null && site !== null && site !== 'same-origin' && site !== 'none')
    refuse('Uploads are accepted from the admin only', 403)
}

/** The request body, read no further than the limit. */
async function bodyWithin(req: PayloadRequest, limit: number): Promise<Buffer> {
  const tooLarge = () => refuse(`The file is larger than ${limit / 1024 / 1024} MB; split the batch`, 413)
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit + 64 * 1024) tooLarge()
  const stream = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!stream) return refuse('Send the XLIFF file as the request body or as a form field named "file"', 400)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    // A form's envelope is allowed a little room over the file's own limit.
    if (size > limit + 64 * 1024) {
      await reader.cancel().catch(() => {})
      tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

async function uploadedFile(req: PayloadRequest): Promise<Buffer> {
  const type = req.headers.get('content-type') ?? ''
  const body = await bodyWithin(req, MAX_XLIFF_BYTES)
  if (!type.startsWith('multipart/form-data')) return body
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData()
  const file = form.get('file')
  if (!file || typeof file === 'string') return refuse('The form has no file named "file"', 400)
  return Buffer.from(await file.arrayBuffer())
}

export const xliffExportEndpoint: Endpoint = {
  path: '/translations/xliff',
  method: 'get',
  handler: async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    const scope = (typeof query.scope === 'string' ? query.scope : 'todo') as ExportScope
    if (!EXPORT_SCOPES.includes(scope)) refuse(`scope is one of ${EXPORT_SCOPES.join(', ')}`, 400)
    const ids = typeof query.ids === 'string' && query.ids ? query.ids.split(',') : undefined
    const lang = typeof query.lang === 'string' ? query.lang : ''
    if (!req.user) refuse('Sign in to export translation files', 401)
    if (!lang) refuse('Say which language: ?lang=vi', 400)
    const batches = await asExchange(() => exportXliff(req.payload, req.user, { lang, scope, ids }))
    const source = typeof query.source === 'string' ? query.source : undefined
    const chosen = source ? batches.filter((b) => b.srcLang === source) : batches
    if (chosen.length === 0)
      return refuse(`Nothing to translate into ${lang} (${ids ? 'documents asked' : scope})`, 404)
    if (chosen.length > 1)
      refuse(
        `These documents are written in ${chosen.map((b) => b.srcLang).join(' and ')}; an XLIFF file has one source language. Add &source=${chosen[0]!.srcLang}`,
        400,
      )
    const batch = chosen[0]!
    const date = new Date().toISOString().slice(0, 10)
    return new Response(batch.xml, {
      headers: {
        'content-type': 'application/xliff+xml; charset=utf-8',
        'content-disposition': `attachment; filename="mirai-${batch.srcLang}-${batch.trgLang}-${ids ? 'selection' : scope}-${date}.xlf"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    })
  },
}

export const xliffImportEndpoint: Endpoint = {
  path: '/translations/xliff',
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse('Sign in to import translation files', 401)
    checkSameOrigin(req)
    const file = await uploadedFile(req)
    // ?ready=1: the imported language goes to readers at once (ready/gate.ts); else it waits.
    const ready = ['1', 'true'].includes(String((req.query as Record<string, unknown> | undefined)?.ready ?? ''))
    const report = await asExchange(() => importXliff(req.payload, req.user, file, { ready }))
    return Response.json(report, { status: report.ok ? 200 : 422, headers: { 'cache-control': 'no-store' } })
  },
}

export const xliffEndpoints: Endpoint[] = [xliffExportEndpoint, xliffImportEndpoint]
