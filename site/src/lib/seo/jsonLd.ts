/**
 * Structured data (schema.org JSON-LD) of the pages where a type fits: the organisation, an
 * article, an event, a breadcrumb trail. Pure: a page passes what it knows, in absolute URLs or
 * site paths, and gets plain objects the layout writes into `<script type="application/ld+json">`.
 */
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'

import { japanIsoDateTime } from '../dates'
import { absoluteUrl } from '../paths'
import { pickTranslation } from '../translation'
import { clip } from './clip'

export type JsonLd = Record<string, unknown>

const CONTEXT = 'https://schema.org'

/** Google shows at most this many characters of an article's headline. */
export const HEADLINE_MAX = 110

export interface OrganizationInput {
  name: string
  /** The organisation's own website (absolute), or the portal's home (a site path) when it has none. */
  url: string
  email?: string | null
  phone?: string | null
  address?: string | null
  /** Profiles elsewhere (social media), as absolute URLs. */
  sameAs?: readonly string[]
  logo?: string | null
}

/** Only http(s) addresses go into structured data: a `javascript:` URL stays out, as in the page. */
const webUrl = (value: string | null | undefined, site?: string | URL): string | undefined => {
  if (!value) return undefined
  try {
    const url = site === undefined ? new URL(value) : new URL(value, site)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

/** Leaves out keys whose value is missing, so a validator never reads `"email": null`. */
function compact<T extends JsonLd>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
    ),
  ) as T
}

/** JP-MIRAI as the site settings describe it, named and addressed in the page's language. */
export function organizationOf(settings: S.SiteSettings, lang: LocaleCode, homePath: string): OrganizationInput {
  const { organisation } = settings
  const text = pickTranslation(organisation.translations, lang).content
  return {
    name: text.name,
    url: organisation.url || homePath,
    email: organisation.email ?? null,
    phone: organisation.phone ?? null,
    address: text.address ?? null,
    sameAs: settings.social.map((s) => s.url),
  }
}

export function organization(site: string | URL | undefined, org: OrganizationInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: org.name,
    url: webUrl(org.url, absoluteUrl(site, '/')),
    email: org.email ?? undefined,
    telephone: org.phone ?? undefined,
    address: org.address ?? undefined,
    logo: webUrl(org.logo),
    sameAs: (org.sameAs ?? []).map((u) => webUrl(u)).filter((u): u is string => Boolean(u)),
  })
}

/** The organisation as an article's author or an event's organiser: name and address only. */
const party = (org: { name: string; url?: string | null }): JsonLd =>
  compact({ '@type': 'Organization', name: org.name, url: webUrl(org.url) })

export interface ArticleInput {
  site: string | URL | undefined
  path: string
  headline: string
  description?: string | null
  /** Language the text is really in (the fallback's on a fallback page). */
  contentLang: LocaleCode
  datePublished: string
  dateModified?: string | null
  /** Absolute URLs or site paths. */
  images: readonly string[]
  publisher: { name: string; url?: string | null }
}

export function article(a: ArticleInput): JsonLd {
  const url = absoluteUrl(a.site, a.path)
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: clip(a.headline, HEADLINE_MAX),
    description: a.description ?? undefined,
    inLanguage: getLocale(a.contentLang).bcp47,
    datePublished: new Date(a.datePublished).toISOString(),
    dateModified: new Date(a.dateModified ?? a.datePublished).toISOString(),
    image: a.images.map((src) => absoluteUrl(a.site, src)),
    author: party(a.publisher),
    publisher: party(a.publisher),
    mainEntityOfPage: url,
    url,
  })
}

export interface EventInput {
  site: string | URL | undefined
  path: string
  name: string
  description?: string | null
  contentLang: LocaleCode
  start: string
  end: string
  online: boolean
  venueName?: string | null
  venueAddress?: string | null
  /** Where an online event is joined or registered for; the event's page when unknown. */
  onlineUrl?: string | null
  organizer?: { name: string; url?: string | null } | null
  images: readonly string[]
}

/**
 * An event in Japan time (`+09:00`), its place, online or both. An event with neither a venue
 * nor an online link still names Japan, where every event of the portal takes place, since a
 * location is required.
 */
export function event(e: EventInput): JsonLd {
  const url = absoluteUrl(e.site, e.path)
  const hasVenue = Boolean(e.venueName || e.venueAddress)
  const place = compact({
    '@type': 'Place',
    name: e.venueName ?? e.venueAddress ?? undefined,
    address: compact({ '@type': 'PostalAddress', streetAddress: e.venueAddress ?? undefined, addressCountry: 'JP' }),
  })
  const virtual = { '@type': 'VirtualLocation', url: webUrl(e.onlineUrl) ?? url }
  const location = e.online ? (hasVenue ? [place, virtual] : virtual) : place
  const mode = e.online
    ? hasVenue
      ? 'MixedEventAttendanceMode'
      : 'OnlineEventAttendanceMode'
    : 'OfflineEventAttendanceMode'
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: e.name,
    description: e.description ?? undefined,
    inLanguage: getLocale(e.contentLang).bcp47,
    startDate: japanIsoDateTime(e.start),
    endDate: japanIsoDateTime(e.end),
    eventStatus: `${CONTEXT}/EventScheduled`,
    eventAttendanceMode: `${CONTEXT}/${mode}`,
    location,
    organizer: e.organizer ? party(e.organizer) : undefined,
    image: e.images.map((src) => absoluteUrl(e.site, src)),
    url,
  })
}

export interface Crumb {
  name: string
  /** Site path of the crumb's page. */
  path: string
}

/** The trail from the language's home to the page itself (its last crumb). */
export function breadcrumbList(site: string | URL | undefined, crumbs: readonly Crumb[]): JsonLd {
  if (crumbs.length === 0) throw new Error('A breadcrumb trail needs at least one crumb')
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: absoluteUrl(site, c.path),
    })),
  }
}

/**
 * JSON for inside `<script>`: `<` is written as `\u003c` so no text of a document (`</script>`,
 * `<!--`) can end the script early, and the line separators JavaScript once refused are escaped.
 */
export function jsonLdScript(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
