/**
 * When a page's content last changed: the newest date of what it shows (a document, itself; a
 * list, its entries; the safety check, its questions and the services it finds). One rule for
 * the "last updated" line under every page and the sitemap's `lastmod`. A value that is not a
 * date is left out; nothing dated gives null (the page then shows no date rather than a wrong one).
 */
export function lastUpdated(dates: Iterable<string | null | undefined>): string | null {
  let newest: string | null = null
  let newestTime = -Infinity
  for (const date of dates) {
    const time = date ? Date.parse(date) : NaN
    if (!Number.isNaN(time) && time > newestTime) {
      newest = date!
      newestTime = time
    }
  }
  return newest
}

/** A list: as new as the newest entry it lists. */
export const listUpdated = (entries: readonly { updatedAt: string }[]): string | null =>
  lastUpdated(entries.map((e) => e.updatedAt))
