import { t } from '@mirai/content-schemas/i18n'
import type { APIRoute } from 'astro'
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import * as content from '../../lib/content'
import { absoluteUrl, docPath, homePath, rssPath } from '../../lib/paths'
import { xmlText } from '../../lib/xml'

export function getStaticPaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }))
}

/** The latest articles written in this language (articles shown through a fallback are not news here). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as LocaleCode
  const items = (await content.articles())
    .filter((a) => a.translations[lang])
    .slice(0, 30)
    .map((a) => {
      const text = a.translations[lang]!
      const url = absoluteUrl(site, docPath(lang, 'articles', a.slug))
      return `<item><title>${xmlText(text.title)}</title><link>${xmlText(url)}</link><guid isPermaLink="true">${xmlText(url)}</guid><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>${text.summary ? `<description>${xmlText(text.summary)}</description>` : ''}</item>`
    })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${xmlText(t(lang, 'site.name'))}</title><link>${xmlText(absoluteUrl(site, homePath(lang)))}</link><description>${xmlText(t(lang, 'site.tagline'))}</description><language>${getLocale(lang).bcp47}</language><atom:link href="${xmlText(absoluteUrl(site, rssPath(lang)))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel></rss>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
