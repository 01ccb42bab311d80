/**
 * Where a CMS document lives on the public site. The site builds its pages at these paths and
 * anything that links to the site from outside (newsletters) uses the same function.
 */
import type { LocaleCode } from './locales'

export type Section = 'articles' | 'videos' | 'countries' | 'events' | 'good-practices'

export const SECTIONS: readonly Section[] = ['articles', 'videos', 'countries', 'events', 'good-practices']

/** CMS collection slug → site section (organisation `pages` live at the language root). */
export const COLLECTION_SECTIONS: Record<string, Section | 'pages' | 'newsletters'> = {
  articles: 'articles',
  videos: 'videos',
  countries: 'countries',
  events: 'events',
  'good-practices': 'good-practices',
  pages: 'pages',
  // The archive of newsletter issues marked public.
  newsletters: 'newsletters',
}

/**
 * The site's own pages directly under /{lang}/ (site/src/pages/[lang]/): an organisation page
 * with one of these slugs would never be built, the site's route taking its place.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [...SECTIONS, 'newsletters', 'search', 'safety', '404']

/** The longest slug: its page's path (with `.ics` for events) must stay a valid file name. */
export const MAX_SLUG_LENGTH = 80

export function docPath(lang: LocaleCode, collection: string, slug: string): string {
  const section = COLLECTION_SECTIONS[collection]
  if (!section) throw new Error(`No public page for collection "${collection}"`)
  return section === 'pages' ? `/${lang}/${slug}/` : `/${lang}/${section}/${slug}/`
}
