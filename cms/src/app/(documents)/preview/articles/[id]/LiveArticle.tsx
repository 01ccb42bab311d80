'use client'

import { getLocale, isLocaleCode } from '@mirai/content-schemas/locales'
import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { useLivePreview } from '@payloadcms/live-preview-react'
import React from 'react'

interface ArticleData {
  title?: string | null
  summary?: string | null
  body?: unknown
}

export function LiveArticle({
  initialData,
  locale,
  serverURL,
}: {
  initialData: ArticleData
  locale: string
  serverURL: string
}) {
  const { data } = useLivePreview<ArticleData>({ initialData, serverURL, depth: 0 })
  const lang = isLocaleCode(locale) ? getLocale(locale).bcp47 : 'ja'
  // Links to other documents point nowhere in a preview; the text stays.
  const html = richTextToHtml(data.body, { resolveInternalLink: () => null })
  return (
    <article lang={lang}>
      <p className="notice" lang="en">
        Preview ({locale}) — not yet public
      </p>
      <h1>{data.title || <span className="empty">(no title)</span>}</h1>
      {data.summary && <p>{data.summary}</p>}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  )
}
