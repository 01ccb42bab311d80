/**
 * XLIFF exchange with CAT tools: a batch of documents out for one target language, and the
 * translated file back in. Both act as the asking user (`overrideAccess: false`): the export
 * lists what they may read, and the import saves through the same update a translator's save in
 * the admin takes, so every guard on translators' saves applies to it too.
 *
 * The import checks the whole file against the documents as they are now before writing
 * anything: a file that is not XLIFF, into a language the user may not write, or exported from
 * an older source text than the current one changes nothing. Units with damaged inline codes or
 * ids the document does not have are refused one by one, and the others applied.
 */
import { isLocaleCode, type LocaleCode } from '@mirai/content-schemas/locales'
import { sourceLocaleOf, targetLocalesOf } from '@mirai/content-schemas/translation-scope'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { assignedLocales, isStaff, isTranslator } from '../../access/roles'
import type { AllLocales } from '../../export/splitLocales'
import { fieldsOf } from '../../utilities/anyDocument'
import { TRANSLATED_COLLECTIONS, translationOverview } from '../overview'
import { asStatus, type TranslationCell } from '../status'
import { TRANSLATION_STATUS_FIELD } from '../track'
import { PENDING_FIELD, READY_FIELD } from '../ready/fields'
import { asPending } from '../ready/pending'
import { readInLanguage } from '../readAs'
import { translationUnits, withUnitValue } from '../units'
import { unitDescription } from '../../collections/InterfaceText/catalogue'
import { codeProblem, comparable, exportUnit, valueOf, type ExportedUnit, type Piece } from './inline'
import { NOTE, parseXliff, writeXliff, XliffError, type XliffDocument } from './format'

/** The largest file the import reads (the endpoint refuses larger uploads before reading them). */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024
export const MAX_XLIFF_DOCUMENTS = 500

export type User = NonNullable<PayloadRequest['user']> | TypedUser

/** A request the exchange refuses as a whole, with the HTTP status an endpoint answers with. */
export class ExchangeError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

type Collection = (typeof TRANSLATED_COLLECTIONS)[number]

const isTranslatedCollection = (value: string): value is Collection =>
  (TRANSLATED_COLLECTIONS as readonly string[]).includes(value)

/** Who may exchange files in `lang`: the secretariat in any language, a translator in theirs. */
function checkLanguage(user: User | null | undefined, lang: string): LocaleCode {
  if (!user) throw new ExchangeError('Sign in to exchange translation files', 401)
  if (!isStaff(user) && !isTranslator(user))
    throw new ExchangeError('Translation files are for the secretariat and translators', 403)
  if (!isLocaleCode(lang)) throw new ExchangeError(`"${String(lang).slice(0, 20)}" is not a language of the site`, 400)
  if (isTranslator(user) && !assignedLocales(user).includes(lang))
    throw new ExchangeError(
      `You translate into ${assignedLocales(user).join(', ') || 'no language'}, not ${lang}; nothing was done.`,
      403,
    )
  return lang
}

interface LoadedDocument {
  collection: Collection
  id: string
  all: AllLocales
  title: string
  source: LocaleCode
  revision: number
  units: ExportedUnit[]
}

async function loadDocument(
  payload: Payload,
  user: User,
  collection: Collection,
  id: string,
  lang: LocaleCode,
): Promise<LoadedDocument | null> {
  const found = await payload
    .findByID({
      collection,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    .catch(() => null)
  if (!found) return null
  // The status field is staff-only to read; the asker may read the document, so its status is
  // read for them (as the overview does), and only the revision leaves here.
  const stored = await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { [TRANSLATION_STATUS_FIELD]: true } as Record<string, true>,
  })
  const all = fieldsOf(found) as AllLocales
  const status = asStatus(fieldsOf(stored)[TRANSLATION_STATUS_FIELD])
  const config = payload.collections[collection].config
  const titleField = config.admin?.useAsTitle ?? 'title'
  const titles = (all[titleField] ?? {}) as Partial<Record<LocaleCode, unknown>>
  const source = sourceLocaleOf(collection, all)
  const units = translationUnits(all, config.flattenedFields)
    .map((unit) => exportUnit(unit, source, lang))
    .filter((u): u is ExportedUnit => u !== null)
    .map((u) => ({ ...u, description: unitDescription(collection, all, u.id) }))
  return {
    collection,
    id: String(found.id),
    all,
    title: String(titles[source] ?? found.id),
    source,
    revision: status.source,
    units,
  }
}

export type ExportScope = 'missing' | 'outdated' | 'todo' | 'all'
export const EXPORT_SCOPES: readonly ExportScope[] = ['todo', 'missing', 'outdated', 'all']

const WANTED: Record<ExportScope, TranslationCell[]> = {
  missing: ['missing'],
  outdated: ['outdated'],
  todo: ['missing', 'outdated'],
  all: ['missing', 'outdated', 'current'],
}

export interface ExportOptions {
  lang: string
  /** Which documents, by their cell in `lang` (ignored when `ids` are given). */
  scope?: ExportScope
  /** `collection:id` of each document to export. */
  ids?: readonly string[]
}

export interface ExportedBatch {
  srcLang: LocaleCode
  trgLang: LocaleCode
  /** `collection:id` of each document in the file, in order. */
  documents: string[]
  xml: string
}

/**
 * One XLIFF file per source language (an XLIFF file has one srcLang; most documents are written
 * in Japanese, organisation pages in English), each holding one <file> per document.
 */
export async function exportXliff(
  payload: Payload,
  user: User | null | undefined,
  options: ExportOptions,
): Promise<ExportedBatch[]> {
  const lang = checkLanguage(user, options.lang)
  const asker = user!
  const wanted: { collection: Collection; id: string }[] = []
  if (options.ids && options.ids.length > 0) {
    for (const ref of options.ids) {
      const [collection = '', id = '', ...rest] = ref.split(':')
      if (!isTranslatedCollection(collection) || !id || rest.length > 0)
        throw new ExchangeError(
          `"${ref.slice(0, 60)}" is not collection:id with one of ${TRANSLATED_COLLECTIONS.join(', ')}`,
        )
      wanted.push({ collection, id })
    }
  } else {
    const scope = options.scope ?? 'todo'
    if (!EXPORT_SCOPES.includes(scope)) throw new ExchangeError(`scope is one of ${EXPORT_SCOPES.join(', ')}`)
    for (const row of await translationOverview(payload, { user: asker } as Partial<PayloadRequest>))
      if (WANTED[scope].includes(row.cells[lang])) wanted.push({ collection: row.collection, id: row.id })
  }
  const bySource = new Map<LocaleCode, XliffDocument[]>()
  for (const { collection, id } of wanted) {
    const doc = await loadDocument(payload, asker, collection, id, lang)
    if (!doc) throw new ExchangeError(`No ${collection} document ${id.slice(0, 40)} that you may read`, 404)
    if (!targetLocalesOf(collection, doc.source).includes(lang))
      throw new ExchangeError(
        `${collection}:${id} is ${lang === doc.source ? `written in ${lang}` : `not translated into ${lang}`}: there is nothing to translate into ${lang}`,
      )
    const files = bySource.get(doc.source) ?? []
    files.push({
      id: `${collection}:${doc.id}`,
      notes: {
        [NOTE.collection]: collection,
        [NOTE.id]: doc.id,
        [NOTE.title]: doc.title,
        [NOTE.revision]: String(doc.revision),
      },
      units: doc.units,
    })
    bySource.set(doc.source, files)
  }
  return [...bySource].map(([srcLang, files]) => ({
    srcLang,
    trgLang: lang,
    documents: files.map((f) => f.id),
    xml: writeXliff({ srcLang, trgLang: lang, files }),
  }))
}

export interface UnitResult {
  file: string
  unit: string
  result: 'applied' | 'skipped' | 'refused'
  reason: string
}

export interface FileResult {
  file: string
  title: string | null
  result: 'updated' | 'unchanged' | 'refused'
  reason: string
}

export interface ImportReport {
  /** False when nothing, or not all that passed the checks, was written. */
  ok: boolean
  /** Why the file as a whole was refused or not fully saved. */
  error: string | null
  trgLang: string | null
  files: FileResult[]
  units: UnitResult[]
}

interface Plan {
  doc: LoadedDocument
  file: FileResult
  updates: { unit: ExportedUnit; value: unknown }[]
}

const refusal = (
  error: string,
  files: FileResult[] = [],
  units: UnitResult[] = [],
  trgLang: string | null = null,
): ImportReport => ({
  ok: false,
  error,
  trgLang,
  files,
  units,
})

export interface ImportOptions {
  /**
   * Mark the imported language ready for readers (ready/gate.ts): a published document then shows
   * the translation at once. Without it the text waits, as a translator's save in the admin does.
   */
  ready?: boolean
}

/** Reads one XLIFF file, checks it entirely, then saves each document's passing units in one update. */
export async function importXliff(
  payload: Payload,
  user: User | null | undefined,
  xml: string | Buffer,
  { ready = false }: ImportOptions = {},
): Promise<ImportReport> {
  if (!user) throw new ExchangeError('Sign in to import translation files', 401)
  if (!isStaff(user) && !isTranslator(user))
    throw new ExchangeError('Translation files are for the secretariat and translators', 403)
  const size = typeof xml === 'string' ? Buffer.byteLength(xml) : xml.length
  if (size > MAX_XLIFF_BYTES)
    return refusal(
      `The file is ${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_XLIFF_BYTES / 1024 / 1024} MB is read.`,
    )
  const text = typeof xml === 'string' ? xml : new TextDecoder('utf-8', { fatal: false }).decode(xml)

  let parsed
  try {
    parsed = parseXliff(text)
  } catch (error) {
    if (error instanceof XliffError) return refusal(error.message)
    throw error
  }
  // Each document costs reads before anything is decided; a file of thousands is a batch to split.
  if (parsed.files.length > MAX_XLIFF_DOCUMENTS)
    return refusal(
      `The file holds ${parsed.files.length} documents; at most ${MAX_XLIFF_DOCUMENTS} are imported at once. Split the batch.`,
    )
  let lang: LocaleCode
  try {
    lang = checkLanguage(user, parsed.trgLang)
  } catch (error) {
    if (error instanceof ExchangeError) return refusal(error.message, [], [], parsed.trgLang)
    throw error
  }

  const plans: Plan[] = []
  const files: FileResult[] = []
  const units: UnitResult[] = []
  const seen = new Set<string>()
  for (const file of parsed.files) {
    const result: FileResult = { file: file.id, title: null, result: 'refused', reason: '' }
    files.push(result)
    const refuse = (reason: string) => {
      result.reason = reason
    }
    const [collection = '', id = '', ...rest] = file.id.split(':')
    if (seen.has(file.id)) {
      refuse('this document appears twice in the file')
      continue
    }
    seen.add(file.id)
    if (!isTranslatedCollection(collection) || !id || rest.length > 0) {
      refuse(`the <file> id must be collection:id of a translated document, not "${file.id.slice(0, 60)}"`)
      continue
    }
    if (file.notes[NOTE.collection] !== collection || file.notes[NOTE.id] !== id) {
      refuse('the notes naming the document do not match the <file> id: was the file edited by hand?')
      continue
    }
    const doc = await loadDocument(payload, user, collection, id, lang)
    if (!doc) {
      refuse('no such document, or not one you may read')
      continue
    }
    result.title = doc.title
    if (parsed.srcLang !== doc.source) {
      refuse(`the document is written in ${doc.source}, the file's source language is ${parsed.srcLang || 'missing'}`)
      continue
    }
    if (!targetLocalesOf(collection, doc.source).includes(lang)) {
      refuse(`the document is not translated into ${lang}`)
      continue
    }
    const revision = file.notes[NOTE.revision]
    if (revision === undefined || !/^\d+$/.test(revision)) {
      refuse('the file does not say which revision of the source it was exported from')
      continue
    }
    if (Number(revision) !== doc.revision) {
      refuse(
        `stale: exported from revision ${revision} of the ${doc.source} text, which is now at revision ${doc.revision}; export the document again and translate the changes`,
      )
      continue
    }
    if (file.notes[NOTE.title] !== undefined && file.notes[NOTE.title] !== doc.title) {
      refuse('stale: the document’s title is not the one it had when exported; export it again')
      continue
    }

    const plan: Plan = { doc, file: result, updates: [] }
    const expected = new Map(doc.units.map((u) => [u.id, u]))
    const unitsSeen = new Set<string>()
    const fields = payload.collections[collection].config.flattenedFields
    const currentValues = new Map(translationUnits(doc.all, fields).map((u) => [u.path, u.values[lang]] as const))
    for (const unit of file.units) {
      const report = (r: UnitResult['result'], reason: string) =>
        units.push({ file: file.id, unit: unit.id, result: r, reason })
      const known = expected.get(unit.id)
      if (unitsSeen.has(unit.id)) {
        report('refused', 'this unit appears twice in the file')
        continue
      }
      unitsSeen.add(unit.id)
      if (!known) {
        report('refused', 'the document has no such text (was a row removed since the export?)')
        continue
      }
      if (unit.notes[NOTE.field] !== undefined && unit.notes[NOTE.field] !== known.field) {
        report('refused', `the unit's field note says ${unit.notes[NOTE.field]}, the unit is ${known.field}`)
        continue
      }
      if (unit.problem) {
        report('refused', unit.problem)
        continue
      }
      const problem = unitProblem(known, unit.segments)
      if (problem === 'untranslated') {
        report('skipped', 'no translation in the file')
        continue
      }
      if (problem) {
        report('refused', problem)
        continue
      }
      const targets = new Map(unit.segments.map((s) => [s.id, s.target!] as const))
      const sourceValue = translationUnits(doc.all, fields).find((u) => u.path === unit.id)!.values[doc.source]
      const value = valueOf(known, sourceValue, targets)
      if (comparable(value) === comparable(currentValues.get(unit.id))) {
        report('skipped', 'unchanged')
        continue
      }
      plan.updates.push({ unit: known, value })
      report('applied', '')
    }
    plans.push(plan)
    result.result = plan.updates.length > 0 ? 'updated' : 'unchanged'
  }

  const refusedFiles = files.filter((f) => f.result === 'refused')
  if (refusedFiles.length > 0)
    return refusal(
      `${refusedFiles.length} document(s) of the file cannot take it (${refusedFiles
        .map((f) => `${f.file}: ${f.reason}`)
        .join('; ')
        .slice(0, 600)}); nothing was imported.`,
      files,
      units.map((u) =>
        u.result === 'applied' ? { ...u, result: 'skipped', reason: 'not written: the file was refused' } : u,
      ),
      lang,
    )

  let failed = 0
  for (const plan of plans) {
    if (plan.updates.length === 0 && !ready) continue
    const { collection, id } = plan.doc
    try {
      // Read again just before writing: the update carries only the top-level fields that change.
      const inLang = await readInLanguage(payload, user, collection, id, lang)
      const fields = payload.collections[collection].config.flattenedFields
      let next = inLang
      for (const { unit, value } of plan.updates) next = withUnitValue(next, fields, unit.id, value)
      const data: Record<string, unknown> = Object.fromEntries(
        [...new Set(plan.updates.map((u) => u.unit.id.split('.')[0]!))].map((name) => [name, next[name]]),
      )
      // A file of text already waiting (imported before without --ready) still marks it ready.
      if (plan.updates.length === 0 && !asPending(inLang[PENDING_FIELD])[lang]) continue
      if (ready) data[READY_FIELD] = true
      await payload.update({
        collection,
        id,
        locale: lang,
        fallbackLocale: false,
        data,
        depth: 0,
        // An editor's draft waiting on top of the published document stays a draft.
        draft: inLang._status === 'draft' ? true : undefined,
        user,
        overrideAccess: false,
      })
    } catch (error) {
      failed++
      plan.file.result = 'refused'
      plan.file.reason = `the server refused the save: ${error instanceof Error ? error.message : String(error)}`
      for (const u of units)
        if (u.file === `${collection}:${id}` && u.result === 'applied') {
          u.result = 'refused'
          u.reason = plan.file.reason
        }
    }
  }
  return {
    ok: failed === 0,
    error: failed === 0 ? null : `${failed} document(s) were refused by the server; the others were saved.`,
    trgLang: lang,
    files,
    units,
  }
}

/** Whether a unit's segments are the export's, each translated; 'untranslated' when none is. */
function unitProblem(unit: ExportedUnit, segments: { id: string; target: Piece[] | null }[]): string | null {
  const expected = new Map(unit.segments.map((s) => [s.id, s]))
  const ids = segments.map((s) => s.id)
  const extra = ids.find((id) => !expected.has(id))
  if (extra !== undefined) return `segment "${extra.slice(0, 40)}" is not in the source (segments cannot be added)`
  if (new Set(ids).size !== ids.length) return 'a segment appears twice'
  const hasText = (p: Piece[] | null) => p !== null && p.some((x) => !('text' in x) || x.text.trim() !== '')
  const translated = segments.filter((s) => hasText(s.target))
  if (translated.length === 0) return 'untranslated'
  const missing = unit.segments.filter((s) => !translated.some((t) => t.id === s.id))
  if (missing.length > 0)
    return `segment${missing.length > 1 ? 's' : ''} ${missing.map((s) => s.id).join(', ')} ${missing.length > 1 ? 'have' : 'has'} no translation: a unit is imported whole`
  for (const segment of translated) {
    const problem = codeProblem(segment.target!, expected.get(segment.id)!, unit.codes)
    if (problem) return problem
  }
  return null
}
