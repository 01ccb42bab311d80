/**
 * The dates of the pages no single document dates, by lib/lastUpdated.ts's rule: shown under the
 * page and given to search engines as its `lastmod` (seo/siteEntries.ts), from these getters only.
 */
import * as content from './content'
import { lastUpdated } from './lastUpdated'

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
  return lastUpdated([...docs.map((d) => d.updatedAt), (await content.siteSettings()).updatedAt])
}

/** The help page: the consultation services it lists (the emergency numbers are the code's). */
export async function helpUpdated(): Promise<string | null> {
  return (await content.siteSettings()).updatedAt
}

/** The safety check: its questions and the services its finder lists. */
export async function safetyUpdated(): Promise<string | null> {
  const [check, settings] = await Promise.all([content.safetyCheck(), content.siteSettings()])
  return lastUpdated([check.updatedAt, settings.updatedAt])
}
