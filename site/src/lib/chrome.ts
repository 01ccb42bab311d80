/**
 * What every page shows around its content in one language: the menu, the consultation service
 * (reachable from every page), the organisation pages and the urgent alerts. Built once per language.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { SITE_SECTIONS, termLabel } from '@mirai/content-schemas/taxonomies'

import { alertViews, type AlertView } from './alerts'
import { buildTime } from './buildTime'
import * as content from './content'
import { docPath, pageTranslation, sectionPath, SECTIONS } from './paths'
import { serviceView, type ServiceView } from './services'
import { pickTranslation } from './translation'

export interface Chrome {
  lang: LocaleCode
  nav: { label: string; href: string }[]
  consultation: ServiceView
  organisationName: string
  organisationLinks: { label: string; href: string; lang: LocaleCode }[]
  /** Urgent alerts not over at the build's time, at the top of every page. */
  alerts: AlertView[]
}

const memo = new Map<LocaleCode, Promise<Chrome>>()

export function chromeFor(lang: LocaleCode): Promise<Chrome> {
  if (!memo.has(lang)) memo.set(lang, build(lang))
  return memo.get(lang)!
}

async function build(lang: LocaleCode): Promise<Chrome> {
  const [settings, navigation, pages, alerts] = await Promise.all([
    content.siteSettings(),
    content.navigation(),
    content.pages(),
    content.alerts(),
  ])
  const nav =
    navigation[lang] ?? SECTIONS.map((s) => ({ label: termLabel(SITE_SECTIONS, s, lang), href: sectionPath(lang, s) }))
  const organisationLinks = pages.flatMap((p) => {
    const shown = pageTranslation('pages', p.translations, lang)
    return shown ? [{ label: shown.content.title, href: docPath(shown.lang, 'pages', p.slug), lang: shown.lang }] : []
  })
  return {
    lang,
    nav,
    consultation: serviceView(settings.consultation, lang),
    organisationName: pickTranslation(settings.organisation.translations, lang).content.name,
    organisationLinks,
    alerts: alertViews(alerts, lang, buildTime()),
  }
}
