/**
 * Live preview of an article in the admin (see `livePreview` in collections/Articles.ts): the
 * draft in the locale being edited, rendered with the site's rich-text converter, updated as the
 * editor types.
 */
import config from '@payload-config'
import { isLocaleCode } from '@mirai/content-schemas/locales'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { LiveArticle } from './LiveArticle'

export default async function PreviewArticle({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ locale?: string }>
}) {
  const [{ id }, { locale = 'ja' }] = await Promise.all([params, searchParams])
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${id}?locale=${locale}`)}`)
  // A language the site does not have holds no article.
  if (!isLocaleCode(locale)) notFound()
  const article = await payload.findByID({
    collection: 'articles',
    id,
    locale,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!article) notFound()
  return <LiveArticle initialData={article} locale={locale} serverURL={payload.config.serverURL || ''} />
}
