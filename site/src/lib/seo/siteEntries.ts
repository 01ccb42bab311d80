/**
 * Every page readers should find, as sitemap entries: each language's home and sections, and
 * every document's page in the languages it is written in, with those languages as hreflang
 * alternates. Pages shown only through a fallback language are left out (they are noindex), and
 * each entry's `lastmod` is its document's `updatedAt` (for a section, its newest document's;
 * for the site's own pages, pageDates.ts's).
 */
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import { lastUpdated } from '../lastUpdated'
import { helpUpdated, publicDocuments, safetyUpdated, siteUpdated } from '../pageDates'
import { absoluteUrl, docPath, homePath, pageAlternates, sectionPath, SECTIONS, type Section } from '../paths'
import type { SitemapEntry } from './sitemap'

interface Page {
  locales: readonly LocaleCode[]
  path: (lang: LocaleCode) => string
  lastmod: string | null
}

const newest = (docs: readonly { updatedAt: string }[]): string | null => lastUpdated(docs.map((d) => d.updatedAt))

/** Collection of each section's documents (the section lists them); the help page lists services. */
const SECTION_COLLECTION: Record<Section, string | null> = {
  articles: 'articles',
  videos: 'videos',
  countries: 'countries',
  events: 'events',
  'good-practices': 'good-practices',
  help: null,
}

export async function siteEntries(site: string | URL | undefined): Promise<SitemapEntry[]> {
  const docs = await publicDocuments()
  const byCollection = new Map(docs)
  const help = await helpUpdated()
  const pages: Page[] = [
    { locales: LOCALE_CODES, path: homePath, lastmod: await siteUpdated() },
    ...SECTIONS.map((s) => ({
      locales: LOCALE_CODES,
      path: (lang: LocaleCode) => sectionPath(lang, s),
      lastmod: SECTION_COLLECTION[s] ? newest(byCollection.get(SECTION_COLLECTION[s]) ?? []) : help,
    })),
    {
      locales: LOCALE_CODES,
      path: (lang: LocaleCode) => sectionPath(lang, 'newsletters'),
      lastmod: newest(byCollection.get('newsletters') ?? []),
    },
    { locales: LOCALE_CODES, path: (lang: LocaleCode) => sectionPath(lang, 'safety'), lastmod: await safetyUpdated() },
  ]
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
