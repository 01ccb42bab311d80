/**
 * Every path of the public site, in one place: the site builds its pages at these paths, and
 * everything that links to the site — the site's own menus and rich text, the snapshot's
 * navigation, newsletters, admin previews — asks these functions. Slugs are the same in every
 * language, so a page's path in another language differs only by its first segment, except for
 * documents that exist in some languages only (organisation pages), which `docPath` knows.
 */
import { findTranslation, translatedLocales, type Localized, type Translations } from './fallback'
import { LOCALE_CODES, type LocaleCode } from './locales'
import { translationLocalesOf } from './translationScope'
import { SITE_SECTIONS } from './taxonomies'

export type Section = 'articles' | 'videos' | 'countries' | 'events' | 'good-practices' | 'help'

/** The site's sections in menu order; their labels live with the taxonomy (SITE_SECTIONS). */
export const SECTIONS: readonly Section[] = SITE_SECTIONS.map((s) => s.value)

/** CMS collection slug → site section (organisation `pages` live at the language root). */
const COLLECTION_SECTIONS: Record<string, Section | 'pages' | 'newsletters'> = {
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

/**
 * The language of the page a reader of `lang` is sent to for a document of `collection`: their
 * own where the collection has pages in it, else the first language it has (English for
 * organisation pages).
 */
export function pageLocaleFor(collection: string, lang: LocaleCode): LocaleCode {
  const locales = translationLocalesOf(collection)
  return locales.includes(lang) ? lang : locales[0]!
}

/** Where a CMS document lives on the site, for a reader of `lang`. */
export function docPath(lang: LocaleCode, collection: string, slug: string): string {
  const section = COLLECTION_SECTIONS[collection]
  if (!section) throw new Error(`No public page for collection "${collection}"`)
  const pageLang = pageLocaleFor(collection, lang)
  return section === 'pages' ? `/${pageLang}/${slug}/` : `/${pageLang}/${section}/${slug}/`
}

/**
 * Where readers of `lang` find a collection's documents listed: its section's list (organisation
 * pages, which live at the language root, are listed from the home page). A deleted document's
 * page redirects there (redirects.ts).
 */
export function listPath(lang: LocaleCode, collection: string): string {
  const section = COLLECTION_SECTIONS[collection]
  if (!section) throw new Error(`No public page for collection "${collection}"`)
  return section === 'pages' ? homePath(lang) : sectionPath(lang, section)
}

/**
 * The languages a document's page is built in, which are its hreflang alternates: those with
 * text, among the languages its collection has pages in (an organisation page's Vietnamese text,
 * which the CMS accepts, makes no Vietnamese page).
 */
export function pageAlternates(
  collection: string,
  translations: Translations<unknown> | null | undefined,
): LocaleCode[] {
  const locales = translationLocalesOf(collection)
  return translatedLocales(translations).filter((code) => locales.includes(code))
}

/**
 * The text a reader of `lang` gets of a document as a link to its page: the fallback pick among
 * the languages the document has a page in, so the link and its label lead to a page that exists.
 */
export function pageTranslation<T>(
  collection: string,
  translations: Translations<T> | null | undefined,
  lang: LocaleCode,
): Localized<T> | null {
  const built: Translations<T> = {}
  for (const code of pageAlternates(collection, translations)) built[code] = translations?.[code]
  const found = findTranslation(built, pageLocaleFor(collection, lang))
  // A fallback for the reader, not for the language the page is looked for in.
  return found && { ...found, isFallback: found.lang !== lang }
}

/** Whether the collection has a page of its own on the site (so a link to its documents can be made). */
export const hasPages = (collection: string): boolean => collection in COLLECTION_SECTIONS

/** A link inside rich text: the target's collection and the target as stored (with its slug when public). */
export interface InternalLink {
  relationTo: string
  value: unknown
}

/**
 * Where an internal link of rich text leads for a reader of `lang` (a site path), or null when it
 * cannot lead anywhere: the target came without a slug (not public, or not populated) or its
 * collection has no pages. The site and the newsletters both resolve links with it.
 */
export function internalLinkPath(lang: LocaleCode, link: InternalLink): string | null {
  const { value } = link
  const slug =
    value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string' ? value.slug : null
  if (!slug || !hasPages(link.relationTo)) return null
  return docPath(lang, link.relationTo, slug)
}

export const homePath = (lang: LocaleCode) => `/${lang}/`

export function sectionPath(
  lang: LocaleCode,
  section: Section | 'search' | 'newsletters' | 'safety' | '404',
  page = 1,
): string {
  return page > 1 ? `/${lang}/${section}/page/${page}/` : `/${lang}/${section}/`
}

export function categoryPath(lang: LocaleCode, category: string, page = 1): string {
  return page > 1 ? `/${lang}/articles/category/${category}/page/${page}/` : `/${lang}/articles/category/${category}/`
}

export const icsPath = (lang: LocaleCode, slug: string) => `/${lang}/events/${slug}.ics`
export const rssPath = (lang: LocaleCode) => `/${lang}/rss.xml`
/** The share preview image a language's pages show when their document has no image of its own. */
export const shareImagePath = (lang: LocaleCode) => `/${lang}/share-image.png`
/** The sitemap (`part` of a sitemap index once the site outgrows one file). */
/** The sitemap protocol's limits for one file (sitemaps.org): past either, an index of parts. */
export const SITEMAP_MAX_URLS = 50_000
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024

export const sitemapPath = (part?: number) => (part === undefined ? '/sitemap.xml' : `/sitemap-${part}.xml`)

/** The same page in another language: swap the language segment. */
export function switchLanguage(path: string, lang: LocaleCode): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path)
  if (!match || !(LOCALE_CODES as readonly string[]).includes(match[1]!)) return homePath(lang)
  return `/${lang}${match[2] ?? '/'}`
}

export function absoluteUrl(site: string | URL | undefined, path: string): string {
  return new URL(path, site ?? 'http://localhost:4321').toString()
}
