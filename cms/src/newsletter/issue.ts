/**
 * One issue of a newsletter in one language, resolved into what the email shows: every text in
 * the requested language, or — for a story or card not translated yet — in the first language of
 * the fallback chain that has it, marked so the reader sees why. All links are absolute URLs of
 * the public site.
 */
import { fallbackChain, getLocale, isLocaleCode, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { docPath } from '@mirai/content-schemas/paths'
import { isRichTextEmpty, richTextToHtml, richTextToPlainText } from '@mirai/content-schemas/richtext'
import { NEWSLETTER_KINDS, NEWSLETTER_STORY_KINDS, termLabel } from '@mirai/content-schemas/taxonomies'
import type { Payload, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'

import { NEWSLETTER_STRINGS } from './strings'

type Doc = Record<string, any>
type PerLocale<T = unknown> = Partial<Record<LocaleCode, T>>

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
  strings: (typeof NEWSLETTER_STRINGS)[LocaleCode]
}

const hasText = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined && !(typeof value === 'object' && isRichTextEmpty(value)))

function pick<T>(values: PerLocale<T> | null | undefined, lang: LocaleCode): { value: T; lang: LocaleCode } | null {
  for (const l of [lang, ...fallbackChain(lang)]) {
    const value = values?.[l]
    if (hasText(value)) return { value: value as T, lang: l }
  }
  return null
}

const dateIn = (iso: string, lang: LocaleCode, withTime = false) =>
  new Intl.DateTimeFormat(getLocale(lang).bcp47, { timeZone: 'Asia/Tokyo', dateStyle: 'long', ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}) }).format(new Date(iso))

/**
 * Whose eyes an issue is read with. Without a reader (the command line, run by the secretariat)
 * the working draft is read with access checks off; with one, their access decides, and only the
 * secretariat sees drafts — everyone else the published issue, and what it links to as published.
 */
export interface IssueReader {
  user: NonNullable<PayloadRequest['user']>
}

/** Finds an issue by id, by issue number, or `latest` (the most recent by date). */
export async function findIssue(payload: Payload, ref: string, reader?: IssueReader): Promise<Doc> {
  const drafts = !reader || isStaff(reader.user)
  const access = reader ? { overrideAccess: false, user: reader.user } : { overrideAccess: true }
  const query = { collection: 'newsletters' as const, locale: 'all' as never, depth: 2, draft: drafts, ...access, limit: 2 }
  const published = drafts ? [] : [{ _status: { equals: 'published' } }]
  const where = (condition: Record<string, unknown>) => ({ and: [condition, ...published] }) as never
  let docs: Doc[]
  if (ref === 'latest') docs = (await payload.find({ ...query, where: where({}), sort: '-issueDate', limit: 1 })).docs as Doc[]
  else if (/^\d+$/.test(ref)) docs = (await payload.find({ ...query, where: where({ issueNumber: { equals: Number(ref) } }), sort: '-issueDate' })).docs as Doc[]
  else docs = (await payload.find({ ...query, where: where({ id: { equals: ref } }) })).docs as Doc[]
  if (docs.length === 0) throw new NewsletterError(ref === 'latest' ? 'There is no newsletter yet' : `No newsletter issue "${ref}" (give a document id, an issue number or "latest")`)
  if (docs.length > 1) throw new NewsletterError(`Issue number ${ref} exists for both kinds; give the document id instead`)
  return docs[0]!
}

export interface ViewOptions {
  siteUrl: string
  /**
   * Leave out cards the reader cannot open (unpublished since, or not theirs to read) instead of
   * refusing to render: a published issue as a member sees it. The secretariat is told instead.
   */
  omitUnavailableCards?: boolean
}

export function issueView(doc: Doc, lang: string, { siteUrl, omitUnavailableCards = false }: ViewOptions): IssueView {
  if (!isLocaleCode(lang)) throw new NewsletterError(`"${lang}" is not one of the site's languages (${LOCALE_CODES.join(', ')})`)
  const language = getLocale(lang)
  const subject = (doc.subject as PerLocale<string> | undefined)?.[lang]
  if (!hasText(subject)) {
    const editions = LOCALE_CODES.filter((l) => hasText((doc.subject as PerLocale<string> | undefined)?.[l]))
    throw new NewsletterError(`Issue ${doc.issueNumber} has no ${language.englishName} edition (no subject in "${lang}"); its editions: ${editions.join(', ') || 'none'}`)
  }
  const strings = NEWSLETTER_STRINGS[lang]
  const site = siteUrl.replace(/\/+$/, '')
  const absolute = (path: string) => `${site}${path}`
  const shown = (l: LocaleCode): Shown => ({ lang: l, fallbackNote: l === lang ? null : strings.shownIn(getLocale(l).nativeName) })
  const linkTo = (target: { relationTo: string; value: unknown }) => {
    const slug = (target.value as Doc | null)?.slug
    if (!slug) return null
    try {
      return absolute(docPath(lang, target.relationTo, slug))
    } catch {
      return null
    }
  }
  const rich = { resolveInternalLink: linkTo }

  const sections: (StoryView | CardView)[] = []
  for (const [i, section] of ((doc.sections ?? []) as Doc[]).entries()) {
    if (section.blockType === 'story') {
      const heading = pick<string>(section.heading, lang)
      const body = pick<unknown>(section.body, heading?.lang ?? lang)
      if (!heading || !body) throw new NewsletterError(`Section ${i + 1} (a story) has no heading or text in any language`)
      sections.push({
        type: 'story',
        ...shown(heading.lang),
        kindLabel: termLabel(NEWSLETTER_STORY_KINDS, section.kind ?? 'message', lang),
        heading: heading.value,
        html: richTextToHtml(body.value, rich),
        text: richTextToPlainText(body.value, rich),
      })
      continue
    }
    if (section.blockType === 'reference') {
      const item = section.item?.value as Doc | string | null | undefined
      if (omitUnavailableCards && (!item || typeof item !== 'object' || item._status !== 'published')) continue
      sections.push(cardView(section, i, lang, { absolute, shown, strings }))
    }
  }

  const intro = pick<unknown>(doc.intro, lang)
  return {
    id: String(doc.id),
    kind: doc.kind,
    kindLabel: termLabel(NEWSLETTER_KINDS, doc.kind, lang),
    number: doc.issueNumber,
    date: doc.issueDate,
    dateText: dateIn(doc.issueDate, lang),
    lang,
    bcp47: language.bcp47,
    subject: subject as string,
    preheader: (doc.preheader as PerLocale<string> | undefined)?.[lang] ?? '',
    introHtml: intro ? richTextToHtml(intro.value, rich) : '',
    introText: intro ? richTextToPlainText(intro.value, rich) : '',
    sections,
    siteUrl: site,
    homeUrl: absolute(`/${lang}/`),
    strings,
  }
}

function cardView(
  section: Doc,
  index: number,
  lang: LocaleCode,
  ctx: { absolute: (path: string) => string; shown: (l: LocaleCode) => Shown; strings: (typeof NEWSLETTER_STRINGS)[LocaleCode] },
): CardView {
  const relationTo = section.item?.relationTo as string | undefined
  const item = section.item?.value as Doc | string | null | undefined
  if (!relationTo || !item || typeof item !== 'object') throw new NewsletterError(`Card ${index + 1} points to a document that was deleted`)
  const title = pick<string>(item.title, lang)
  if (!title) throw new NewsletterError(`Card ${index + 1} (${relationTo} ${item.id}) has no title in any language`)
  if (item._status !== 'published') throw new NewsletterError(`Card ${index + 1} points to "${title.value}" (${relationTo}), which is not published`)
  const summary = pick<string>(item.summary ?? item.description, title.lang)
  const membersOnly = relationTo === 'events' && item.audience === 'members-only'
  const meta: string[] = []
  if (relationTo === 'events') {
    meta.push(dateIn(item.start, lang, true))
    const venue = pick<string>(item.venue?.name, lang)
    if (venue) meta.push(venue.value)
    if (item.online) meta.push(ctx.strings.online)
    if (membersOnly) meta.push(ctx.strings.membersOnly)
  }
  const imageDoc = (item.heroImage ?? item.poster ?? (Array.isArray(item.images) ? item.images[0] : null)) as Doc | null | undefined
  let image: CardView['image'] = null
  if (imageDoc && typeof imageDoc === 'object') {
    const size = imageDoc.sizes?.card?.filename ? imageDoc.sizes.card : imageDoc
    const alt = pick<string>(imageDoc.alt, lang)
    if (size?.filename && alt) image = { src: ctx.absolute(`/media/${size.filename}`), alt: alt.value, width: size.width, height: size.height }
  }
  const note = pick<string>(section.note, lang)
  return {
    type: 'card',
    ...ctx.shown(title.lang),
    collection: relationTo,
    title: title.value,
    summary: summary?.value ?? '',
    // Members-only events have no public page; the card carries the details instead.
    url: membersOnly ? null : ctx.absolute(docPath(lang, relationTo, item.slug)),
    meta,
    note: note?.value ?? null,
    image,
  }
}
