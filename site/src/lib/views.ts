/**
 * What a page shows of a document in one language, computed from the snapshot: the translation or
 * its fallback, HTML of the rich text, labels of taxonomies, links in the same language. Pages get
 * these as props and only lay them out.
 */
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'
import { ARTICLE_CATEGORIES, CODE_OF_CONDUCT_COMMITMENTS, NEWSLETTER_KINDS, NEWSLETTER_STORY_KINDS, SENDING_COUNTRIES } from '@mirai/content-schemas/taxonomies'

import { formatDate, formatRange } from './dates'
import { pictureData, type PictureData } from './images'
import { categoryPath, docPath, icsPath } from './paths'
import { richHtml } from './render'
import { labelIn, pickTranslation, translatedLocales, type Translations } from './translation'

export interface Link {
  label: string
  href: string
  /** Language of the label when it differs from the page's. */
  lang?: LocaleCode
}

export interface DocView {
  slug: string
  title: string
  summary: string | null
  /** Language the title/summary/body are in; differs from the page's on a fallback. */
  contentLang: LocaleCode
  isFallback: boolean
  /** Languages the document is translated into (hreflang alternates). */
  alternates: LocaleCode[]
  href: string
}

function docView<T extends { title: string; summary?: string | null }>(
  doc: { slug: string; translations: Translations<T> },
  collection: string,
  lang: LocaleCode,
): DocView & { content: T } {
  const picked = pickTranslation(doc.translations, lang)
  return {
    slug: doc.slug,
    title: picked.content.title,
    summary: picked.content.summary ?? null,
    contentLang: picked.lang,
    isFallback: picked.isFallback,
    alternates: translatedLocales(doc.translations),
    href: docPath(lang, collection, doc.slug),
    content: picked.content,
  }
}

/** A list entry: title and summary with the language they are in. */
export interface CardView {
  title: string
  summary: string | null
  href: string
  contentLang: LocaleCode
  meta: string | null
  picture: PictureData | null
}

const card = (view: DocView, meta: string | null, picture: PictureData | null = null): CardView => ({
  title: view.title,
  summary: view.summary,
  href: view.href,
  contentLang: view.contentLang,
  meta,
  picture,
})

export const categoryLabel = (value: string, lang: LocaleCode) =>
  labelIn(ARTICLE_CATEGORIES.find((c) => c.value === value)?.label ?? { en: value }, lang)

export const countryLabel = (value: string, lang: LocaleCode) =>
  labelIn(SENDING_COUNTRIES.find((c) => c.value === value)?.label ?? { en: value }, lang)

export function articleCard(article: S.Article, lang: LocaleCode): CardView {
  const view = docView(article, 'articles', lang)
  const picture = article.heroImage ? pictureData(article.heroImage, lang, '(min-width: 40rem) 12rem, 33vw') : null
  return card(view, `${categoryLabel(article.category, lang)} · ${formatDate(article.publishedAt, lang)}`, picture)
}

export function articleView(article: S.Article, lang: LocaleCode, related: { tags: S.Tag[]; videos: S.Video[] }) {
  const { content, ...view } = docView(article, 'articles', lang)
  const tagById = new Map(related.tags.map((t) => [t.id, t]))
  const videoById = new Map(related.videos.map((v) => [v.id, v]))
  return {
    ...view,
    html: richHtml(content.body, lang),
    published: { iso: article.publishedAt, text: formatDate(article.publishedAt, lang) },
    category: { label: categoryLabel(article.category, lang), href: categoryPath(lang, article.category) },
    tags: article.tags.flatMap((id) => {
      const tag = tagById.get(id)
      if (!tag) return []
      const name = pickTranslation(tag.name, lang)
      return [{ label: name.content, lang: name.isFallback ? name.lang : undefined }]
    }),
    countries: article.countries.map((c) => ({ label: countryLabel(c, lang), href: docPath(lang, 'countries', SENDING_COUNTRIES.find((s) => s.value === c)!.slug) })),
    hero: article.heroImage ? pictureData(article.heroImage, lang) : null,
    relatedVideos: article.relatedVideos.flatMap((id) => {
      const video = videoById.get(id)
      return video ? [linkTo(video, 'videos', lang)] : []
    }),
  }
}

export type ArticleView = ReturnType<typeof articleView>

/** A link to a document in the page's language, with the label's own language on fallback. */
export function linkTo(doc: { slug: string; translations: Translations<{ title: string }> }, collection: string, lang: LocaleCode): Link {
  const picked = pickTranslation(doc.translations, lang)
  return { label: picked.content.title, href: docPath(lang, collection, doc.slug), lang: picked.isFallback ? picked.lang : undefined }
}

export function videoView(video: S.Video, lang: LocaleCode, articles: S.Article[]) {
  const { content, ...view } = docView(video, 'videos', lang)
  return {
    ...view,
    description: content.description ?? null,
    youtubeId: video.youtubeId,
    file: video.file,
    poster: video.poster ? pictureData(video.poster, lang) : null,
    durationSeconds: video.durationSeconds,
    captions: video.captionLanguages.map((c) => getLocale(c).nativeName),
    transcriptHtml: content.transcript ? richHtml(content.transcript, lang) : null,
    published: { iso: video.publishedAt, text: formatDate(video.publishedAt, lang) },
    relatedArticles: articles.filter((a) => a.relatedVideos.includes(video.id)).map((a) => linkTo(a, 'articles', lang)),
  }
}

export type VideoView = ReturnType<typeof videoView>

export function videoCard(video: S.Video, lang: LocaleCode): CardView {
  const view = docView({ ...video, translations: mapTranslations(video.translations, (t) => ({ title: t.title, summary: t.description })) }, 'videos', lang)
  return card(view, formatDate(video.publishedAt, lang), video.poster ? pictureData(video.poster, lang, '12rem') : null)
}

function mapTranslations<T, R>(translations: Translations<T>, map: (t: T) => R): Translations<R> {
  return Object.fromEntries(Object.entries(translations).map(([k, v]) => [k, map(v as T)])) as Translations<R>
}

export function countryView(country: S.CountryPage, lang: LocaleCode, articles: S.Article[]) {
  const { content, ...view } = docView(country, 'countries', lang)
  const articleById = new Map(articles.map((a) => [a.id, a]))
  return {
    ...view,
    countryName: countryLabel(country.country, lang),
    sendingSchemeHtml: richHtml(content.sendingScheme, lang),
    recruitmentFeesHtml: richHtml(content.recruitmentFees, lang),
    hero: country.heroImage ? pictureData(country.heroImage, lang) : null,
    contacts: country.contacts.map((c) => {
      const text = pickTranslation(c.translations, lang)
      return {
        kind: c.kind,
        name: text.content.name,
        hours: text.content.hours ?? null,
        lang: text.isFallback ? text.lang : undefined,
        phone: c.phone ?? null,
        email: c.email ?? null,
        url: c.url ?? null,
        address: c.address ?? null,
        languages: c.languages.map((l) => ({ code: l, name: getLocale(l).nativeName })),
      }
    }),
    relatedArticles: country.relatedArticles.flatMap((id) => {
      const article = articleById.get(id)
      return article ? [linkTo(article, 'articles', lang)] : []
    }),
  }
}

export type CountryView = ReturnType<typeof countryView>

export function countryCard(country: S.CountryPage, lang: LocaleCode): CardView {
  return card(docView(country, 'countries', lang), countryLabel(country.country, lang))
}

export function eventView(event: S.Event, lang: LocaleCode) {
  const { content: c, ...view } = docView(event, 'events', lang)
  return {
    ...view,
    when: formatRange(event.start, event.end, lang),
    start: event.start,
    end: event.end,
    kind: event.kind,
    online: event.online,
    venue: [c.venueName, c.venueAddress].filter(Boolean).join(', ') || null,
    organiser: event.organiserKind === 'jp-mirai' ? 'JP-MIRAI' : (c.organiserName ?? null),
    registrationUrl: event.registrationUrl ?? null,
    registrationDeadline: event.registrationDeadline ? formatDate(event.registrationDeadline, lang) : null,
    programmeHtml: c.programme ? richHtml(c.programme, lang) : null,
    reportHtml: c.report ? richHtml(c.report, lang) : null,
    speakers: event.speakers.map((s) => {
      const affiliation = Object.keys(s.translations).length ? pickTranslation(s.translations, lang) : null
      return { name: s.name, affiliation: affiliation?.content.affiliation ?? null, lang: affiliation?.isFallback ? affiliation.lang : undefined }
    }),
    attendance: event.attendance ?? null,
    icsHref: icsPath(lang, event.slug),
  }
}

export type EventView = ReturnType<typeof eventView>

export function eventCard(event: S.Event, lang: LocaleCode): CardView {
  return card(docView(event, 'events', lang), formatRange(event.start, event.end, lang))
}

export function goodPracticeView(gp: S.GoodPractice, lang: LocaleCode) {
  const { content, ...view } = docView(gp, 'good-practices', lang)
  const org = gp.organisation ? pickTranslation(gp.organisation.translations, lang) : null
  return {
    ...view,
    number: gp.number,
    html: richHtml(content.body, lang),
    published: { iso: gp.publishedAt, text: formatDate(gp.publishedAt, lang) },
    organisation: org ? { name: org.content.name, lang: org.isFallback ? org.lang : undefined, website: gp.organisation?.website ?? null } : null,
    commitments: gp.commitments.map((value) => {
      const term = CODE_OF_CONDUCT_COMMITMENTS.find((c) => c.value === value)!
      return { number: term.number, label: labelIn(term.label, lang) }
    }),
    images: gp.images.map((image) => pictureData(image, lang)),
  }
}

export type GoodPracticeView = ReturnType<typeof goodPracticeView>

export function goodPracticeCard(gp: S.GoodPractice, lang: LocaleCode, numberLabel: string): CardView {
  return card(docView(gp, 'good-practices', lang), numberLabel)
}

export function pageView(page: S.Page, lang: LocaleCode) {
  const { content, ...view } = docView(page, 'pages', lang)
  const sectionTitle = (translations: Translations<{ title?: string | null }>) => {
    const entries = Object.keys(translations).length ? pickTranslation(translations, lang) : null
    return entries?.content.title ?? null
  }
  return {
    ...view,
    html: richHtml(content.body, lang),
    sections: page.sections.map((section) =>
      section.blockType === 'figures'
        ? {
            kind: 'figures' as const,
            title: sectionTitle(section.translations),
            items: section.items.map((item) => {
              const text = pickTranslation(item.translations, lang)
              return { value: item.value, label: text.content.label, note: text.content.note ?? null }
            }),
          }
        : {
            kind: 'people' as const,
            title: sectionTitle(section.translations),
            people: section.people.map((person) => {
              const text = Object.keys(person.translations).length ? pickTranslation(person.translations, lang).content : null
              return { name: person.name, role: text?.role ?? null, affiliation: text?.affiliation ?? null }
            }),
          },
    ),
  }
}

export type PageView = ReturnType<typeof pageView>

const newsletterMeta = (nl: S.Newsletter, lang: LocaleCode, issueLabel: string) =>
  `${labelIn(NEWSLETTER_KINDS.find((k) => k.value === nl.kind)!.label, lang)} · ${issueLabel} · ${formatDate(nl.issueDate, lang)}`

export function newsletterCard(nl: S.Newsletter, lang: LocaleCode, issueLabel: string): CardView {
  return card(docView(nl, 'newsletters', lang), newsletterMeta(nl, lang, issueLabel))
}

type Linkable = { id: string; slug: string; translations: Translations<{ title: string; summary?: string | null }> }

export type NewsletterSection =
  | { kind: 'story'; label: string; heading: string; html: string; lang: LocaleCode | undefined }
  | { kind: 'card'; link: Link; summary: string | null; note: string | null; noteLang: LocaleCode | undefined }

/** An archived issue: its stories and cards as the email had them, linked within the site. */
export function newsletterView(nl: S.Newsletter, lang: LocaleCode, issueLabel: string, docs: Record<'articles' | 'events' | 'good-practices' | 'videos', Linkable[]>) {
  const { content, ...view } = docView(nl, 'newsletters', lang)
  return {
    ...view,
    meta: newsletterMeta(nl, lang, issueLabel),
    published: { iso: nl.issueDate, text: formatDate(nl.issueDate, lang) },
    intro: content.intro ? richHtml(content.intro, lang) : '',
    sections: nl.sections.flatMap((section): NewsletterSection[] => {
      if (section.blockType === 'story') {
        if (Object.keys(section.translations).length === 0) return []
        const text = pickTranslation(section.translations, lang)
        return [
          {
            kind: 'story',
            label: labelIn(NEWSLETTER_STORY_KINDS.find((k) => k.value === section.kind)!.label, lang),
            heading: text.content.heading,
            html: richHtml(text.content.body, lang),
            lang: text.isFallback ? text.lang : undefined,
          },
        ]
      }
      const doc = docs[section.collection].find((d) => d.id === section.id)
      if (!doc) return []
      const picked = pickTranslation(doc.translations, lang)
      const note = Object.keys(section.translations).length ? pickTranslation(section.translations, lang) : null
      return [
        {
          kind: 'card',
          link: linkTo(doc, section.collection, lang),
          summary: picked.content.summary ?? null,
          note: note?.content.note ?? null,
          noteLang: note?.isFallback ? note.lang : undefined,
        },
      ]
    }),
  }
}

export type NewsletterView = ReturnType<typeof newsletterView>
