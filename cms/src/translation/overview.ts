/**
 * The translation dashboard's data: every translated document × every language, each cell
 * its source, missing, outdated, current, or none (a language the document is not meant to exist in). Read through the Local API with the asking user's access.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { hasText } from '@mirai/content-schemas/translated'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { fieldsOf } from '../utilities/anyDocument'
import { TRANSLATION_STATUS_FIELD } from './track'
import { SOURCE_LOCALE_FIELD } from '@mirai/content-schemas/translation-scope'

import { PENDING_FIELD } from './ready/fields'
import { asPending } from './ready/pending'
import { asStatus, cellFor, scopeOf, type TranslationCell } from './status'

export const TRANSLATED_COLLECTIONS = [
  'articles',
  'videos',
  'countries',
  'events',
  'good-practices',
  'pages',
  'newsletters',
  'alerts',
  'interface-text',
] as const satisfies readonly CollectionSlug[]

export interface OverviewRow {
  collection: (typeof TRANSLATED_COLLECTIONS)[number]
  id: string
  title: string
  /** The document's source language, which its title is shown in. */
  source: LocaleCode
  published: boolean
  /** Languages with text saved but not yet ready for readers (ready/gate.ts). */
  waiting: LocaleCode[]
  cells: Record<LocaleCode, TranslationCell>
}

/**
 * The field whose text in a language says the document has that language, when not its title:
 * interface text is titled by its (unlocalized) namespace and holds its text in rows.
 */
const TEXT_FIELD: Partial<Record<(typeof TRANSLATED_COLLECTIONS)[number], string>> = { 'interface-text': 'strings' }

/** A `select` of fields named at run time (a collection's title field comes from its config). */
const selectFields = (fields: string[]): Record<string, true> =>
  Object.fromEntries(fields.map((field) => [field, true] as const))

export async function translationOverview(payload: Payload, req?: Partial<PayloadRequest>): Promise<OverviewRow[]> {
  const rows: OverviewRow[] = []
  for (const collection of TRANSLATED_COLLECTIONS) {
    const titleField = payload.collections[collection]?.config.admin?.useAsTitle ?? 'title'
    // Which documents the asking user may see is their access's answer; the status record (which
    // holds account ids, staff-only as a field) is then read for those, and only cells leave here.
    const query = {
      collection,
      locale: 'all',
      // Drafts count: translators work on what editors are preparing too.
      draft: true,
      depth: 0,
      pagination: false,
      sort: '-updatedAt',
    } as const
    const visible = req?.user
      ? (
          await payload.find({
            ...query,
            locale: undefined,
            select: selectFields(['id']),
            overrideAccess: false,
            user: req.user,
          })
        ).docs.map((d) => d.id)
      : null
    if (visible && visible.length === 0) continue
    const textField = TEXT_FIELD[collection] ?? titleField
    const { docs } = await payload.find({
      ...query,
      select: selectFields([
        titleField,
        textField,
        TRANSLATION_STATUS_FIELD,
        SOURCE_LOCALE_FIELD,
        PENDING_FIELD,
        '_status',
      ]),
      overrideAccess: true,
      ...(visible ? { where: { id: { in: visible } } } : {}),
    })
    for (const doc of docs.map(fieldsOf)) {
      const title = doc[titleField]
      const titles = (title && typeof title === 'object' ? title : {}) as Partial<Record<LocaleCode, unknown>>
      const texts = doc[textField]
      const status = asStatus(doc[TRANSLATION_STATUS_FIELD])
      const scope = scopeOf(collection, doc)
      const pending = asPending(doc[PENDING_FIELD])
      // Text saved but waiting for its ready tick is translated work all the same.
      const translated = (l: LocaleCode) =>
        Array.isArray(texts)
          ? texts.some((row) => hasText((row as { text?: Record<string, unknown> })?.text?.[l]))
          : hasText((texts as Partial<Record<LocaleCode, unknown>> | undefined)?.[l]) ||
            hasText(pending[l]?.units[titleField])
      rows.push({
        collection,
        id: String(doc.id),
        title: String((typeof title === 'string' && title) || titles[scope.source] || titles.ja || titles.en || doc.id),
        source: scope.source,
        published: doc._status === 'published',
        waiting: LOCALE_CODES.filter((l) => l in pending),
        cells: Object.fromEntries(LOCALE_CODES.map((l) => [l, cellFor(status, l, translated(l), scope)])) as Record<
          LocaleCode,
          TranslationCell
        >,
      })
    }
  }
  return rows
}

/** Rows with work to do in any of `languages`. */
export function queueFor(rows: OverviewRow[], languages: readonly LocaleCode[]): OverviewRow[] {
  return rows.filter((row) => languages.some((l) => row.cells[l] === 'missing' || row.cells[l] === 'outdated'))
}
