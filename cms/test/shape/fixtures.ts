/**
 * Small hand-written CMS documents for the shapers' tests: each factory fills what the generated
 * type requires, a test spells only what it is about.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { Image } from '@mirai/content-schemas/schemas'
import type { DataFromCollectionSlug, DataFromGlobalSlug } from 'payload'

import { shapeContext, type ShapeContext, type VideoFile } from '../../src/export/shape/context'
import type { InLocales } from '../../src/export/splitLocales'

export type Article = DataFromCollectionSlug<'articles'>
export type Video = DataFromCollectionSlug<'videos'>
export type Country = DataFromCollectionSlug<'countries'>
export type Event = DataFromCollectionSlug<'events'>
export type GoodPractice = DataFromCollectionSlug<'good-practices'>
export type Page = DataFromCollectionSlug<'pages'>
export type Tag = DataFromCollectionSlug<'tags'>
export type Organisation = DataFromCollectionSlug<'organisations'>
export type Newsletter = DataFromCollectionSlug<'newsletters'>
export type SiteSettings = DataFromGlobalSlug<'site-settings'>
export type SafetyCheck = DataFromGlobalSlug<'safety-check'>
export type Navigation = DataFromGlobalSlug<'navigation'>
type Lexical = Article['body']

const UPDATED = '2026-01-02T03:04:05.000Z'
const stamps = { updatedAt: UPDATED, createdAt: '2026-01-01T00:00:00.000Z' }

/** A paragraph of `text`, as Payload stores rich text; with `link`, an internal link to that document. */
export function text(value: string, link?: { relationTo: string; value: string }): Lexical {
  const inline = link
    ? {
        type: 'link',
        version: 1,
        fields: { linkType: 'internal', doc: link },
        children: [{ type: 'text', version: 1, text: value }],
      }
    : { type: 'text', version: 1, text: value }
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [inline] }],
    },
  }
}

/** Rich text with nothing in it, as the editor saves a field left blank. */
export const emptyText: Lexical = {
  root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [] },
}

/** One document in the languages given (the first, Japanese, is its source), in the site's language order. */
export function inLanguages<D>(copies: Partial<Record<LocaleCode, D>>): InLocales<D> {
  const byLocale = new Map<LocaleCode, D>()
  for (const locale of LOCALE_CODES) if (copies[locale]) byLocale.set(locale, copies[locale])
  if (!copies.ja) throw new Error('a document needs its Japanese copy')
  return { base: copies.ja, byLocale }
}

/** Only Japanese. */
export const jaOnly = <D>(doc: D): InLocales<D> => inLanguages({ ja: doc })

export const image = (id: string): Image => ({
  id,
  url: `/media/${id}.jpg`,
  width: 40,
  height: 30,
  mimeType: 'image/jpeg',
  alt: { ja: '写真' },
  sizes: {},
})

/**
 * A context whose media library publishes the `images` and `files` given, whose rich-text links
 * know the `slugs` given (`collection:id` → slug), collecting warnings in `warnings`.
 */
export function testContext(
  options: { images?: Record<string, Image>; files?: Record<string, VideoFile>; slugs?: Record<string, string> } = {},
): { ctx: ShapeContext; warnings: string[] } {
  const warnings: string[] = []
  const lookup =
    <T>(table: Record<string, T> | undefined) =>
    (value: unknown): T | null =>
      (typeof value === 'string' && table?.[value]) || null
  const ctx = shapeContext(
    { image: lookup(options.images), file: lookup(options.files) },
    (collection, id) => (id === null ? undefined : options.slugs?.[`${collection}:${id}`]),
    warnings,
  )
  return { ctx, warnings }
}

export const article = (fields: Partial<Article> & Pick<Article, 'id'>): Article => ({
  title: 'お知らせ',
  slug: `article-${fields.id}`,
  category: 'work-and-wages',
  body: text('本文'),
  ...stamps,
  ...fields,
})

export const video = (fields: Partial<Video> & Pick<Video, 'id'>): Video => ({
  title: '動画',
  slug: `video-${fields.id}`,
  ...stamps,
  ...fields,
})

export const country = (fields: Partial<Country> & Pick<Country, 'id'>): Country => ({
  country: 'vn',
  slug: `country-${fields.id}`,
  title: 'ベトナム',
  sendingScheme: text('送出し'),
  recruitmentFees: text('手数料'),
  ...stamps,
  ...fields,
})

export const event = (fields: Partial<Event> & Pick<Event, 'id'>): Event => ({
  title: 'セミナー',
  slug: `event-${fields.id}`,
  kind: 'seminar',
  audience: 'public',
  start: '2026-12-01T05:00:00.000Z',
  start_tz: 'Asia/Tokyo',
  end: '2026-12-01T07:00:00.000Z',
  end_tz: 'Asia/Tokyo',
  organiser: { kind: 'jp-mirai' },
  ...stamps,
  ...fields,
})

export const organisation = (fields: Partial<Organisation> & Pick<Organisation, 'id'>): Organisation => ({
  name: 'Member',
  slug: `organisation-${fields.id}`,
  category: 'business',
  joinedAt: '2021-01-01T00:00:00.000Z',
  ...stamps,
  ...fields,
})

export const goodPractice = (fields: Partial<GoodPractice> & Pick<GoodPractice, 'id'>): GoodPractice => ({
  number: 1,
  slug: `good-practice-${fields.id}`,
  title: '取組',
  organisation: 'o1',
  commitments: ['legal-compliance'],
  body: text('本文'),
  ...stamps,
  ...fields,
})

export const page = (fields: Partial<Page> & Pick<Page, 'id'>): Page => ({
  title: '概要',
  slug: `page-${fields.id}`,
  kind: 'about',
  body: text('本文'),
  ...stamps,
  ...fields,
})

export const tag = (fields: Partial<Tag> & Pick<Tag, 'id'>): Tag => ({
  name: 'タグ',
  slug: `tag-${fields.id}`,
  ...stamps,
  ...fields,
})

export const newsletter = (fields: Partial<Newsletter> & Pick<Newsletter, 'id'>): Newsletter => ({
  kind: 'monthly',
  issueNumber: 7,
  issueDate: '2026-03-01T00:00:00.000Z',
  issueDate_tz: 'Asia/Tokyo',
  subject: '会報',
  ...stamps,
  ...fields,
})

export const siteSettings = (fields: Partial<SiteSettings> = {}): SiteSettings => ({
  id: 'settings',
  organisation: { name: 'JP-MIRAI' },
  consultation: { name: '相談窓口' },
  ...fields,
})

export const safetyCheck = (fields: Partial<SafetyCheck> = {}): SafetyCheck => ({ id: 'safety', ...fields })

export const navigation = (items: NonNullable<Navigation['items']>): Navigation => ({ id: 'navigation', items })
