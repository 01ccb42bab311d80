/**
 * Loads the demo content in data/ through Payload's Local API, creating only what has never
 * existed. Each demo item has a key (collection and slug, or another natural key); the seed keeps
 * a ledger of the keys it has seen (the `seed-ledger` global). A second run leaves everything
 * alone: what exists stays exactly as people left it (an edited title, an unpublished article, a
 * demoted account, changed settings), and what people deleted stays deleted — a deleted demo
 * account is never re-created with the public password. Starting over is `resetDemo`, a separate
 * and explicit step (`pnpm seed --reset --yes`).
 */
import { TIME_ZONE } from '@mirai/content-schemas/dates'
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { CODE_OF_CONDUCT_COMMITMENTS, SITE_SECTIONS, termLabel } from '@mirai/content-schemas/taxonomies'
import type {
  CollectionSlug,
  GlobalSlug,
  Payload,
  RequiredDataFromCollectionSlug,
  TypedCollectionSelect,
  Where,
} from 'payload'

import { commitmentFieldName } from '../collections/ActivityReports/commitments'
import { activityReports } from './data/activityReports'
import { articles } from './data/articles'
import { countries } from './data/countries'
import { events } from './data/events'
import { goodPractices } from './data/goodPractices'
import { newsletters } from './data/newsletters'
import { organisations } from './data/organisations'
import { businessSites, safetyAnswers, safetyPeriods } from './data/programme'
import { pages } from './data/pages'
import { safetyIntro, safetySections } from './data/safety'
import { consultationService, organisationContact, otherConsultationServices, socialLinks } from './data/site'
import { tags } from './data/tags'
import { videos } from './data/videos'
import { DEMO_ACCOUNTS, demoPassword } from './demoAccounts'
import { illustration } from './images'
import { markupToLexical, type MarkupContext } from './markup'
import { Ledger } from './ledger'
import { withRowIds } from './rows'
import { demoAnswerRows } from './safetyAnswers'
import type { Navigation, Newsletter, ReportingPeriod } from '../payload-types'
import type { SeedCard } from './data/newsletters'
import type { AllLocales, EnJa, SeedConsultationService, SeedImage } from './types'

type Log = (message: string) => void
type NewsletterSection = NonNullable<Newsletter['sections']>[number]
type ReferenceItem = Extract<NewsletterSection, { blockType: 'reference' }>['item']

/** Part of a document of a collection: its shared fields, or one language's fields. */
type Fields<S extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<S>>

interface LocalizedDoc<S extends CollectionSlug> {
  collection: S
  key: string
  /** How to find an existing copy when the collection has no slug. */
  match?: Where
  /** Locales to write, the first one creates the document. */
  locales: readonly LocaleCode[]
  shared: Fields<S>
  localized: (locale: LocaleCode, ctx: MarkupContext) => Fields<S>
  publish?: boolean
}

const CONTEXT = { disableRevalidate: true, seeding: true }

export interface SeedResult {
  /** Demo items per collection the seed accounted for (created now, or there before). */
  counts: Record<string, number>
  /** Keys (`collection:key`) created by this run. */
  created: string[]
}

export interface SeedOptions {
  /** The database was just erased by a reset: write the settings over as well. */
  afterReset?: boolean
}

export async function seed(
  payload: Payload,
  log: Log = () => {},
  { afterReset = false }: SeedOptions = {},
): Promise<SeedResult> {
  type UpdateData<S extends CollectionSlug> = Parameters<typeof payload.update<S, TypedCollectionSelect[S]>>[0]['data']
  /**
   * A document put together from its parts, each checked against the collection's generated type
   * where it is written below. With the collection a type parameter, TypeScript cannot relate the
   * parts to what Payload's create and update take; Payload validates the whole document.
   */
  const wholeDocument = <S extends CollectionSlug>(parts: Fields<S>) =>
    parts as RequiredDataFromCollectionSlug<S> & UpdateData<S>

  const ledger = await Ledger.load(payload, log)
  const ids = new Map<string, string>() // `${collection}:${slug}` → id
  const resolveLink = (collection: string, slug: string) => ids.get(`${collection}:${slug}`)
  const accounted = (collection: string, key: string) =>
    seen.set(collection, (seen.get(collection) ?? new Set()).add(key))
  const seen = new Map<string, Set<string>>() // collection → keys accounted for
  const created: string[] = []
  /** Documents to write again once every document exists, for the links they hold. */
  const secondPass: { collection: CollectionSlug; key: string; rewrite: () => Promise<{ missing: string[] }> }[] = []
  /** A demo item the seed knows but people deleted: references to it are left out, not re-created. */
  const gone = (key: string) => (ledger.has(key) || ledger.adoptOnly) && !ids.has(key)
  /** The id of a demo item to refer to; undefined when people deleted it; an error when the seed does not define it. */
  const ref = (collection: string, slug: string, what: string): string | undefined => {
    const key = `${collection}:${slug}`
    const id = ids.get(key)
    if (id || gone(key)) return id
    throw new Error(`Seed content refers to ${what}, which the seed does not define`)
  }
  const refs = (collection: string, slugs: readonly string[], what: (slug: string) => string) =>
    slugs.map((slug) => ref(collection, slug, what(slug))).filter((id): id is string => id !== undefined)

  async function findId(collection: CollectionSlug, where: Where): Promise<string | undefined> {
    const found = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
      context: CONTEXT,
    })
    const doc = found.docs[0]
    return doc?.id === undefined ? undefined : String(doc.id)
  }

  /**
   * The one decision of the seed: an item that exists is kept as it is; one the ledger knows but
   * that no longer exists was deleted on purpose; only an item never seen is created.
   */
  async function createOnce(
    collection: CollectionSlug,
    key: string,
    where: Where,
    create: () => Promise<string>,
  ): Promise<string | undefined> {
    const ledgerKey = `${collection}:${key}`
    accounted(collection, key)
    const existing = await findId(collection, where)
    if (existing) {
      ids.set(ledgerKey, existing)
      ledger.add(ledgerKey)
      return existing
    }
    if (ledger.has(ledgerKey) || ledger.adoptOnly) return undefined
    const id = await create()
    ids.set(ledgerKey, id)
    ledger.add(ledgerKey)
    created.push(ledgerKey)
    return id
  }

  async function upsertLocalized<S extends CollectionSlug>(doc: LocalizedDoc<S>): Promise<string | undefined> {
    const where: Where = doc.match ?? { slug: { equals: doc.key } }
    return createOnce(doc.collection, doc.key, where, async () => {
      const { id, unresolved } = await writeLocales(doc)
      if (unresolved)
        secondPass.push({ collection: doc.collection, key: doc.key, rewrite: () => writeLocales(doc, id) })
      return id
    })
  }

  /** Writes every language of a document the seed creates (the first one creates it). */
  async function writeLocales<S extends CollectionSlug>(
    doc: LocalizedDoc<S>,
    existingId?: string,
  ): Promise<{ id: string; unresolved: boolean; missing: string[] }> {
    let id = existingId
    let unresolved = false
    const missing: string[] = []
    for (const locale of doc.locales) {
      const ctx: MarkupContext = { resolveLink }
      const data = wholeDocument<S>({
        ...doc.shared,
        ...doc.localized(locale, ctx),
        ...(doc.publish === false ? {} : { _status: 'published' }),
      })
      unresolved ||= Boolean(ctx.unresolved)
      missing.push(...(ctx.missing ?? []))
      if (!id) {
        const created = await payload.create({ collection: doc.collection, locale, data, context: CONTEXT, depth: 0 })
        id = String(created.id)
      } else {
        const existing = await payload.findByID({
          collection: doc.collection,
          id,
          locale,
          depth: 0,
          draft: true,
          fallbackLocale: false,
          context: CONTEXT,
        })
        await payload.update({
          collection: doc.collection,
          id,
          locale,
          data: withRowIds(data, existing),
          context: CONTEXT,
          depth: 0,
        })
      }
    }
    return { id: id!, unresolved, missing }
  }

  const rich = (markup: string | undefined, ctx: MarkupContext) => (markup ? markupToLexical(markup, ctx) : undefined)

  async function upsertImage(image: SeedImage): Promise<string | undefined> {
    const filename = `${image.key}.jpg`
    return createOnce('media', image.key, { filename: { equals: filename } }, async () => {
      const buffer = await illustration(image.key, image.palette)
      const doc = await payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: image.alt.ja },
        file: { data: buffer, mimetype: 'image/jpeg', name: filename, size: buffer.length },
        context: CONTEXT,
      })
      const id = String(doc.id)
      for (const locale of LOCALE_CODES) {
        if (locale !== 'ja')
          await payload.update({ collection: 'media', id, locale, data: { alt: image.alt[locale] }, context: CONTEXT })
      }
      return id
    })
  }

  const pick = <T>(value: AllLocales<T>, locale: LocaleCode) => value[locale]
  const enJa = (value: EnJa | undefined, locale: LocaleCode) =>
    value ? (locale === 'en' ? value.en : value.ja) : undefined
  /** A text the collection requires: the seed content must give it in each language it writes. */
  const enJaText = (value: EnJa, locale: LocaleCode, what: string): string => {
    const text = enJa(value, locale)
    if (text === undefined) throw new Error(`Seed content has no ${locale} text for ${what}`)
    return text
  }

  log('tags')
  for (const tag of tags) {
    await upsertLocalized({
      collection: 'tags',
      key: tag.slug,
      locales: LOCALE_CODES,
      shared: { slug: tag.slug },
      localized: (l) => ({ name: pick(tag.name, l) }),
      publish: false,
    })
  }

  log('images')
  const imageIds = new Map<string, string | undefined>()
  for (const image of [...articles, ...goodPractices].flatMap((d) => (d.image ? [d.image] : []))) {
    imageIds.set(image.key, await upsertImage(image))
  }

  log('organisations')
  for (const org of organisations) {
    await upsertLocalized({
      collection: 'organisations',
      key: org.slug,
      locales: ['ja', 'en'],
      shared: {
        slug: org.slug,
        category: org.category,
        prefecture: org.prefecture,
        joinedAt: org.joinedAt,
        public: org.public,
        website: org.website,
        programme: { participant: org.programme ?? false },
      },
      localized: (l) => ({ name: l === 'en' ? org.name.en : org.name.ja }),
      publish: false,
    })
  }

  log('business sites and aggregation periods')
  for (const site of businessSites) {
    const participant = resolveLink('organisations', site.participant)
    // People deleted the participant: its sites go with it.
    if (!participant) continue
    await createOnce('business-sites', site.key, { name: { equals: site.name } }, async () =>
      String(
        (
          await payload.create({
            collection: 'business-sites',
            data: { name: site.name, prefecture: site.prefecture, participant },
            context: CONTEXT,
          })
        ).id,
      ),
    )
  }
  for (const period of safetyPeriods) {
    await createOnce('safety-periods', period.key, { label: { equals: period.label } }, async () =>
      String(
        (
          await payload.create({
            collection: 'safety-periods',
            data: { label: period.label, startsOn: period.startsOn, endsOn: period.endsOn },
            context: CONTEXT,
          })
        ).id,
      ),
    )
  }

  log('demo answers of the safety check')
  const seedQuestionKeys = safetySections.flatMap((section) => section.questions.map((question) => question.key))
  for (const set of safetyAnswers) {
    const site = resolveLink('business-sites', set.site)
    const period = resolveLink('safety-periods', set.period)
    const startsOn = safetyPeriods.find((p) => p.key === set.period)?.startsOn
    if (!startsOn) throw new Error(`Seed content refers to period "${set.period}", which the seed does not define`)
    // People deleted the site or the period: its answers went with it.
    if (!site || !period) continue
    const rows = demoAnswerRows(set, seedQuestionKeys, startsOn, payload.secret)
    // The first row stands for the set; the retention job deleting the rows later deletes it too,
    // and the ledger then keeps the set from coming back.
    await createOnce('safety-answers', `${set.site}:${set.period}`, { token: { equals: rows[0]!.token } }, async () => {
      // A run stopped halfway left some rows: those stay, the rest is added, the first one last.
      const { docs: present } = await payload.find({
        collection: 'safety-answers',
        where: { token: { in: rows.map((row) => row.token) } },
        pagination: false,
        depth: 0,
        select: { token: true },
        context: CONTEXT,
      })
      const there = new Set(present.map((doc) => doc.token))
      let first = ''
      for (const row of [...rows.slice(1), rows[0]!]) {
        if (there.has(row.token)) continue
        first = String(
          (
            await payload.create({
              collection: 'safety-answers',
              data: { site, period, ...row },
              context: CONTEXT,
              depth: 0,
            })
          ).id,
        )
      }
      return first
    })
  }

  log('demo accounts')
  for (const account of DEMO_ACCOUNTS) {
    const organisation = account.organisation ? resolveLink('organisations', account.organisation) : undefined
    const participant = account.participant ? resolveLink('organisations', account.participant) : undefined
    const data = {
      email: account.email,
      name: account.name,
      role: account.role,
      languages: account.languages,
      organisation,
      participant,
    }
    await createOnce('users', account.email, { email: { equals: account.email } }, async () =>
      String(
        (await payload.create({ collection: 'users', data: { ...data, password: demoPassword() }, context: CONTEXT }))
          .id,
      ),
    )
  }

  log('videos')
  for (const video of videos) {
    await upsertLocalized({
      collection: 'videos',
      key: video.slug,
      locales: LOCALE_CODES,
      shared: {
        slug: video.slug,
        youtubeId: video.youtubeId,
        publishedAt: video.publishedAt,
        durationSeconds: video.durationSeconds,
        captionLanguages: video.captionLanguages,
      },
      localized: (l, ctx) => ({
        title: pick(video.title, l),
        description: pick(video.description, l),
        transcript: rich(video.transcript?.[l], ctx) ?? null,
      }),
    })
  }

  log('articles')
  for (const article of articles) {
    await upsertLocalized({
      collection: 'articles',
      key: article.slug,
      locales: LOCALE_CODES,
      shared: {
        slug: article.slug,
        category: article.category,
        publishedAt: article.publishedAt,
        tags: refs('tags', article.tags, (t) => `tag "${t}" of article ${article.slug}`),
        countries: article.countries ?? [],
        relatedVideos: refs('videos', article.videos ?? [], (v) => `video "${v}" of article ${article.slug}`),
        heroImage: article.image ? imageIds.get(article.image.key) : null,
      },
      localized: (l, ctx) => ({
        title: pick(article.title, l),
        summary: pick(article.summary, l),
        body: rich(article.body[l], ctx),
      }),
    })
  }

  log('countries')
  for (const country of countries) {
    const related = articles.filter((a) => a.countries?.includes(country.country)).map((a) => a.slug)
    await upsertLocalized({
      collection: 'countries',
      key: country.slug,
      match: { country: { equals: country.country } },
      locales: LOCALE_CODES,
      shared: {
        slug: country.slug,
        country: country.country,
        relatedArticles: refs(
          'articles',
          [...new Set([...country.relatedArticles, ...related])],
          (s) => `article "${s}"`,
        ),
      },
      localized: (l, ctx) => ({
        title: pick(country.title, l),
        summary: pick(country.summary, l),
        sendingScheme: rich(country.sendingScheme[l], ctx),
        recruitmentFees: rich(country.recruitmentFees[l], ctx),
        contacts: country.contacts.map((c) => ({
          kind: c.kind,
          name: pick(c.name, l),
          phone: c.phone,
          email: c.email,
          url: c.url,
          address: c.address,
          hours: c.hours ? pick(c.hours, l) : undefined,
          languages: c.languages ?? [],
        })),
      }),
    })
  }

  log('good practices')
  for (const gp of goodPractices) {
    await upsertLocalized({
      collection: 'good-practices',
      key: gp.slug,
      locales: LOCALE_CODES,
      shared: {
        slug: gp.slug,
        number: gp.number,
        publishedAt: gp.publishedAt,
        organisation: ref('organisations', gp.organisation, `organisation "${gp.organisation}" of ${gp.slug}`),
        commitments: gp.commitments,
        // An image people deleted is left out.
        images: (gp.image ? [imageIds.get(gp.image.key)] : []).filter((id): id is string => id !== undefined),
      },
      localized: (l, ctx) => ({ title: pick(gp.title, l), summary: pick(gp.summary, l), body: rich(gp.body[l], ctx) }),
    })
  }

  log('events')
  for (const event of events) {
    await upsertLocalized({
      collection: 'events',
      key: event.slug,
      locales: LOCALE_CODES,
      shared: {
        slug: event.slug,
        kind: event.kind,
        audience: event.audience,
        start: event.start,
        start_tz: TIME_ZONE,
        end: event.end,
        end_tz: TIME_ZONE,
        online: event.online ?? false,
        registrationUrl: event.registrationUrl,
        registrationDeadline: event.registrationDeadline,
        ...(event.registrationDeadline ? { registrationDeadline_tz: TIME_ZONE } : {}),
        attendance: event.attendance,
      },
      localized: (l, ctx) => ({
        title: pick(event.title, l),
        summary: pick(event.summary, l),
        organiser: {
          kind: event.organiser.kind,
          name: event.organiser.name ? pick(event.organiser.name, l) : undefined,
        },
        venue: event.venue
          ? { name: pick(event.venue.name, l), address: event.venue.address ? pick(event.venue.address, l) : undefined }
          : undefined,
        programme: rich(event.programme?.[l], ctx) ?? null,
        report: rich(event.report?.[l], ctx) ?? null,
        speakers: (event.speakers ?? []).map((s) => ({ name: s.name, affiliation: pick(s.affiliation, l) })),
      }),
    })
  }

  log('organisation pages')
  for (const page of pages) {
    await upsertLocalized({
      collection: 'pages',
      key: page.slug,
      locales: page.title.ja ? ['en', 'ja'] : ['en'],
      shared: { slug: page.slug, kind: page.kind, order: page.order },
      localized: (l, ctx) => ({
        title: enJa(page.title, l),
        summary: enJa(page.summary, l),
        body: rich(enJa(page.body, l), ctx),
        sections: (page.sections ?? []).map((section) =>
          section.kind === 'figures'
            ? {
                blockType: 'figures',
                title: enJa(section.title, l),
                items: section.items.map((item) => ({
                  label: enJaText(item.label, l, `a figure of page ${page.slug}`),
                  value: item.value,
                  note: enJa(item.note, l),
                })),
              }
            : {
                blockType: 'people',
                title: enJa(section.title, l),
                people: section.people.map((p) => ({
                  name: p.name,
                  role: enJa(p.role, l),
                  affiliation: enJa(p.affiliation, l),
                })),
              },
        ),
      }),
    })
  }

  log('activity reports')
  for (const report of activityReports) {
    const organisation = ref('organisations', report.organisation, `organisation "${report.organisation}"`)
    const ctx: MarkupContext = { resolveLink }
    const data = {
      title: report.title,
      organisation,
      kind: report.kind,
      fiscalYear: report.fiscalYear,
      half: report.half ?? null,
      status: report.status,
      visibility: report.visibility,
      commitments: Object.fromEntries(
        CODE_OF_CONDUCT_COMMITMENTS.flatMap(({ value }) =>
          value in report.commitments ? [[commitmentFieldName(value), rich(report.commitments[value], ctx)]] : [],
        ),
      ),
    }
    await createOnce(
      'activity-reports',
      `${report.organisation}/${report.kind}/${report.fiscalYear}/${report.half ?? ''}`,
      {
        and: [
          { organisation: { equals: organisation } },
          { kind: { equals: report.kind } },
          { fiscalYear: { equals: report.fiscalYear } },
          ...(report.half ? [{ half: { equals: report.half } }] : []),
        ],
      },
      async () => {
        // People deleted the organisation: Payload would refuse a report without one.
        if (!organisation)
          throw new Error(
            `Seed report ${report.title} belongs to organisation "${report.organisation}", which was deleted`,
          )
        return String(
          (await payload.create({ collection: 'activity-reports', data: { ...data, organisation }, context: CONTEXT }))
            .id,
        )
      },
    )
  }

  log('links between documents')
  for (const doc of secondPass.splice(0)) {
    // Written again now that every document of this run exists; a link to a demo document that
    // people deleted stays plain text.
    const { missing } = await doc.rewrite()
    const unknown = missing.filter((key) => !gone(key))
    if (unknown.length > 0)
      throw new Error(
        `Seed content links to documents that do not exist: ${[...new Set(unknown)].join(', ')} (from ${doc.collection}:${doc.key})`,
      )
  }

  log('site settings and navigation')
  await globalOnce('site-settings', async () => {
    for (const locale of LOCALE_CODES) {
      // Rows keep their ids across languages, so each language's text lands in the same row.
      const existingSettings = await payload.findGlobal({
        slug: 'site-settings',
        locale,
        depth: 0,
        fallbackLocale: false,
        context: CONTEXT,
      })
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context: CONTEXT,
        data: withRowIds(
          {
            organisation: {
              name: locale === 'ja' ? organisationContact.name.ja : organisationContact.name.en,
              email: organisationContact.email,
              url: organisationContact.url,
              address: locale === 'ja' ? organisationContact.address.ja : organisationContact.address.en,
            },
            consultation: serviceData(consultationService, locale),
            otherServices: otherConsultationServices.map((service) => serviceData(service, locale)),
            social: socialLinks,
          },
          existingSettings,
        ),
      })
    }
  })
  await globalOnce('navigation', async () => {
    for (const locale of LOCALE_CODES) {
      await payload.updateGlobal({
        slug: 'navigation',
        locale,
        context: CONTEXT,
        data: { items: navigationFor(locale) },
      })
    }
  })
  log('safety check')
  await globalOnce('safety-check', async () => {
    for (const locale of LOCALE_CODES) {
      const existing = await payload.findGlobal({
        slug: 'safety-check',
        locale,
        depth: 0,
        fallbackLocale: false,
        context: CONTEXT,
      })
      const ctx: MarkupContext = { resolveLink }
      const data = {
        intro: rich(safetyIntro[locale], ctx),
        sections: safetySections.map((section) => ({
          key: section.key,
          title: section.title[locale],
          questions: section.questions.map((q) => ({
            key: q.key,
            severity: q.severity,
            text: rich(q.text[locale], ctx),
            explanations: refs('articles', q.explanations, (slug) => `article "${slug}" of safety question ${q.key}`),
            commitment: q.commitment,
            // Companies read Japanese or English; the other languages fall back to them.
            forCompanies:
              locale === 'ja' || locale === 'en'
                ? { explanation: q.forCompanies.explanation[locale], action: q.forCompanies.action[locale] }
                : {},
          })),
        })),
      }
      await payload.updateGlobal({ slug: 'safety-check', locale, context: CONTEXT, data: withRowIds(data, existing) })
    }
  })

  log('newsletters')
  for (const issue of newsletters) {
    /** A card's document, or nothing when people deleted it (the card is left out). */
    const cardItem = (card: SeedCard): ReferenceItem | null => {
      const value = ref(card.collection, card.slug, `${card.collection} "${card.slug}"`)
      if (!value) return null
      switch (card.collection) {
        case 'articles':
          return { relationTo: 'articles', value }
        case 'events':
          return { relationTo: 'events', value }
        case 'good-practices':
          return { relationTo: 'good-practices', value }
        case 'videos':
          return { relationTo: 'videos', value }
      }
    }
    await upsertLocalized({
      collection: 'newsletters',
      key: `${issue.kind}-${issue.issueNumber}`,
      match: { and: [{ kind: { equals: issue.kind } }, { issueNumber: { equals: issue.issueNumber } }] },
      locales: issue.locales,
      shared: {
        kind: issue.kind,
        issueNumber: issue.issueNumber,
        issueDate: issue.issueDate,
        public: issue.public,
        ...(issue.bulletin ? { bulletinWeek: issue.bulletin.week, weeksAhead: issue.bulletin.weeksAhead } : {}),
      },
      localized: (l, ctx) => ({
        subject: issue.subject[l],
        preheader: issue.preheader[l],
        intro: rich(issue.intro?.[l], ctx),
        // The bulletin fills its cards from the week on its first save; later languages keep them.
        ...(issue.bulletin
          ? l === issue.locales[0]
            ? { fillBulletin: true }
            : {}
          : {
              sections: (issue.sections ?? []).flatMap((section): NewsletterSection[] => {
                if (section.type === 'story')
                  return [
                    {
                      blockType: 'story',
                      kind: section.kind,
                      heading: section.heading[l],
                      body: rich(section.body[l], ctx),
                    },
                  ]
                const item = cardItem(section)
                return item ? [{ blockType: 'reference', item, note: section.note?.[l] }] : []
              }),
            }),
      }),
    })
  }

  // Demo deadlines (the fiscal year runs April–March): the plan by the end of May, each half's
  // report a month after it ends.
  await globalOnce('reporting-periods', async () => {
    await payload.updateGlobal({
      slug: 'reporting-periods',
      context: CONTEXT,
      data: {
        periods: [2023, 2024].flatMap((fy): NonNullable<ReportingPeriod['periods']> => [
          { kind: 'annual-plan', fiscalYear: fy, deadline: `${fy}-05-31T14:59:59.000Z` },
          { kind: 'semi-annual-report', fiscalYear: fy, half: 'first', deadline: `${fy}-10-31T14:59:59.000Z` },
          { kind: 'semi-annual-report', fiscalYear: fy, half: 'second', deadline: `${fy + 1}-04-30T14:59:59.000Z` },
        ]),
      },
    })
  })
  await ledger.save()
  return { counts: Object.fromEntries([...seen].map(([collection, keys]) => [collection, keys.size])), created }

  /** A global is written only when nobody ever saved it (and the seed has not before). */
  async function globalOnce(slug: GlobalSlug, write: () => Promise<void>): Promise<void> {
    const key = `global:${slug}`
    accounted('globals', slug)
    if (ledger.has(key)) return
    const existing = await payload.findGlobal({ slug, depth: 0, context: CONTEXT })
    if (!afterReset && (existing?.updatedAt || ledger.adoptOnly)) {
      ledger.add(key)
      return
    }
    await write()
    ledger.add(key)
    created.push(key)
  }
}

/** A consultation service as the site settings store it, in one language. */
function serviceData(service: SeedConsultationService, locale: LocaleCode) {
  return {
    name: service.name[locale],
    description: service.description[locale],
    phone: service.phone,
    url: service.url,
    free: true,
    languages: service.languages,
    hours: service.hours,
    region: service.prefectures ? ('prefectures' as const) : ('nationwide' as const),
    prefectures: service.prefectures ?? [],
    closedOnHolidays: service.closedOnHolidays ?? false,
    yearEndClosure: service.yearEndClosure ?? { from: null, to: null },
  }
}

function navigationFor(locale: LocaleCode): NonNullable<Navigation['items']> {
  return SITE_SECTIONS.map(({ value: section }) => ({
    label: termLabel(SITE_SECTIONS, section, locale),
    type: 'section',
    section,
  }))
}
