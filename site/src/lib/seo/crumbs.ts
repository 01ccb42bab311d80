/**
 * Breadcrumb trails (BreadcrumbList): the language's home, the section, then the page. Named as
 * the menu names them, so the trail a search result shows reads like the site.
 */
import { t } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { SITE_SECTIONS, termLabel } from '@mirai/content-schemas/taxonomies'

import { homePath, sectionPath, type Section } from '../paths'
import type { Crumb } from './jsonLd'

export const homeCrumb = (lang: LocaleCode): Crumb => ({ name: t(lang, 'nav.home'), path: homePath(lang) })

export function sectionCrumb(lang: LocaleCode, section: Section | 'newsletters' | 'safety' | 'search'): Crumb {
  const name =
    section === 'newsletters'
      ? t(lang, 'nav.newsletters')
      : section === 'safety'
        ? t(lang, 'safety.title')
        : section === 'search'
          ? t(lang, 'nav.search')
          : termLabel(SITE_SECTIONS, section, lang)
  return { name, path: sectionPath(lang, section) }
}

/** Home → section → whatever follows (a category, the document). */
export function sectionTrail(
  lang: LocaleCode,
  section: Section | 'newsletters' | 'safety' | 'search',
  ...more: Crumb[]
): Crumb[] {
  return [homeCrumb(lang), sectionCrumb(lang, section), ...more]
}
