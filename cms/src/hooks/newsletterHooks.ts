/**
 * Newsletters: the weekly bulletin fills itself from the chosen week, and an issue is approved
 * (published) only when every card points to something published.
 */
import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { articlesInWindow, bulletinWindow, eventsInWindow } from '../newsletter/bulletin'
import type { Newsletter } from '../payload-types'
import { idOf } from '../utilities/idOf'

type Section = NonNullable<Newsletter['sections']>[number]

/** The published bulletin before `week`, whose week bounds "articles since the last bulletin". */
async function previousBulletinWeek(req: PayloadRequest, before: Date, self?: string | number): Promise<string | null> {
  const { docs } = await req.payload.find({
    collection: 'newsletters',
    where: {
      and: [
        { kind: { equals: 'weekly' } },
        { _status: { equals: 'published' } },
        { bulletinWeek: { less_than: before.toISOString() } },
        ...(self ? [{ id: { not_equals: self } }] : []),
      ],
    },
    sort: '-bulletinWeek',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.bulletinWeek ?? null
}

export const fillWeeklyBulletin: CollectionBeforeChangeHook<Newsletter> = async ({ data, originalDoc, req }) => {
  if (!data.fillBulletin) return data
  data.fillBulletin = false
  const issue = { ...originalDoc, ...data }
  if (issue.kind !== 'weekly')
    throw new APIError(
      'Only a weekly bulletin fills itself; set the kind to "weekly event bulletin"',
      400,
      undefined,
      true,
    )
  if (!issue.bulletinWeek) {
    throw new ValidationError({
      collection: 'newsletters',
      errors: [{ path: 'bulletinWeek', message: 'Pick the week of the bulletin to fill it' }],
      req,
    })
  }
  const probe = bulletinWindow(issue.bulletinWeek, Number(issue.weeksAhead ?? 4))
  const window = bulletinWindow(
    issue.bulletinWeek,
    Number(issue.weeksAhead ?? 4),
    await previousBulletinWeek(req, probe.start, originalDoc?.id),
  )
  const [events, articles] = await Promise.all([
    req.payload.find({
      collection: 'events',
      // Members-only events are listed too: the bulletin goes to members; the card says so.
      where: {
        and: [
          { _status: { equals: 'published' } },
          { start: { greater_than_equal: window.start.toISOString() } },
          { start: { less_than: window.eventsUntil.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'articles',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { publishedAt: { greater_than_equal: window.articlesSince.toISOString() } },
          { publishedAt: { less_than: window.start.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  data.sections = [
    ...eventsInWindow(events.docs, window).map((e): Section => ({
      blockType: 'reference',
      item: { relationTo: 'events', value: e.id },
    })),
    ...articlesInWindow(articles.docs, window).map((a): Section => ({
      blockType: 'reference',
      item: { relationTo: 'articles', value: a.id },
    })),
  ]
  if (!issue.issueDate) data.issueDate = window.start.toISOString()
  return data
}

/** Approving (publishing) an issue needs every card's document to exist and be published. */
export const checkNewsletterReferences: CollectionBeforeChangeHook<Newsletter> = async ({ data, originalDoc, req }) => {
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const sections = data.sections ?? originalDoc?.sections ?? []
  const errors: { path: string; message: string }[] = []
  for (const [i, section] of sections.entries()) {
    if (section.blockType !== 'reference') continue
    // A card whose document was deleted keeps its block with no item (or no value).
    const relationTo = section.item?.relationTo
    const id = idOf(section.item?.value)
    if (!relationTo || !id) {
      errors.push({
        path: `sections.${i}.item`,
        message: `Card ${i + 1} points to nothing (its document was deleted); remove the card or choose another`,
      })
      continue
    }
    const doc = await req.payload.findByID({
      collection: relationTo,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!doc)
      errors.push({
        path: `sections.${i}.item`,
        message: `Card ${i + 1} points to a deleted ${relationTo} document (${id})`,
      })
    else if (doc._status !== 'published')
      errors.push({
        path: `sections.${i}.item`,
        message: `Card ${i + 1} points to "${doc.title ?? doc.slug}", which is not published`,
      })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'newsletters', errors, req })
  return data
}
