/**
 * Reads what a public reader may see — published documents, public events and organisations —
 * through Payload's Local API with access control on and no user, and shapes it into the
 * snapshot the site consumes (see content-schemas/src/schemas). Works the same on SQLite and
 * MongoDB because it never touches the database directly.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { isRichTextEmpty } from '@mirai/content-schemas/richtext'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { ExportCache, fetchCollection } from './fetch'
import { fold, hasText, idOf, idsOf, isoOrNull, rowsOf, translationsOf, type Doc, type PerLocale } from './localized'
import { MediaLibrary } from './media'
import { slimRichText } from './richText'
import { pickLocale } from './splitLocales'

export const SNAPSHOT_VERSION = 1
export { ExportCache } from './fetch'

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION
  generatedAt: string
  articles: unknown[]
  videos: unknown[]
  countries: unknown[]
  events: unknown[]
  goodPractices: unknown[]
  pages: unknown[]
  newsletters: unknown[]
  tags: unknown[]
  organisations: unknown[]
  siteSettings: unknown
  navigation: unknown
  safetyCheck: unknown
}

async function fetchAll(payload: Payload, collection: CollectionSlug, cache: ExportCache): Promise<PerLocale> {
  const docs = await fetchCollection(payload, collection, cache)
  const fields = payload.collections[collection]!.config.flattenedFields
  return new Map(LOCALE_CODES.map((locale) => [locale, docs.map((doc) => pickLocale(doc, fields, locale))]))
}

async function fetchGlobal(payload: Payload, slug: GlobalSlug): Promise<Map<LocaleCode, Doc>> {
  const doc = (await payload.findGlobal({ slug, locale: 'all' as never, overrideAccess: false, depth: 0 })) as Doc
  const fields = payload.globals.config.find((g) => g.slug === slug)!.flattenedFields
  return new Map(LOCALE_CODES.map((locale) => [locale, pickLocale(doc, fields, locale)]))
}

const SECTION_PATHS: Record<string, string> = {
  articles: 'articles',
  videos: 'videos',
  countries: 'countries',
  events: 'events',
  'good-practices': 'good-practices',
  search: 'search',
}

/** The language-independent part of a consultation service (see cms/src/fields/consultationService.ts). */
const serviceShared = (service: Doc) => ({
  phone: service.phone || null,
  email: service.email || null,
  chatUrl: service.chatUrl || null,
  url: service.url || null,
  free: service.free ?? true,
  languages: service.languages ?? [],
  hours: (service.hours ?? []).map((h: Doc) => ({ day: h.day, opens: h.opens, closes: h.closes })),
})

const LINKABLE: CollectionSlug[] = ['articles', 'videos', 'countries', 'events', 'good-practices', 'pages']

/** `cache` keeps the documents read last time (see fetch.ts); without one, everything is read. */
export async function buildSnapshot(payload: Payload, cache = new ExportCache()): Promise<{ snapshot: Snapshot; media: MediaLibrary; warnings: string[] }> {
  const d = DEFAULT_LOCALE
  const staticDir = (payload.collections.media?.config.upload as { staticDir: string }).staticDir
  const media = await MediaLibrary.load(await fetchAll(payload, 'media', cache), d, staticDir)
  const raw = new Map<CollectionSlug, PerLocale>()
  for (const collection of [...LINKABLE, 'tags', 'organisations', 'newsletters'] as CollectionSlug[]) raw.set(collection, await fetchAll(payload, collection, cache))
  // Slugs of everything public: a rich-text link to anything else (a draft, a members-only
  // event) renders as plain text on the site.
  const slugs = new Map<string, string>()
  for (const collection of LINKABLE) for (const doc of raw.get(collection)!.get(d) ?? []) slugs.set(`${collection}:${doc.id}`, doc.slug)
  const rich = (value: unknown) => slimRichText(value, { image: media.image, slug: (collection, id) => slugs.get(`${collection}:${id}`) })
  const base = (doc: Doc) => ({ id: String(doc.id), slug: doc.slug, updatedAt: isoOrNull(doc.updatedAt) })
  const all = (collection: CollectionSlug) => raw.get(collection)!
  const warnings: string[] = [...media.warnings]
  /**
   * A language counts as translated when it has a title and every text its page cannot do without:
   * a title saved as a translator's draft, then published with the Japanese before its text was
   * written, has no body and would stop the build. Until it has, readers get the fallback, and
   * the build's record says why.
   */
  const translated = (what: string, required: Record<string, string>, title = 'title') => (l: Doc, locale: LocaleCode) => {
    if (!hasText(l[title])) return false
    const missing = Object.entries(required).filter(([field]) => isRichTextEmpty(l[field])).map(([, label]) => label)
    if (missing.length > 0) warnings.push(`${what} (${locale}): has a title but no ${missing.join(' or ')}; shown in another language until it has`)
    return missing.length === 0
  }

  const articles = fold(all('articles'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt),
    category: doc.category,
    tags: idsOf(doc.tags),
    countries: doc.countries ?? [],
    relatedVideos: idsOf(doc.relatedVideos),
    heroImage: media.image(doc.heroImage),
    translations: translationsOf(byLocale, translated(`articles ${doc.id}`, { body: 'text' }), (l) => ({ title: l.title, summary: l.summary ?? null, body: rich(l.body) })),
  }))

  const playable = (video: { youtubeId: string | null; file: unknown; id: string }) => {
    if (video.youtubeId || video.file) return true
    warnings.push(`videos ${video.id}: has neither a YouTube video nor a file the site can play; left out of the site`)
    return false
  }
  const videos = fold(all('videos'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt),
    youtubeId: doc.youtubeId || null,
    file: media.file(doc.file),
    poster: media.image(doc.poster),
    durationSeconds: doc.durationSeconds ?? null,
    captionLanguages: doc.captionLanguages ?? [],
    translations: translationsOf(byLocale, (l) => hasText(l.title), (l) => ({
      title: l.title,
      description: l.description ?? null,
      transcript: rich(l.transcript),
    })),
  })).filter(playable)

  const countries = fold(all('countries'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    country: doc.country,
    heroImage: media.image(doc.heroImage),
    relatedArticles: idsOf(doc.relatedArticles),
    contacts: rowsOf(
      byLocale,
      doc.contacts,
      (l) => l.contacts,
      (row) => ({ kind: row.kind, phone: row.phone ?? null, email: row.email ?? null, url: row.url ?? null, address: row.address ?? null, languages: row.languages ?? [] }),
      (row) => hasText(row.name),
      (row) => ({ name: row.name, hours: row.hours ?? null }),
    ),
    translations: translationsOf(byLocale, translated(`countries ${doc.id}`, { sendingScheme: 'sending scheme', recruitmentFees: 'recruitment fees' }), (l) => ({
      title: l.title,
      summary: l.summary ?? null,
      sendingScheme: rich(l.sendingScheme),
      recruitmentFees: rich(l.recruitmentFees),
    })),
  }))

  const events = fold(all('events'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    kind: doc.kind,
    audience: doc.audience,
    start: isoOrNull(doc.start),
    end: isoOrNull(doc.end),
    online: Boolean(doc.online),
    registrationUrl: doc.registrationUrl ?? null,
    registrationDeadline: isoOrNull(doc.registrationDeadline),
    organiserKind: doc.organiser?.kind ?? 'jp-mirai',
    attendance: doc.attendance ?? null,
    speakers: rowsOf(byLocale, doc.speakers, (l) => l.speakers, (row) => ({ name: row.name }), (row) => hasText(row.affiliation), (row) => ({ affiliation: row.affiliation })),
    translations: translationsOf(byLocale, (l) => hasText(l.title), (l) => ({
      title: l.title,
      summary: l.summary ?? null,
      organiserName: l.organiser?.name ?? null,
      venueName: l.venue?.name ?? null,
      venueAddress: l.venue?.address ?? null,
      programme: rich(l.programme),
      report: rich(l.report),
    })),
  }))

  const organisations = fold(all('organisations'), d, ({ base: doc, byLocale }) => ({
    id: String(doc.id),
    slug: doc.slug,
    category: doc.category,
    website: doc.website ?? null,
    translations: translationsOf(byLocale, (l) => hasText(l.name), (l) => ({ name: l.name })),
  }))
  const organisationById = new Map(organisations.map((o) => [o.id, o]))

  const goodPractices = fold(all('good-practices'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    number: doc.number,
    publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt),
    organisation: organisationById.get(idOf(doc.organisation) ?? '') ?? null,
    commitments: doc.commitments ?? [],
    images: (doc.images ?? []).map(media.image).filter(Boolean),
    translations: translationsOf(byLocale, translated(`good-practices ${doc.id}`, { body: 'text' }), (l) => ({ title: l.title, summary: l.summary ?? null, body: rich(l.body) })),
  }))

  const pages = fold(all('pages'), d, ({ base: doc, byLocale }) => ({
    ...base(doc),
    kind: doc.kind,
    order: doc.order ?? 100,
    sections: (doc.sections ?? []).map((section: Doc, i: number) => {
      // The same block in each language that has it.
      const localOnly = new Map<LocaleCode, Doc>()
      for (const [locale, l] of byLocale) if (l.sections?.[i]) localOnly.set(locale, l.sections[i])
      const sectionTranslations = translationsOf(localOnly, (s) => hasText(s.title), (s) => ({ title: s.title }))
      return section.blockType === 'figures'
        ? {
            blockType: 'figures',
            translations: sectionTranslations,
            items: rowsOf(localOnly, section.items, (s) => s.items, (row) => ({ value: row.value }), (row) => hasText(row.label), (row) => ({ label: row.label, note: row.note ?? null })),
          }
        : {
            blockType: 'people',
            translations: sectionTranslations,
            people: rowsOf(localOnly, section.people, (s) => s.people, (row) => ({ name: row.name }), (row) => hasText(row.role) || hasText(row.affiliation), (row) => ({ role: row.role ?? null, affiliation: row.affiliation ?? null })),
          }
    }),
    translations: translationsOf(byLocale, translated(`pages ${doc.id}`, { body: 'text' }), (l) => ({ title: l.title, summary: l.summary ?? null, body: rich(l.body) })),
  }))

  // Only the issues an anonymous reader may see: published and marked public.
  const newsletters = fold(all('newsletters'), d, ({ base: doc, byLocale }) => ({
    id: String(doc.id),
    slug: `${doc.kind}-${doc.issueNumber}`,
    updatedAt: isoOrNull(doc.updatedAt),
    kind: doc.kind,
    number: doc.issueNumber,
    issueDate: isoOrNull(doc.issueDate),
    sections: (doc.sections ?? []).flatMap((section: Doc, i: number) => {
      const localOnly = new Map<LocaleCode, Doc>()
      for (const [locale, l] of byLocale) if (l.sections?.[i]) localOnly.set(locale, l.sections[i])
      if (section.blockType === 'story') {
        return [{ blockType: 'story', kind: section.kind, translations: translationsOf(localOnly, translated(`newsletters ${doc.id}, story ${i + 1}`, { body: 'text' }, 'heading'), (s) => ({ heading: s.heading, body: rich(s.body) })) }]
      }
      const target = section.item as { relationTo?: string; value?: unknown } | undefined
      const targetId = idOf(target?.value)
      // A card of something without a public page (a members-only event) is left out of the archive.
      if (!target?.relationTo || !targetId || !slugs.has(`${target.relationTo}:${targetId}`)) return []
      return [{ blockType: 'reference', collection: target.relationTo, id: targetId, translations: translationsOf(localOnly, (s) => hasText(s.note), (s) => ({ note: s.note })) }]
    }),
    translations: translationsOf(byLocale, (l) => hasText(l.subject), (l) => ({ title: l.subject, summary: l.preheader ?? null, intro: rich(l.intro) })),
  }))

  const tags = fold(all('tags'), d, ({ base: doc, byLocale }) => ({
    id: String(doc.id),
    slug: doc.slug,
    name: translationsOf(byLocale, (l) => hasText(l.name), (l) => String(l.name)),
  }))

  const settings = await fetchGlobal(payload, 'site-settings')
  const settingsBase = settings.get(d) ?? {}
  const siteSettings = {
    organisation: {
      email: settingsBase.organisation?.email ?? null,
      phone: settingsBase.organisation?.phone ?? null,
      url: settingsBase.organisation?.url ?? null,
      translations: translationsOf(settings, (l) => hasText(l.organisation?.name), (l) => ({ name: l.organisation.name, address: l.organisation.address ?? null })),
    },
    consultation: {
      ...serviceShared(settingsBase.consultation ?? {}),
      translations: translationsOf(settings, (l) => hasText(l.consultation?.name), (l) => ({ name: l.consultation.name, description: l.consultation.description ?? null })),
    },
    otherServices: rowsOf(settings, settingsBase.otherServices, (l) => l.otherServices, serviceShared, (row) => hasText(row.name), (row) => ({ name: row.name, description: row.description ?? null })),
    social: (settingsBase.social ?? []).map((s: Doc) => ({ platform: s.platform, url: s.url })),
  }

  // The safety check: questions in every language they are written in; explanations only to
  // articles a reader can open.
  const safety = await fetchGlobal(payload, 'safety-check')
  const safetyBase = safety.get(d) ?? {}
  const publicArticles = new Set(articles.map((a) => a.id))
  const safetyCheck = {
    intro: translationsOf(safety, (l) => !isRichTextEmpty(l.intro), (l) => rich(l.intro)),
    sections: ((safetyBase.sections ?? []) as Doc[]).map((section, i) => ({
      key: section.key,
      translations: translationsOf(safety, (l) => hasText(l.sections?.[i]?.title), (l) => ({ title: l.sections[i].title })),
      questions: ((section.questions ?? []) as Doc[]).map((question, j) => ({
        key: question.key,
        severity: question.severity,
        explanations: idsOf(question.explanations).filter((id) => publicArticles.has(id)),
        translations: translationsOf(safety, (l) => !isRichTextEmpty(l.sections?.[i]?.questions?.[j]?.text), (l) => ({ text: rich(l.sections[i].questions[j].text) })),
      })),
    })),
  }

  const slugOf = (collection: string, id: string | null) => {
    const list: { id: string; slug: string }[] | undefined = ({ articles, videos, countries, events, 'good-practices': goodPractices, pages } as Record<string, { id: string; slug: string }[]>)[collection]
    return list?.find((doc) => doc.id === id)?.slug
  }
  const navigationGlobal = await fetchGlobal(payload, 'navigation')
  const navigation: Partial<Record<LocaleCode, { label: string; href: string }[]>> = {}
  for (const [locale, nav] of navigationGlobal) {
    const items: { label: string; href: string }[] = []
    for (const item of (nav.items ?? []) as Doc[]) {
      if (item.type === 'section' && item.section && SECTION_PATHS[item.section]) items.push({ label: item.label, href: `/${locale}/${SECTION_PATHS[item.section]}/` })
      else if (item.type === 'custom' && item.url) items.push({ label: item.label, href: item.url })
      else if (item.type === 'document' && item.document) {
        const slug = slugOf(item.document.relationTo, idOf(item.document.value))
        if (slug) items.push({ label: item.label, href: item.document.relationTo === 'pages' ? `/${locale}/${slug}/` : `/${locale}/${item.document.relationTo}/${slug}/` })
      }
    }
    if (items.length > 0) navigation[locale] = items
  }

  return {
    media,
    warnings,
    snapshot: {
      version: SNAPSHOT_VERSION,
      generatedAt: new Date().toISOString(),
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
    },
  }
}
