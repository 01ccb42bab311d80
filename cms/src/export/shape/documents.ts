/**
 * What the shapers receive: each public document already read and split into its languages
 * (splitLocales.ts), typed by the CMS's generated types. Only types come from Payload here, so
 * the shapers run — and are tested — without a CMS.
 */
import type { UiTextTable } from '@mirai/content-schemas/i18n'
import type { DataFromCollectionSlug, DataFromGlobalSlug } from 'payload'

import type { InLocales } from '../splitLocales'

export type ArticleDoc = InLocales<DataFromCollectionSlug<'articles'>>
export type VideoDoc = InLocales<DataFromCollectionSlug<'videos'>>
export type CountryDoc = InLocales<DataFromCollectionSlug<'countries'>>
export type EventDoc = InLocales<DataFromCollectionSlug<'events'>>
export type GoodPracticeDoc = InLocales<DataFromCollectionSlug<'good-practices'>>
export type PageDoc = InLocales<DataFromCollectionSlug<'pages'>>
export type TagDoc = InLocales<DataFromCollectionSlug<'tags'>>
export type OrganisationDoc = InLocales<DataFromCollectionSlug<'organisations'>>
export type NewsletterDoc = InLocales<DataFromCollectionSlug<'newsletters'>>
export type SiteSettingsDoc = InLocales<DataFromGlobalSlug<'site-settings'>>
export type SafetyCheckDoc = InLocales<DataFromGlobalSlug<'safety-check'>>
export type NavigationDoc = InLocales<DataFromGlobalSlug<'navigation'>>
export type AlertDoc = InLocales<DataFromCollectionSlug<'alerts'>>

/** Everything an anonymous reader may see, as read from the CMS. */
export interface PublicContent {
  articles: ArticleDoc[]
  videos: VideoDoc[]
  countries: CountryDoc[]
  events: EventDoc[]
  'good-practices': GoodPracticeDoc[]
  pages: PageDoc[]
  tags: TagDoc[]
  organisations: OrganisationDoc[]
  newsletters: NewsletterDoc[]
  alerts: AlertDoc[]
  siteSettings: SiteSettingsDoc
  safetyCheck: SafetyCheckDoc
  navigation: NavigationDoc
  /** The published interface text, language → key → text (the code's strings where none was written). */
  interfaceText?: UiTextTable
}
