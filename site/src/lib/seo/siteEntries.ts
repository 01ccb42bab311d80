/**
 * Every page readers should find, as sitemap entries: each language's home and sections, and
 * every document's page in the languages it is written in, with those languages as hreflang
 * alternates. Pages shown only through a fallback language are left out (they are noindex), and
 * each entry's `lastmod` is its document's `updatedAt`, or for the site's own pages (home,
 * sections, safety check) the date the page itself shows (pageDates.ts).
 */
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import { publicDocuments, safetyUpdated, sectionUpdated, siteUpdated } from '../pageDates'
import { absoluteUrl, docPath, homePath, pageAlternates, sectionPath, SECTIONS } from '../paths'
import type { SitemapEntry } from './sitemap'

interface Page {
  locales: readonly LocaleCode[]
  path: (lang: LocaleCode) => string
  lastmod: string | null
}

export async function siteEntries(site: string | URL | undefined): Promise<SitemapEntry[]> {
  const docs = await publicDocuments()
  const pages: Page[] = [{ locales: LOCALE_CODES, path: homePath, lastmod: await siteUpdated() }]
  for (const section of [...SECTIONS, 'newsletters'] as const)
    pages.push({
      locales: LOCALE_CODES,
      path: (lang: LocaleCode) => sectionPath(lang, section),
      lastmod: await sectionUpdated(section),
    })
  pages.push({
    locales: LOCALE_CODES,
    path: (lang: LocaleCode) => sectionPath(lang, 'safety'),
    lastmod: await safetyUpdated(),
  })
  for (const [collection, list] of docs)
    for (const doc of list)
      pages.push({
        locales: pageAlternates(collection, doc.translations),
        path: (lang) => docPath(lang, collection, doc.slug),
        lastmod: doc.updatedAt,
      })
  return pages.flatMap(({ locales, path, lastmod }) => {
    const alternates = locales.map((alt) => ({ hreflang: getLocale(alt).bcp47, href: absoluteUrl(site, path(alt)) }))
    return locales.map((lang) => ({ loc: absoluteUrl(site, path(lang)), lastmod, alternates }))
  })
}
