/**
 * One issue of a newsletter in one language, resolved into what the email shows: every text in
 * the requested language, or — for a story or card not translated yet — in the language the
 * shared rules pick (`@mirai/content-schemas/newsletter`, the same the site's archive uses),
 * marked so the reader sees why. All links are absolute URLs of the public site.
 */
import { formatDate, formatDateTime } from '@mirai/content-schemas/dates'
import { findTranslation, type Translations } from '@mirai/content-schemas/fallback'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, isLocaleCode, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { resolveIssue, type CardInput, type IssueInput, type ResolvedCard } from '@mirai/content-schemas/newsletter'
import { homePath, internalLinkPath, type InternalLink } from '@mirai/content-schemas/paths'
import { richTextToHtml, richTextToPlainText } from '@mirai/content-schemas/richtext'
import { NEWSLETTER_KINDS, NEWSLETTER_STORY_KINDS, termLabel } from '@mirai/content-schemas/taxonomies'
import { hasText } from '@mirai/content-schemas/translated'
import type { Payload, PayloadRequest, Where } from 'payload'

import { isStaff } from '../access/roles'
import type { Article, Event, GoodPractice, Media, Newsletter, Video } from '../payload-types'

/**
 * A value of a localized field as a `locale: 'all'` query returns it. Payload's generated types
 * describe a document read in one language; an issue is read in all of them at once.
 */
type AllLocales<T> = Translations<T | null>

type RichText = NonNullable<Newsletter['intro']>
type Linked = Article | Event | GoodPractice | Video
type CardTarget = Omit<Linked, 'title' | 'summary'> & {
  title?: AllLocales<string>
  summary?: AllLocales<string>
  description?: AllLocales<string>
  audience?: Event['audience']
  start?: string
  online?: boolean | null
  venue?: { name?: AllLocales<string> } | null
  heroImage?: string | MediaAllLocales | null
  poster?: string | MediaAllLocales | null
  images?: (string | MediaAllLocales)[] | null
}
type MediaAllLocales = Omit<Media, 'alt'> & { alt?: AllLocales<string> }
/** What a card keeps of its block for the email: where it is, and its populated target. */
interface CardSource {
  index: number
  collection: string
  target: CardTarget | string | null
}
type StoryBlock = Extract<NonNullable<Newsletter['sections']>[number], { blockType: 'story' }>
type CardBlock = Extract<NonNullable<Newsletter['sections']>[number], { blockType: 'reference' }>

/** An issue read with `locale: 'all'` and its cards' documents populated. */
export type IssueDoc = Omit<Newsletter, 'subject' | 'preheader' | 'intro' | 'sections'> & {
  subject?: AllLocales<string>
  preheader?: AllLocales<string>
  intro?: AllLocales<RichText>
  sections?: (
    | (Omit<StoryBlock, 'heading' | 'body'> & { heading?: AllLocales<string>; body?: AllLocales<RichText> })
    | (Omit<CardBlock, 'item' | 'note'> & {
        item?: { relationTo: CardBlock['item']['relationTo']; value: string | CardTarget } | null
        note?: AllLocales<string>
      })
  )[]
}

/** A problem with the issue or the request for it, said in one line. */
export class NewsletterError extends Error {}

export interface Shown {
  /** The language the text is in: the requested one, or a fallback. */
  lang: LocaleCode
  fallbackNote: string | null
}

export interface StoryView extends Shown {
  type: 'story'
  kindLabel: string
  heading: string
  html: string
  text: string
}

export interface CardView extends Shown {
  type: 'card'
  collection: string
  title: string
  summary: string
  /** Absolute URL of the item's page on the site; none for members-only events (no public page). */
  url: string | null
  meta: string[]
  note: string | null
  image: { src: string; alt: string; width: number; height: number } | null
}

export interface IssueView {
  id: string
  kind: string
  kindLabel: string
  number: number
  date: string
  dateText: string
  lang: LocaleCode
  bcp47: string
  subject: string
  preheader: string
  introHtml: string
  introText: string
  sections: (StoryView | CardView)[]
  siteUrl: string
  homeUrl: string
}

/**
 * Whose eyes an issue is read with. Without a reader (the command line, run by the secretariat)
 * the working draft is read with access checks off; with one, their access decides, and only the
 * secretariat sees drafts — everyone else the published issue, and what it links to as published.
 */
export interface IssueReader {
  user: NonNullable<PayloadRequest['user']>
}

/** Finds an issue by id, by issue number, or `latest` (the most recent by date). */
export async function findIssue(payload: Payload, ref: string, reader?: IssueReader): Promise<IssueDoc> {
  const drafts = !reader || isStaff(reader.user)
  const access = reader ? { overrideAccess: false, user: reader.user } : { overrideAccess: true }
  const query = {
    collection: 'newsletters' as const,
    locale: 'all' as const,
    depth: 2,
    draft: drafts,
    ...access,
    limit: 2,
  }
  const published: Where[] = drafts ? [] : [{ _status: { equals: 'published' } }]
  const where = (condition: Where): Where => ({ and: [condition, ...published] })
  let docs: Newsletter[]
  if (ref === 'latest') docs = (await payload.find({ ...query, where: where({}), sort: '-issueDate', limit: 1 })).docs
  else if (/^\d+$/.test(ref))
    docs = (
      await payload.find({ ...query, where: where({ issueNumber: { equals: Number(ref) } }), sort: '-issueDate' })
    ).docs
  else docs = (await payload.find({ ...query, where: where({ id: { equals: ref } }) })).docs
  if (docs.length === 0)
    throw new NewsletterError(
      ref === 'latest'
        ? 'There is no newsletter yet'
        : `No newsletter issue "${ref}" (give a document id, an issue number or "latest")`,
    )
  if (docs.length > 1)
    throw new NewsletterError(`Issue number ${ref} exists for both kinds; give the document id instead`)
  // With `locale: 'all'` the localized values are keyed by language (see IssueDoc).
  return docs[0] as unknown as IssueDoc
}

export interface ViewOptions {
  siteUrl: string
  /**
   * Leave out cards the reader cannot open (unpublished since, or not theirs to read) instead of
   * refusing to render: a published issue as a member sees it. The secretariat is told instead.
   */
  omitUnavailableCards?: boolean
}

/** `hasText`, telling the compiler that a value with text is not missing. */
const isText = <T>(value: T | null | undefined): value is T => hasText(value)

/** The languages of a localized value that have text, each with it. */
function present<T>(values: AllLocales<T> | null | undefined): Translations<T> {
  const out: Translations<T> = {}
  for (const lang of LOCALE_CODES) {
    const value = values?.[lang]
    if (isText(value)) out[lang] = value
  }
  return out
}

/** The issue as the shared resolver reads it: each story in the languages that have a heading and a text. */
function issueInput(doc: IssueDoc, omitUnavailableCards: boolean): IssueInput<RichText, CardSource> {
  const sections: IssueInput<RichText, CardSource>['sections'] = []
  for (const [index, section] of (doc.sections ?? []).entries()) {
    if (section.blockType === 'story') {
      const headings = present(section.heading)
      const bodies = present(section.body)
      const translations: Translations<{ heading: string; body: RichText }> = {}
      for (const lang of LOCALE_CODES) {
        const heading = headings[lang]
        const body = bodies[lang]
        if (heading && body) translations[lang] = { heading, body }
      }
      sections.push({ type: 'story', kind: section.kind ?? 'message', translations })
      continue
    }
    const target = section.item?.value ?? null
    if (omitUnavailableCards && (!target || typeof target !== 'object' || target._status !== 'published')) continue
    const card = target && typeof target === 'object' ? target : null
    const titles = present(card?.title)
    const summaries = present(card?.summary ?? card?.description)
    const text: CardInput['text'] = {}
    for (const lang of LOCALE_CODES)
      if (titles[lang]) text[lang] = { title: titles[lang], summary: summaries[lang] ?? null }
    // Members-only events have no public page; the card carries the details instead.
    const membersOnly = section.item?.relationTo === 'events' && card?.audience === 'members-only'
    sections.push({
      type: 'card',
      collection: section.item?.relationTo ?? '',
      slug: card && !membersOnly ? card.slug : null,
      text,
      note: present(section.note),
      source: { index, collection: section.item?.relationTo ?? '', target },
    })
  }
  return { intro: present(doc.intro), sections }
}

export function issueView(
  doc: IssueDoc,
  lang: string,
  { siteUrl, omitUnavailableCards = false }: ViewOptions,
): IssueView {
  if (!isLocaleCode(lang))
    throw new NewsletterError(`"${lang}" is not one of the site's languages (${LOCALE_CODES.join(', ')})`)
  const language = getLocale(lang)
  const subject = doc.subject?.[lang]
  if (!isText(subject)) {
    const editions = LOCALE_CODES.filter((l) => hasText(doc.subject?.[l]))
    throw new NewsletterError(
      `Issue ${doc.issueNumber} has no ${language.englishName} edition (no subject in "${lang}"); its editions: ${editions.join(', ') || 'none'}`,
    )
  }
  const site = siteUrl.replace(/\/+$/, '')
  const absolute = (path: string) => `${site}${path}`
  const shown = (l: LocaleCode): Shown => ({
    lang: l,
    fallbackNote: l === lang ? null : t(lang, 'newsletter.shownIn', { language: getLocale(l).nativeName }),
  })
  const linkTo = (target: InternalLink) => {
    const path = internalLinkPath(lang, target)
    return path ? absolute(path) : null
  }
  const rich = { resolveInternalLink: linkTo }

  const resolved = resolveIssue(issueInput(doc, omitUnavailableCards), lang)
  const sections: (StoryView | CardView)[] = resolved.sections.map((section) => {
    if (section.type === 'unresolved') {
      if (section.section === 'story')
        throw new NewsletterError(`Section ${section.index + 1} (a story) has no heading or text in any language`)
      const target = section.source?.target
      if (!target || typeof target !== 'object')
        throw new NewsletterError(`Card ${section.index + 1} points to a document that was deleted`)
      throw new NewsletterError(
        `Card ${section.index + 1} (${section.source?.collection} ${target.id}) has no title in any language`,
      )
    }
    if (section.type === 'story') {
      return {
        type: 'story',
        ...shown(section.shown.lang),
        kindLabel: termLabel(NEWSLETTER_STORY_KINDS, section.kind, lang),
        heading: section.heading,
        html: richTextToHtml(section.body, rich),
        text: richTextToPlainText(section.body, rich),
      }
    }
    return cardView(section, lang, { absolute, shown })
  })

  const intro = resolved.intro
  return {
    id: String(doc.id),
    kind: doc.kind,
    kindLabel: termLabel(NEWSLETTER_KINDS, doc.kind, lang),
    number: doc.issueNumber,
    date: doc.issueDate,
    dateText: formatDate(doc.issueDate, lang),
    lang,
    bcp47: language.bcp47,
    subject,
    preheader: doc.preheader?.[lang] ?? '',
    introHtml: intro ? richTextToHtml(intro.content, rich) : '',
    introText: intro ? richTextToPlainText(intro.content, rich) : '',
    sections,
    siteUrl: site,
    homeUrl: absolute(homePath(lang)),
  }
}

/** The email's card: the resolved title, summary, note and link, with what only the email shows (event details, the image). */
function cardView(
  resolved: ResolvedCard<CardSource>,
  lang: LocaleCode,
  ctx: { absolute: (path: string) => string; shown: (l: LocaleCode) => Shown },
): CardView {
  const { index, collection, target: item } = resolved.source
  if (!collection || !item || typeof item !== 'object')
    throw new NewsletterError(`Card ${index + 1} points to a document that was deleted`)
  if (item._status !== 'published')
    throw new NewsletterError(`Card ${index + 1} points to "${resolved.title}" (${collection}), which is not published`)
  const meta: string[] = []
  if (collection === 'events') {
    if (item.start) meta.push(formatDateTime(item.start, lang, 'long'))
    const venue = findTranslation(present(item.venue?.name), lang)
    if (venue) meta.push(venue.content)
    if (item.online) meta.push(t(lang, 'event.online'))
    if (item.audience === 'members-only') meta.push(t(lang, 'event.membersOnly'))
  }
  const imageDoc = item.heroImage ?? item.poster ?? (Array.isArray(item.images) ? item.images[0] : null)
  let image: CardView['image'] = null
  if (imageDoc && typeof imageDoc === 'object') {
    const size = imageDoc.sizes?.card?.filename ? imageDoc.sizes.card : imageDoc
    const alt = findTranslation(present(imageDoc.alt), lang)
    if (size.filename && size.width && size.height && alt)
      image = { src: ctx.absolute(`/media/${size.filename}`), alt: alt.content, width: size.width, height: size.height }
  }
  return {
    type: 'card',
    ...ctx.shown(resolved.shown.lang),
    collection,
    title: resolved.title,
    summary: resolved.summary ?? '',
    url: resolved.path ? ctx.absolute(resolved.path) : null,
    meta,
    note: resolved.note?.content ?? null,
    image,
  }
}
