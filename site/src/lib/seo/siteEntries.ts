/**
 * Every page readers should find, as sitemap entries: each language's home and sections, and
 * every document's page in the languages it is written in, with those languages as hreflang
 * alternates. Pages shown only through a fallback language are left out (they are noindex), and
 * each entry's `lastmod` is its document's `updatedAt` (for a list, its newest document's).
 */
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import * as content from '../content'
import { absoluteUrl, docPath, homePath, pageAlternates, sectionPath, SECTIONS, type Section } from '../paths'
import type { SitemapEntry } from './sitemap'

interface Page {
  locales: readonly LocaleCode[]
  path: (lang: LocaleCode) => string
  lastmod: string | null
}

const newest = (docs: readonly { updatedAt: string }[]): string | null =>
  docs.reduce<string | null>((max, d) => (!max || Date.parse(d.updatedAt) > Date.parse(max) ? d.updatedAt : max), null)

/** Collection of each section's documents (the section lists them); the help page lists none. */
const SECTION_COLLECTION: Record<Section, string | null> = {
  articles: 'articles',
  videos: 'videos',
  countries: 'countries',
  events: 'events',
  'good-practices': 'good-practices',
  help: null,
}

export async function siteEntries(site: string | URL | undefined): Promise<SitemapEntry[]> {
  const docs: [string, { slug: string; updatedAt: string; translations: object }[]][] = [
    ['articles', await content.articles()],
    ['videos', await content.videos()],
    ['countries', await content.countries()],
    ['events', await content.events()],
    ['good-practices', await content.goodPractices()],
    ['pages', await content.pages()],
    ['newsletters', await content.newsletters()],
  ]
  const byCollection = new Map(docs)
  const all = docs.flatMap(([, list]) => list)
  const pages: Page[] = [
    { locales: LOCALE_CODES, path: homePath, lastmod: newest(all) },
    ...SECTIONS.map((s) => ({
      locales: LOCALE_CODES,
      path: (lang: LocaleCode) => sectionPath(lang, s),
      lastmod: newest(byCollection.get(SECTION_COLLECTION[s] ?? '') ?? []),
    })),
    {
      locales: LOCALE_CODES,
      path: (lang: LocaleCode) => sectionPath(lang, 'newsletters'),
      lastmod: newest(byCollection.get('newsletters') ?? []),
    },
    { locales: LOCALE_CODES, path: (lang: LocaleCode) => sectionPath(lang, 'safety'), lastmod: null },
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
