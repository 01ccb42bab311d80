/** Downloads one format of an issue in one language: GET /newsletters/:id/export?locale=vi&format=eml */
import {
  CONTENT_TYPES,
  fileName,
  newsletterSettings,
  parseFormats,
  renderIssue,
} from '../../../../../newsletter/export'
import { NewsletterError } from '../../../../../newsletter/issue'
import { readableIssue } from '../access'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const url = new URL(request.url)
  const locale = url.searchParams.get('locale') ?? 'ja'
  const { payload, reader, found } = await readableIssue(id)
  if (!reader) return new Response('Sign in to export newsletters', { status: 401 })
  if (!found) return new Response('No such newsletter', { status: 404 })
  try {
    const [format] = parseFormats(url.searchParams.get('format') ?? 'html')
    if (!format || url.searchParams.get('format') === 'all')
      throw new NewsletterError('Export one format at a time: html, text or eml')
    const rendered = await renderIssue(payload, id, locale, await newsletterSettings(payload), reader)
    const body = format === 'eml' ? new Uint8Array(rendered.eml) : rendered[format]
    return new Response(body, {
      headers: {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${fileName(rendered.view, format)}"`,
      },
    })
  } catch (error) {
    if (error instanceof NewsletterError)
      return new Response(error.message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    throw error
  }
}
