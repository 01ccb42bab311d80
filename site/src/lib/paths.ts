/**
 * Every URL of the site in one place. Slugs are the same in every language, so a page's path in
 * another language differs only by the first segment.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

export { COLLECTION_SECTIONS, docPath, SECTIONS, type Section } from '@mirai/content-schemas/paths'
import type { Section } from '@mirai/content-schemas/paths'

export const homePath = (lang: LocaleCode) => `/${lang}/`

export function sectionPath(lang: LocaleCode, section: Section | 'search', page = 1): string {
  return page > 1 ? `/${lang}/${section}/page/${page}/` : `/${lang}/${section}/`
}

export function categoryPath(lang: LocaleCode, category: string, page = 1): string {
  return page > 1 ? `/${lang}/articles/category/${category}/page/${page}/` : `/${lang}/articles/category/${category}/`
}

export const icsPath = (lang: LocaleCode, slug: string) => `/${lang}/events/${slug}.ics`
export const rssPath = (lang: LocaleCode) => `/${lang}/rss.xml`

/** The same page in another language: swap the language segment. */
export function switchLanguage(path: string, lang: LocaleCode): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path)
  if (!match || !(LOCALE_CODES as readonly string[]).includes(match[1]!)) return homePath(lang)
  return `/${lang}${match[2] ?? '/'}`
}

export function absoluteUrl(site: string | URL | undefined, path: string): string {
  return new URL(path, site ?? 'http://localhost:4321').toString()
}
