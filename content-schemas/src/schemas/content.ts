/**
 * The public content as the site consumes it: one object per document, shared fields once and
 * the translated fields per language. The CMS export writes exactly this; the site validates it
 * at its boundary, so a bad document stops the build with its id, language and field.
 */
import { z } from 'zod'

import { isMonthDay, SERVICE_LANGUAGES } from '../consultationServices'
import { uiTextProblems } from '../i18n/edited'
import { WEEKDAYS } from '../openingHours'
import {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  CONTACT_KINDS,
  EVENT_AUDIENCES,
  EVENT_KINDS,
  EVENT_ORGANISER_KINDS,
  MEMBER_CATEGORIES,
  NEWSLETTER_KINDS,
  NEWSLETTER_STORY_KINDS,
  PAGE_KINDS,
  PREFECTURES,
  SAFETY_SECTIONS,
  SAFETY_SEVERITIES,
  SENDING_COUNTRIES,
  valuesOf,
} from '../taxonomies'
import {
  id,
  image,
  isoDateTime,
  linkRef,
  localeCode,
  optionalTranslations,
  richText,
  slug,
  translations,
} from './common'
import { freshness } from './freshness'

const category = z.enum(valuesOf(ARTICLE_CATEGORIES))
const country = z.enum(valuesOf(SENDING_COUNTRIES))
const commitment = z.enum(valuesOf(CODE_OF_CONDUCT_COMMITMENTS))

const documentBase = {
  id,
  slug,
  updatedAt: isoDateTime,
  /** Which translations are older than the source (absent: none known to be). */
  freshness: freshness.optional(),
}

export const tag = z.object({
  id,
  slug,
  name: translations(z.string().min(1)),
})

export const article = z.object({
  ...documentBase,
  publishedAt: isoDateTime,
  category,
  /** The tags themselves (they have no page of their own): the article shows their names. */
  tags: z.array(tag),
  countries: z.array(country),
  relatedVideos: z.array(linkRef),
  heroImage: image.nullable(),
  translations: translations(z.object({ title: z.string().min(1), summary: z.string().nullish(), body: richText })),
})

export const video = z
  .object({
    ...documentBase,
    publishedAt: isoDateTime,
    youtubeId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{11}$/)
      .nullable(),
    file: z.object({ url: z.string(), mimeType: z.string() }).nullable(),
    poster: image.nullable(),
    durationSeconds: z.number().int().positive().nullable(),
    captionLanguages: z.array(localeCode),
    translations: translations(
      z.object({ title: z.string().min(1), description: z.string().nullish(), transcript: richText.nullish() }),
    ),
  })
  .refine((v) => v.youtubeId !== null || v.file !== null, {
    message: 'needs a YouTube id or a video file',
    path: ['youtubeId'],
  })

export const contact = z.object({
  kind: z.enum(valuesOf(CONTACT_KINDS)),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  url: z.string().nullish(),
  address: z.string().nullish(),
  languages: z.array(localeCode),
  translations: translations(z.object({ name: z.string().min(1), hours: z.string().nullish() })),
})

export const countryPage = z.object({
  ...documentBase,
  country,
  heroImage: image.nullable(),
  contacts: z.array(contact),
  relatedArticles: z.array(linkRef),
  translations: translations(
    z.object({
      title: z.string().min(1),
      summary: z.string().nullish(),
      sendingScheme: richText,
      recruitmentFees: richText,
    }),
  ),
})

export const event = z
  .object({
    ...documentBase,
    kind: z.enum(EVENT_KINDS),
    audience: z.enum(EVENT_AUDIENCES),
    start: isoDateTime,
    end: isoDateTime,
    online: z.boolean(),
    registrationUrl: z.string().nullish(),
    registrationDeadline: isoDateTime.nullish(),
    organiserKind: z.enum(EVENT_ORGANISER_KINDS),
    attendance: z.number().int().nonnegative().nullish(),
    speakers: z.array(
      z.object({
        name: z.string(),
        translations: optionalTranslations(z.object({ affiliation: z.string().nullish() })),
      }),
    ),
    translations: translations(
      z.object({
        title: z.string().min(1),
        summary: z.string().nullish(),
        organiserName: z.string().nullish(),
        venueName: z.string().nullish(),
        venueAddress: z.string().nullish(),
        programme: richText.nullish(),
        report: richText.nullish(),
      }),
    ),
  })
  .refine((e) => Date.parse(e.end) > Date.parse(e.start), { message: 'must end after it starts', path: ['end'] })

export const publicOrganisation = z.object({
  id,
  slug,
  category: z.enum(valuesOf(MEMBER_CATEGORIES)),
  website: z.string().nullish(),
  translations: translations(z.object({ name: z.string().min(1) })),
})

export const goodPractice = z.object({
  ...documentBase,
  number: z.number().int().positive(),
  publishedAt: isoDateTime,
  organisation: publicOrganisation.nullable(),
  commitments: z.array(commitment).min(1),
  images: z.array(image),
  translations: translations(z.object({ title: z.string().min(1), summary: z.string().nullish(), body: richText })),
})

const figuresSection = z.object({
  blockType: z.literal('figures'),
  items: z.array(
    z.object({
      value: z.number(),
      translations: translations(z.object({ label: z.string(), note: z.string().nullish() })),
    }),
  ),
  translations: optionalTranslations(z.object({ title: z.string().nullish() })),
})

const peopleSection = z.object({
  blockType: z.literal('people'),
  people: z.array(
    z.object({
      name: z.string(),
      translations: optionalTranslations(z.object({ role: z.string().nullish(), affiliation: z.string().nullish() })),
    }),
  ),
  translations: optionalTranslations(z.object({ title: z.string().nullish() })),
})

export const page = z.object({
  ...documentBase,
  kind: z.enum(PAGE_KINDS),
  order: z.number(),
  sections: z.array(z.discriminatedUnion('blockType', [figuresSection, peopleSection])),
  translations: translations(z.object({ title: z.string().min(1), summary: z.string().nullish(), body: richText })),
})

const storySection = z.object({
  blockType: z.literal('story'),
  kind: z.enum(valuesOf(NEWSLETTER_STORY_KINDS)),
  translations: optionalTranslations(z.object({ heading: z.string().min(1), body: richText })),
})

/** A card of another public document, with the title and summary the card shows of it. */
const cardSection = z.object({
  blockType: z.literal('reference'),
  collection: z.enum(['articles', 'events', 'good-practices', 'videos']),
  id,
  slug,
  text: translations(z.object({ title: z.string().min(1), summary: z.string().nullish() })),
  translations: optionalTranslations(z.object({ note: z.string().nullish() })),
})

/** A newsletter issue marked public: subject and preheader are its title and summary. */
export const newsletter = z.object({
  ...documentBase,
  kind: z.enum(valuesOf(NEWSLETTER_KINDS)),
  number: z.number().int().positive(),
  issueDate: isoDateTime,
  sections: z.array(z.discriminatedUnion('blockType', [storySection, cardSection])),
  translations: translations(
    z.object({ title: z.string().min(1), summary: z.string().nullish(), intro: richText.nullish() }),
  ),
})

const weekday = z.enum(WEEKDAYS)
const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/)

const monthDay = z.string().refine(isMonthDay, 'not a day of the year written MM-DD')

/**
 * A consultation service: channels, opening hours in Japan time, languages (BCP 47, many more
 * than the site's), where it serves (all of Japan, or at least one prefecture), the days it is
 * closed besides its weekly hours, free or paid.
 */
const consultationService = z.object({
  phone: z.string().nullish(),
  email: z.string().nullish(),
  chatUrl: z.string().nullish(),
  url: z.string().nullish(),
  free: z.boolean(),
  languages: z.array(z.enum(SERVICE_LANGUAGES)),
  hours: z.array(z.object({ day: weekday, opens: time, closes: time })),
  region: z.union([z.literal('nationwide'), z.array(z.enum(PREFECTURES)).min(1)]).default('nationwide'),
  closedOnHolidays: z.boolean().default(false),
  /** First and last closed day of the year-end closure, both included ("12-29" to "01-03"). */
  yearEndClosure: z.object({ from: monthDay, to: monthDay }).nullable().default(null),
})
const serviceText = z.object({ name: z.string().min(1), description: z.string().nullish() })

/** When a setting of the site last changed; absent from snapshots written before it was exported. */
const globalUpdatedAt = isoDateTime.nullable().default(null)

export const siteSettings = z.object({
  updatedAt: globalUpdatedAt,
  organisation: z.object({
    email: z.string().nullish(),
    phone: z.string().nullish(),
    url: z.string().nullish(),
    translations: translations(z.object({ name: z.string().min(1), address: z.string().nullish() })),
  }),
  consultation: consultationService.extend({
    translations: translations(serviceText),
  }),
  otherServices: z.array(consultationService.extend({ translations: translations(serviceText) })),
  social: z.array(z.object({ platform: z.string(), url: z.string() })),
})

/** The safety self-check: questions per section with severity and the articles that explain them. */
export const safetyCheck = z.object({
  updatedAt: globalUpdatedAt,
  intro: optionalTranslations(richText),
  sections: z.array(
    z.object({
      key: z.enum(SAFETY_SECTIONS),
      translations: translations(z.object({ title: z.string().min(1) })),
      questions: z.array(
        z.object({
          key: slug,
          severity: z.enum(valuesOf(SAFETY_SEVERITIES)),
          explanations: z.array(linkRef),
          translations: translations(z.object({ text: richText })),
        }),
      ),
    }),
  ),
})

export const navigation = z.partialRecord(
  localeCode,
  z.array(
    z.object({
      label: z.string().min(1),
      href: z.string(),
    }),
  ),
)

/**
 * The interface text edited in the CMS, language → key → text (the code's strings fill the
 * rest). A text that lost or invented a placeholder stops the build, naming language, key and
 * placeholder.
 */
export const interfaceText = z
  .partialRecord(localeCode, z.record(z.string(), z.string().max(2000)))
  .superRefine((table, ctx) => {
    for (const problem of uiTextProblems(table))
      ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.lang, problem.key] })
  })

export type Tag = z.infer<typeof tag>
export type Article = z.infer<typeof article>
export type Video = z.infer<typeof video>
export type CountryPage = z.infer<typeof countryPage>
export type Event = z.infer<typeof event>
export type GoodPractice = z.infer<typeof goodPractice>
export type Page = z.infer<typeof page>
export type Newsletter = z.infer<typeof newsletter>
export type PublicOrganisation = z.infer<typeof publicOrganisation>
export type SiteSettings = z.infer<typeof siteSettings>
export type Navigation = z.infer<typeof navigation>
export type SafetyCheck = z.infer<typeof safetyCheck>
export type InterfaceText = z.infer<typeof interfaceText>

/** What the exporter writes: the schemas' input, before the site's parsing (defaults, refinements). */
export type TagInput = z.input<typeof tag>
export type ArticleInput = z.input<typeof article>
export type VideoInput = z.input<typeof video>
export type CountryPageInput = z.input<typeof countryPage>
export type EventInput = z.input<typeof event>
export type GoodPracticeInput = z.input<typeof goodPractice>
export type PageInput = z.input<typeof page>
export type NewsletterInput = z.input<typeof newsletter>
export type PublicOrganisationInput = z.input<typeof publicOrganisation>
export type SiteSettingsInput = z.input<typeof siteSettings>
export type NavigationInput = z.input<typeof navigation>
export type SafetyCheckInput = z.input<typeof safetyCheck>
export type InterfaceTextInput = z.input<typeof interfaceText>
