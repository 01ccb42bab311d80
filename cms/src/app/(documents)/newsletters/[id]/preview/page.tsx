/**
 * The issue exactly as the email will look (the rendered HTML in a frame), in any of its
 * languages, with the export action: the .html, .txt and .eml files to download.
 */
import { LOCALES } from '@mirai/content-schemas/locales'
import { notFound, redirect } from 'next/navigation'
import React from 'react'

import { newsletterSettings, renderIssue } from '../../../../../newsletter/export'
import { NewsletterError } from '../../../../../newsletter/issue'
import { readableIssue } from '../access'

export default async function PreviewNewsletter({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ locale?: string }>
}) {
  const [{ id }, { locale = 'ja' }] = await Promise.all([params, searchParams])
  const { payload, reader, found } = await readableIssue(id)
  if (!reader) redirect(`/admin/login?redirect=${encodeURIComponent(`/newsletters/${id}/preview?locale=${locale}`)}`)
  if (!found) notFound()
  const editions = LOCALES.map((l) => l.code)
  let body: React.ReactNode
  try {
    const rendered = await renderIssue(payload, id, locale, await newsletterSettings(payload), reader)
    const download = (format: string) => `/newsletters/${id}/export?locale=${locale}&format=${format}`
    body = (
      <>
        <p className="toolbar">
          Export: <a href={download('html')}>HTML</a> · <a href={download('text')}>text</a> ·{' '}
          <a href={download('eml')}>.eml</a> · {Math.ceil(Buffer.byteLength(rendered.html) / 1024)} KB of HTML
        </p>
        <p>
          <strong>Subject:</strong> <span lang={rendered.view.bcp47}>{rendered.view.subject}</span>
          <br />
          <strong>Preheader:</strong> <span lang={rendered.view.bcp47}>{rendered.view.preheader || '—'}</span>
        </p>
        {/* The email in a sandbox: no script, no access to the admin's origin; links open outside. */}
        <iframe
          title={`Email preview: ${rendered.view.subject}`}
          srcDoc={rendered.html}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          style={{ width: '100%', height: '80vh', border: '1px solid #ccc' }}
        />
      </>
    )
  } catch (error) {
    if (!(error instanceof NewsletterError)) throw error
    body = <p className="notice">{error.message}</p>
  }
  return (
    <main style={{ maxWidth: 'none' }}>
      <p className="toolbar">
        <a href={`/admin/collections/newsletters/${id}`}>← back to the issue</a>
        <span>
          Language:{' '}
          {editions.map((code, i) => (
            <React.Fragment key={code}>
              {i > 0 && ' · '}
              <a href={`?locale=${code}`} aria-current={code === locale ? 'page' : undefined}>
                {code}
              </a>
            </React.Fragment>
          ))}
        </span>
      </p>
      {body}
    </main>
  )
}
