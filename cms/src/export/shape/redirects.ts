/**
 * The redirects the site carries: only those that lead to a page this snapshot has (a redirect to
 * a page since unpublished, or to a members-only event, would send readers nowhere or leak where
 * it was), and none from a path this snapshot has a page at (the page is what the site says now).
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { docPath, homePath, pageAlternates, SECTIONS, sectionPath } from '@mirai/content-schemas/paths'
import type { MovedPath, RedirectEntryInput } from '@mirai/content-schemas/redirects'

type Documents = { slug: string; translations?: object | null }[]

/** What the shapers made, by CMS collection: the documents that have pages. */
export type PagesByCollection = Record<string, Documents>

/** Every page path of the site built from these documents: their pages and the site's own fixed pages. */
export function publicPagePaths(documents: PagesByCollection): Set<string> {
  const paths = new Set<string>()
  for (const lang of LOCALE_CODES) {
    paths.add(homePath(lang))
    for (const section of [...SECTIONS, 'newsletters', 'search', 'safety'] as const)
      paths.add(sectionPath(lang, section))
  }
  for (const [collection, docs] of Object.entries(documents))
    for (const doc of docs) {
      // Organisation pages exist only in the languages they are written in; the rest in all nine.
      const langs =
        collection === 'pages'
          ? pageAlternates(collection, doc.translations as Parameters<typeof pageAlternates>[1])
          : LOCALE_CODES
      for (const lang of langs) paths.add(docPath(lang, collection, doc.slug))
    }
  return paths
}

export function shapeRedirects(redirects: readonly MovedPath[], documents: PagesByCollection): RedirectEntryInput[] {
  const pages = publicPagePaths(documents)
  return redirects
    .filter((r) => pages.has(r.to) && !pages.has(r.from))
    .map((r) => ({ id: r.from, from: r.from, to: r.to }))
    .sort((a, b) => a.from.localeCompare(b.from))
}

/** The snapshot's documents that have pages, by the CMS collection whose paths they take. */
export function pagesOfSnapshot(content: {
  articles: Documents
  videos: Documents
  countries: Documents
  events: Documents
  goodPractices: Documents
  pages: Documents
  newsletters: Documents
}): PagesByCollection {
  return {
    articles: content.articles,
    videos: content.videos,
    countries: content.countries,
    events: content.events,
    'good-practices': content.goodPractices,
    pages: content.pages,
    newsletters: content.newsletters,
  }
}
