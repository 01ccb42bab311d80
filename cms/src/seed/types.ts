/**
 * Shape of the demo content under `data/`. Seed content is plain data: the seed script turns
 * markup into Lexical rich text, generates illustrations with sharp and creates documents through
 * Payload's Local API.
 *
 * Markup (see markup.ts) — a deliberately small subset that covers what the content needs:
 *   paragraphs separated by a blank line
 *   `## Heading` / `### Heading`
 *   `- item` (bulleted list), `1. item` (numbered list), `> quote`
 *   inline: `**bold**`, `*italic*`, `{漢字|かんじ}` furigana (base|reading),
 *           `[text](https://…)` external link, `[text](articles:slug)` internal link
 *           (collections: articles, videos, countries, good-practices, events, pages)
 */
import type { ServiceLanguage } from '@mirai/content-schemas/consultation-services'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type {
  ArticleCategory,
  CommitmentKey,
  CountryCode,
  EventAudience,
  EventKind,
  MemberCategory,
  Prefecture,
  ReportKind,
  ReportStatus,
  ReportVisibility,
} from '@mirai/content-schemas/taxonomies'

/** Text in all nine public languages. */
export type AllLocales<T = string> = Record<LocaleCode, T>
/** Text in English and optionally Japanese (organisation pages). */
export type EnJa<T = string> = { en: T; ja?: T }
/** Rich text written in the markup described above. */
export type Markup = string

/** An illustration generated at seed time (abstract shapes in two colours; no text in the image). */
export interface SeedImage {
  key: string
  /** Two hex colours, e.g. ['#1b6ca8', '#f4a261']. */
  palette: [string, string]
  alt: AllLocales
}

export interface SeedTag {
  slug: string
  name: AllLocales
}

export interface SeedArticle {
  slug: string
  category: ArticleCategory
  tags: string[]
  /** ISO date-time with offset, e.g. '2024-03-01T10:00:00+09:00'. */
  publishedAt: string
  title: AllLocales
  summary: AllLocales
  body: AllLocales<Markup>
  countries?: CountryCode[]
  /** Slugs of seed videos. */
  videos?: string[]
  image?: SeedImage
}

export interface SeedVideo {
  slug: string
  youtubeId: string
  publishedAt: string
  durationSeconds: number
  /** Languages the video has captions in. */
  captionLanguages: LocaleCode[]
  title: AllLocales
  description: AllLocales
  transcript?: Partial<AllLocales<Markup>>
}

export type ContactKind = 'embassy' | 'labour-attache' | 'consulate' | 'hotline' | 'support-centre'

export interface SeedContact {
  kind: ContactKind
  name: AllLocales
  phone?: string
  email?: string
  url?: string
  address?: string
  hours?: AllLocales
  languages?: LocaleCode[]
}

export interface SeedCountry {
  country: CountryCode
  slug: string
  title: AllLocales
  summary: AllLocales
  /** How workers come to Japan from this country: schemes, sending organisations, procedures. */
  sendingScheme: AllLocales<Markup>
  /** Recruitment fees in the country and the zero-fee (employer pays) principle. */
  recruitmentFees: AllLocales<Markup>
  contacts: SeedContact[]
  /** Slugs of seed articles. */
  relatedArticles: string[]
}

export interface SeedOrganisation {
  slug: string
  name: { ja: string; en: string }
  category: MemberCategory
  prefecture?: Prefecture
  /** ISO date. */
  joinedAt: string
  public: boolean
  website?: string
  /** Takes part in the Collaborative Program (JP-MIRAI Safety feedback for its sites). */
  programme?: boolean
}

export interface SeedBusinessSite {
  /** The seed's own key for it (sites have no slug). */
  key: string
  /** Slug of the participant organisation that supplies it. */
  participant: string
  name: string
  prefecture: Prefecture
}

export interface SeedSafetyPeriod {
  key: string
  label: string
  /** ISO dates, whole days in Japan. */
  startsOn: string
  endsOn: string
}

export interface SeedSafetyAnswers {
  /** Key of a seed business site. */
  site: string
  /** Key of a seed aggregation period. */
  period: string
  /** Respondents per language of the check: together, everyone who answered. */
  languages: Partial<Record<LocaleCode, number>>
  /** Per question key, how many of them answered "yes"; a question left out, nobody. */
  yes: Record<string, number>
}

export interface SeedGoodPractice {
  slug: string
  number: number
  /** Slug of a seed organisation. */
  organisation: string
  commitments: CommitmentKey[]
  publishedAt: string
  title: AllLocales
  summary: AllLocales
  body: AllLocales<Markup>
  image?: SeedImage
}

export interface SeedSpeaker {
  name: string
  affiliation: AllLocales
}

export interface SeedEvent {
  slug: string
  kind: EventKind
  audience: EventAudience
  organiser: { kind: 'jp-mirai' | 'co-hosted' | 'other-organisation'; name?: AllLocales }
  /** ISO date-time with +09:00 offset (Asia/Tokyo). */
  start: string
  end: string
  venue?: { name: AllLocales; address?: AllLocales }
  online?: boolean
  registrationUrl?: string
  registrationDeadline?: string
  title: AllLocales
  summary: AllLocales
  programme?: AllLocales<Markup>
  speakers?: SeedSpeaker[]
  attendance?: number
  report?: AllLocales<Markup>
}

export type PageSection =
  | { kind: 'figures'; title: EnJa; items: { label: EnJa; value: number; note?: EnJa }[] }
  | { kind: 'people'; title: EnJa; people: { name: string; role: EnJa; affiliation: EnJa }[] }

export interface SeedPage {
  slug: string
  kind: 'about' | 'code-of-conduct' | 'structure' | 'board' | 'activities' | 'annual-reports' | 'contact' | 'other'
  order: number
  title: EnJa
  summary: EnJa
  body: EnJa<Markup>
  sections?: PageSection[]
}

export interface SeedActivityReport {
  /** Slug of a seed organisation. */
  organisation: string
  kind: ReportKind
  fiscalYear: number
  half?: 'first' | 'second'
  status: ReportStatus
  visibility: ReportVisibility
  title: string
  /** One entry per Code of Conduct commitment the report addresses (Japanese, as members write them). */
  commitments: Partial<Record<CommitmentKey, Markup>>
}

export interface SeedConsultationService {
  name: AllLocales
  phone: string
  /** Opening hours per weekday in Asia/Tokyo, 'HH:MM'; weekdays missing are closed. */
  hours: { day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; opens: string; closes: string }[]
  /** Every language it answers in (BCP 47), not only the site's. */
  languages: ServiceLanguage[]
  /** The prefectures it serves; all of Japan when left out. */
  prefectures?: Prefecture[]
  closedOnHolidays?: boolean
  /** 'MM-DD' first and last closed day at the turn of the year. */
  yearEndClosure?: { from: string; to: string }
  url?: string
  description: AllLocales
}
