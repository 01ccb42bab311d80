/**
 * The side-by-side view of one document in one translation language: who may open it, the
 * document as the asking user may read it, and the source version the translation was made from
 * (Payload's versions, matched by the source revision the translation status records).
 */
import { isLocaleCode, type LocaleCode } from '@mirai/content-schemas/locales'
import { hasText } from '@mirai/content-schemas/translated'
import type { Payload, PayloadRequest } from 'payload'

import { assignedLocales, isStaff, isTranslator } from '../access/roles'
import type { AllLocales } from '../export/splitLocales'
import { fieldsOf } from '../utilities/anyDocument'
import { sideBySideRows, type SideBySideRow } from './diff/rows'
import { TRANSLATED_COLLECTIONS } from './overview'
import { asStatus, cellFor, scopeOf, type TranslationCell } from './status'
import { TRANSLATION_STATUS_FIELD } from './track'
import { readInLanguage } from './readAs'
import { translationUnits, unitValues } from './units'

type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number]

/** A request the view turns down, with the reason shown to the person who made it. */
export class SideBySideRefusal extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message)
    this.name = 'SideBySideRefusal'
  }
}

/**
 * What the source is compared with:
 * - `current`: the translation was made from the source as it is; nothing changed.
 * - `version`: the source version it was made from was found; changes are marked.
 * - `not-kept`: that version is no longer among the kept versions.
 * - `unknown`: the translation predates status tracking and the source has changed since.
 * - `untranslated`: there is no translation yet.
 */
export type SideBySideBase = 'current' | 'version' | 'not-kept' | 'unknown' | 'untranslated'

export interface SideBySide {
  collection: TranslatedCollection
  id: string
  title: string
  source: LocaleCode
  target: LocaleCode
  cell: TranslationCell
  /** The source's revision now, and the one the translation was made from (null if not recorded). */
  sourceRevision: number
  translatedFrom: number | null
  base: SideBySideBase
  /** When the compared source version was saved (base `version`). */
  baseSavedAt: string | null
  rows: SideBySideRow[]
}

export interface SideBySideRequest {
  collection: string
  id: string
  lang: string
  user: PayloadRequest['user'] | null | undefined
}

const isTranslated = (collection: string): collection is TranslatedCollection =>
  (TRANSLATED_COLLECTIONS as readonly string[]).includes(collection)

/** Refuses, with a specific reason, anyone the view is not for; otherwise the view's model. */
export async function sideBySide(payload: Payload, request: SideBySideRequest): Promise<SideBySide> {
  const { collection, id, lang, user } = request
  if (!user || !(isStaff(user) || isTranslator(user)))
    throw new SideBySideRefusal(403, 'The side-by-side view is for the secretariat and translators.')
  if (!isTranslated(collection))
    throw new SideBySideRefusal(404, `"${collection}" is not a collection of translated documents.`)
  if (!isLocaleCode(lang)) throw new SideBySideRefusal(400, `"${lang}" is not a language of the site.`)
  if (isTranslator(user) && !assignedLocales(user).includes(lang)) {
    const mine = assignedLocales(user)
    throw new SideBySideRefusal(
      403,
      `You translate ${mine.length ? mine.join(', ') : 'no languages yet'}, not ${lang}: ask the secretariat to assign it to you.`,
    )
  }

  const config = payload.collections[collection]!.config
  // Read as the user: a document they may not read is one that does not exist for them.
  let doc: AllLocales
  try {
    doc = fieldsOf(
      await payload.findByID({
        collection,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
        disableErrors: false,
      }),
    ) as AllLocales
  } catch {
    throw new SideBySideRefusal(404, `There is no ${config.slug} document "${id}" that you can read.`)
  }

  const scope = scopeOf(collection, doc)
  if (lang === scope.source)
    throw new SideBySideRefusal(400, `${lang} is this document's source language; open one of its translations.`)
  if (!scope.locales.includes(lang))
    throw new SideBySideRefusal(
      400,
      `This document exists in ${scope.locales.join(', ')} only, so it has no ${lang} translation.`,
    )

  // The status holds account ids and is staff-only as a field; only revision numbers leave here.
  const stored = fieldsOf(
    await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { [TRANSLATION_STATUS_FIELD]: true },
    }),
  )
  const status = asStatus(stored[TRANSLATION_STATUS_FIELD])
  const translation = unitValues(await readInLanguage(payload, user, collection, id, lang), config.flattenedFields)
  const units = translationUnits(doc, config.flattenedFields).map((unit) =>
    translation.has(unit.path) ? { ...unit, values: { ...unit.values, [lang]: translation.get(unit.path) } } : unit,
  )
  const titleField = config.admin?.useAsTitle ?? 'title'
  const titles = {
    ...((doc[titleField] ?? {}) as Partial<Record<LocaleCode, unknown>>),
    [lang]: translation.get(titleField),
  }
  // Judged as the status page judges it (by the title), so both show the same cell.
  const cell = cellFor(status, lang, hasText(titles[lang]), scope)
  const record = status.locales[lang]
  const translatedFrom = record?.revision ?? null

  let base: SideBySideBase
  let before: AllLocales | null = null
  let baseSavedAt: string | null = null
  if (cell === 'missing') base = 'untranslated'
  else if (cell === 'current') base = 'current'
  else if (translatedFrom === null) base = 'unknown'
  else {
    const found = await sourceVersion(payload, request, collection, translatedFrom)
    base = found ? 'version' : 'not-kept'
    before = found?.version ?? null
    baseSavedAt = found?.savedAt ?? null
  }

  return {
    collection,
    id: String(doc.id),
    title: String(titles[scope.source] ?? doc.id),
    source: scope.source,
    target: lang,
    cell,
    sourceRevision: status.source,
    translatedFrom,
    base,
    baseSavedAt,
    rows: sideBySideRows(units, before ? translationUnits(before, config.flattenedFields) : null, scope.source, lang),
  }
}

/** The newest kept version whose source text was at `revision`, as the user may read it. */
async function sourceVersion(
  payload: Payload,
  { id, user }: SideBySideRequest,
  collection: TranslatedCollection,
  revision: number,
): Promise<{ version: AllLocales; savedAt: string | null } | null> {
  const query = {
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
  } as const
  // Which versions hold that revision is the status's answer (staff-only, read by the server)…
  const statuses = await payload.findVersions({ ...query, overrideAccess: true })
  const match = statuses.docs.find(
    (v) => asStatus(fieldsOf(v.version as object)[TRANSLATION_STATUS_FIELD]).source === revision,
  )
  if (!match) return null
  // … and its text comes through the user's own access to versions.
  const readable = await payload.findVersions({
    ...query,
    where: { and: [{ parent: { equals: id } }, { id: { equals: match.id } }] },
    locale: 'all',
    overrideAccess: false,
    user: user ?? undefined,
  })
  const version = readable.docs[0]
  if (!version) return null
  return { version: fieldsOf(version.version as object) as AllLocales, savedAt: version.updatedAt ?? null }
}
