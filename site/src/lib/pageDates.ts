/**
 * The dates of the pages no single document dates, by lib/lastUpdated.ts's rule: shown under the
 * page and given to search engines as its `lastmod` (seo/siteEntries.ts), from these getters only.
 */
import * as content from './content'
import { lastUpdated, listUpdated } from './lastUpdated'
import type { Section } from './paths'
import { paginate } from './staticPaths'

/** Every public document, by collection: what the home and the search index are made of. */
export async function publicDocuments(): Promise<
  [string, { slug: string; updatedAt: string; translations: object }[]][]
> {
  return [
    ['articles', await content.articles()],
    ['videos', await content.videos()],
    ['countries', await content.countries()],
    ['events', await content.events()],
    ['good-practices', await content.goodPractices()],
    ['pages', await content.pages()],
    ['newsletters', await content.newsletters()],
  ]
}

/** The home (latest of everything, the Assist line) and the search page (an index of it all). */
export async function siteUpdated(): Promise<string | null> {
  const docs = (await publicDocuments()).flatMap(([, list]) => list)
  return lastUpdated([listUpdated(docs), await helpUpdated(), await safetyUpdated()])
}

/**
 * A section's page (its list's first page, the one search engines are given): as new as the
 * entries it lists, as ListPage dates every list.
 */
export async function sectionUpdated(section: Section | 'newsletters'): Promise<string | null> {
  if (section === 'help') return helpUpdated()
  const docs = new Map(await publicDocuments()).get(section) ?? []
  // Articles come 20 to a page, newest first; every other list shows all its entries.
  return listUpdated(section === 'articles' ? paginate(docs)[0]! : docs)
}

/** The help page: the consultation services it lists (the emergency numbers are the code's). */
export async function helpUpdated(): Promise<string | null> {
  return (await content.siteSettings()).updatedAt
}

/**
 * The safety check: its questions and the services its finder lists (not the titles of the
 * articles its questions link to, which change with those articles).
 */
export async function safetyUpdated(): Promise<string | null> {
  const [check, settings] = await Promise.all([content.safetyCheck(), content.siteSettings()])
  return lastUpdated([check.updatedAt, settings.updatedAt])
}
