import type { APIRoute } from 'astro'
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import * as content from '../lib/content'
import { absoluteUrl, docPath, homePath, pageAlternates, sectionPath, SECTIONS } from '../lib/paths'
import { xmlText } from '../lib/xml'

/**
 * Every page readers should find, with its language versions as hreflang alternates. Pages shown
 * only through a fallback language are left out (they are marked noindex).
 */
export const GET: APIRoute = async ({ site }) => {
  const entries: { locales: LocaleCode[]; path: (lang: LocaleCode) => string }[] = [
    { locales: [...LOCALE_CODES], path: homePath },
    ...SECTIONS.map((s) => ({ locales: [...LOCALE_CODES], path: (lang: LocaleCode) => sectionPath(lang, s) })),
  ]
  const docs: [string, { slug: string; translations: object }[]][] = [
    ['articles', await content.articles()],
    ['videos', await content.videos()],
    ['countries', await content.countries()],
    ['events', await content.events()],
    ['good-practices', await content.goodPractices()],
    ['pages', await content.pages()],
  ]
  for (const [collection, list] of docs) {
    for (const doc of list)
      entries.push({
        locales: pageAlternates(collection, doc.translations),
        path: (lang) => docPath(lang, collection, doc.slug),
      })
  }
  const urls = entries.flatMap(({ locales, path }) =>
    locales.map((lang) => {
      const alternates = locales
        .map(
          (alt) =>
            `<xhtml:link rel="alternate" hreflang="${getLocale(alt).bcp47}" href="${xmlText(absoluteUrl(site, path(alt)))}"/>`,
        )
        .join('')
      return `<url><loc>${xmlText(absoluteUrl(site, path(lang)))}</loc>${alternates}</url>`
    }),
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
