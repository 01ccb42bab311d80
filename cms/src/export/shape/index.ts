/**
 * From what the CMS let an anonymous reader see to the snapshot the site reads, without the CMS:
 * each collection is shaped by its own module, in an order where every link, card and menu item
 * finds the documents it may point to already exported.
 */
import { buildTime } from '@mirai/content-schemas/build-time'
import type * as S from '@mirai/content-schemas/schemas'

import { shapeAlerts } from './alerts'
import { shapeArticles } from './articles'
import { shapeContext, type MediaLookups } from './context'
import { shapeCountries } from './countries'
import type { PublicContent } from './documents'
import { shapeEvents } from './events'
import { shapeGoodPractices } from './goodPractices'
import { shapeNavigation } from './navigation'
import { shapeNewsletters } from './newsletters'
import { shapeOrganisations } from './organisations'
import { shapePages } from './pages'
import { slugsOf } from './publicPages'
import { shapeSafetyCheck } from './safetyCheck'
import { shapeSiteSettings } from './siteSettings'
import { shapeTags } from './tags'
import { shapeVideos } from './videos'

export type { PublicContent } from './documents'
export type { MediaLookups } from './context'

/** The snapshot's content, typed by the schemas the site validates it with, so the exporter cannot drift from them. */
export interface SnapshotContent {
  articles: S.ArticleInput[]
  videos: S.VideoInput[]
  countries: S.CountryPageInput[]
  events: S.EventInput[]
  goodPractices: S.GoodPracticeInput[]
  pages: S.PageInput[]
  newsletters: S.NewsletterInput[]
  tags: S.TagInput[]
  organisations: S.PublicOrganisationInput[]
  siteSettings: S.SiteSettingsInput
  navigation: S.NavigationInput
  safetyCheck: S.SafetyCheckInput
  /** Urgent alerts not over at the build's time. */
  alerts: S.AlertInput[]
  interfaceText: S.InterfaceTextInput
}

/**
 * `warnings`: what was left out of the site and why, in the order it was met. `now`: the build's
 * time, which decides the alerts still on.
 */
export function shapeSnapshot(
  content: PublicContent,
  media: MediaLookups,
  now: Date = buildTime(),
): { content: SnapshotContent; warnings: string[] } {
  const warnings: string[] = []
  const ctx = shapeContext(media, slugsOf(content), warnings)
  const { pages: publicPages } = ctx

  const tags = shapeTags(content.tags)
  const videos = shapeVideos(content.videos, ctx)
  publicPages.add('videos', videos)
  const articles = shapeArticles(content.articles, ctx, new Map(tags.map((tag) => [tag.id, tag])))
  publicPages.add('articles', articles)
  const countries = shapeCountries(content.countries, ctx)
  publicPages.add('countries', countries)
  const events = shapeEvents(content.events, ctx)
  publicPages.add('events', events)
  const organisations = shapeOrganisations(content.organisations)
  const goodPractices = shapeGoodPractices(content['good-practices'], ctx, new Map(organisations.map((o) => [o.id, o])))
  publicPages.add('good-practices', goodPractices)
  const pages = shapePages(content.pages, ctx)
  publicPages.add('pages', pages)
  const newsletters = shapeNewsletters(content.newsletters, ctx)
  const siteSettings = shapeSiteSettings(content.siteSettings)
  const safetyCheck = shapeSafetyCheck(content.safetyCheck, ctx)
  const navigation = shapeNavigation(content.navigation, publicPages)
  const alerts = shapeAlerts(content.alerts, ctx, now)

  return {
    warnings,
    content: {
      articles,
      videos,
      countries,
      events,
      goodPractices,
      pages,
      newsletters,
      tags,
      organisations,
      siteSettings,
      navigation,
      safetyCheck,
      alerts,
      interfaceText: content.interfaceText ?? {},
    },
  }
}
