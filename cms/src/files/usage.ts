/**
 * Who may open an uploaded file follows from where it is used. A file is public once published
 * public content uses it, for members once a members-only document they may read uses it, and
 * otherwise only the team's (an image in a draft, a flyer not yet announced). Until now every
 * file was public: a members-only event's PDF, the images of embargoed drafts.
 *
 * Every save of a document that can refer to files records which files its published state uses
 * and who may read that state (`file-usages`, one row per document and file); the files involved
 * then get the widest audience over their rows, stored on the file (`audience`), where the read
 * rule of the upload collection looks. Who may read a document is decided by the document's own
 * read rule, asked as an anonymous reader and as a member — so the files follow the content's
 * rules wherever those are written.
 */
import type {
  CollectionSlug,
  FlattenedField,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedGlobalConfig,
  Where,
} from 'payload'

import type { AccessUser } from '../access/roles'
import type { FileUsage } from '../payload-types'
import { fieldsOf, type AnyDocument } from '../utilities/anyDocument'
import { EVERY_LOCALE_FOR_UPDATE } from '../utilities/everyLocale'
import { keepingLocale } from '../utilities/keepingLocale'
import { idOf } from '../utilities/idOf'

export const FILE_USAGES = 'file-usages' satisfies CollectionSlug
/** Upload collections whose files follow their usage. */
export const AUDIENCE_COLLECTIONS = ['media', 'documents'] as const satisfies readonly CollectionSlug[]
export type FileAudience = 'public' | 'members' | 'team'
export const FILE_AUDIENCES: readonly FileAudience[] = ['public', 'members', 'team']

type Doc = AnyDocument
type Source =
  { collection: SanitizedCollectionConfig; global?: never } | { global: SanitizedGlobalConfig; collection?: never }

/** A reader who is a member of no particular organisation: what "members" may read. */
const MEMBER_PROBE: AccessUser = {
  id: 'file-audience-member-probe',
  collection: 'users',
  role: 'member',
  organisation: null,
  languages: [],
}

/**
 * A probe reader as the request's user. Access rules read only the fields of AccessUser
 * (access/roles.ts); Payload types `req.user` as a whole account, which a probe is not.
 */
const asRequestUser = (user: AccessUser | null): PayloadRequest['user'] => user as PayloadRequest['user']

const fileKey = (collection: string, id: unknown) => `${collection}:${String(id)}`
const sourceKey = (source: Source, id?: unknown) =>
  source.global ? `global:${source.global.slug}` : fileKey(source.collection.slug, id)
const isTracked = (relationTo: unknown): relationTo is (typeof AUDIENCE_COLLECTIONS)[number] =>
  (AUDIENCE_COLLECTIONS as readonly unknown[]).includes(relationTo)

/** Files a Lexical document embeds. */
function richTextFiles(node: unknown, out: Set<string>): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) richTextFiles(child, out)
    return
  }
  const n = node as Doc
  if (n.type === 'upload' && isTracked(n.relationTo) && idOf(n.value) != null)
    out.add(fileKey(n.relationTo, idOf(n.value)))
  for (const key of ['root', 'children', 'fields']) if (key in n) richTextFiles(n[key], out)
}

/**
 * The values of a field: in a document read with `locale: 'all'` a localized field holds one value
 * per language; in one language's data (what a save sends) it holds the value itself.
 */
function valuesOf(field: FlattenedField, container: Doc, localized: boolean, allLocales: boolean): unknown[] {
  const value = container?.[field.name]
  if (value === undefined || value === null) return []
  const perLocale = allLocales && (localized || field.localized) && typeof value === 'object' && !Array.isArray(value)
  return perLocale ? Object.values(value) : [value]
}

/** The files (`media:<id>`, `documents:<id>`) a document refers to, in its fields and rich text. */
export function collectFiles(
  fields: FlattenedField[],
  container: Doc,
  out: Set<string>,
  { allLocales = true }: { allLocales?: boolean } = {},
  localized = false,
): void {
  for (const field of fields) {
    const within = localized || Boolean(field.localized)
    for (const value of valuesOf(field, container, localized, allLocales)) {
      if ((field.type === 'upload' || field.type === 'relationship') && value) {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (Array.isArray(field.relationTo)) {
            const poly = item as { relationTo?: unknown; value?: unknown }
            if (isTracked(poly?.relationTo) && idOf(poly.value) != null)
              out.add(fileKey(poly.relationTo, idOf(poly.value)))
          } else if (isTracked(field.relationTo) && idOf(item) != null) out.add(fileKey(field.relationTo, idOf(item)))
        }
      } else if (field.type === 'richText') richTextFiles(value, out)
      else if (field.type === 'group' && value && typeof value === 'object')
        collectFiles(field.flattenedFields, value as Doc, out, { allLocales }, within)
      else if (field.type === 'array' && Array.isArray(value))
        for (const row of value) collectFiles(field.flattenedFields, row as Doc, out, { allLocales }, within)
      else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const row of value as Doc[]) {
          const block = field.blocks.find((b) => b.slug === row?.blockType)
          if (block) collectFiles(block.flattenedFields, row, out, { allLocales }, within)
        }
      }
    }
  }
}

/** Whether a collection or global can refer to a tracked file at all (so is worth watching). */
export function refersToFiles(fields: FlattenedField[]): boolean {
  return fields.some(
    (field) =>
      field.type === 'richText' ||
      ((field.type === 'upload' || field.type === 'relationship') && [field.relationTo].flat().some(isTracked)) ||
      ((field.type === 'group' || field.type === 'array') && refersToFiles(field.flattenedFields)) ||
      (field.type === 'blocks' && field.blocks.some((b) => refersToFiles(b.flattenedFields))),
  )
}

/** Who may read a source document as it is published now, by its own read rule. */
async function audienceOfSource(
  req: PayloadRequest,
  source: Source,
  id?: string | number,
): Promise<FileUsage['audience'] | null> {
  const rule = (source.collection ?? source.global).access.read
  for (const [audience, user] of [
    ['public', null],
    ['members', MEMBER_PROBE],
  ] as const) {
    const result = rule
      ? await rule({ req: { ...req, user: asRequestUser(user) }, id: id === undefined ? undefined : String(id) })
      : Boolean(user)
    if (result === true) return audience
    if (!result || !source.collection) continue
    const { totalDocs } = await req.payload.count({
      collection: source.collection.slug,
      where: { and: [{ id: { equals: id } }, result] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return audience
  }
  return null
}

async function readSource(req: PayloadRequest, source: Source, id?: string | number): Promise<Doc | null> {
  return keepingLocale(req, async () => {
    if (source.global)
      return fieldsOf(
        await req.payload.findGlobal({ slug: source.global.slug, locale: 'all', depth: 0, overrideAccess: true, req }),
      )
    // The stored document is the published state (a draft save only adds a version).
    const doc = await req.payload.findByID({
      collection: source.collection.slug,
      id: id!,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return doc ? fieldsOf(doc) : null
  })
}

async function usageRows(req: PayloadRequest, where: Where): Promise<FileUsage[]> {
  return (
    await req.payload.find({ collection: FILE_USAGES, where, pagination: false, depth: 0, overrideAccess: true, req })
  ).docs
}

/** Records what a document (or global) uses now, and brings the audience of the files involved up to date. */
export async function refreshUsage(req: PayloadRequest, source: Source, id?: string | number): Promise<void> {
  return keepingLocale(req, () => refresh(req, source, id))
}

async function refresh(req: PayloadRequest, source: Source, id?: string | number): Promise<void> {
  const key = sourceKey(source, id)
  const before = await usageRows(req, { source: { equals: key } })
  const doc = await readSource(req, source, id)
  const audience = doc ? await audienceOfSource(req, source, id) : null
  const files = new Set<string>()
  if (doc && audience) collectFiles((source.collection ?? source.global).flattenedFields, doc, files)
  const keep = new Set<string>()
  for (const row of before) {
    if (files.has(row.file) && row.audience === audience && !keep.has(row.file)) keep.add(row.file)
    else await req.payload.delete({ collection: FILE_USAGES, id: row.id, overrideAccess: true, req })
  }
  for (const file of files) {
    // Files are collected only from a document someone may read, so there is an audience.
    if (!keep.has(file) && audience)
      await req.payload.create({
        collection: FILE_USAGES,
        data: { source: key, file, audience },
        overrideAccess: true,
        req,
      })
  }
  for (const file of new Set([...before.map((r) => r.file), ...files])) await refreshFileAudience(req, file)
}

/** A source that is gone uses nothing. */
export async function forgetUsage(req: PayloadRequest, source: Source, id: string | number): Promise<void> {
  return keepingLocale(req, () => forget(req, source, id))
}

async function forget(req: PayloadRequest, source: Source, id: string | number): Promise<void> {
  const before = await usageRows(req, { source: { equals: sourceKey(source, id) } })
  for (const row of before) await req.payload.delete({ collection: FILE_USAGES, id: row.id, overrideAccess: true, req })
  for (const file of new Set(before.map((r) => r.file))) await refreshFileAudience(req, file)
}

/** Context flag: this save only sets a file's audience (nothing to rebuild or re-track). */
export const AUDIENCE_ONLY = 'fileAudienceOnly'

/** The widest audience over a file's rows, written onto the file when it changed. */
export async function refreshFileAudience(req: PayloadRequest, file: string): Promise<FileAudience> {
  const [collection, id] = file.split(':') as [(typeof AUDIENCE_COLLECTIONS)[number], string]
  const rows = await usageRows(req, { file: { equals: file } })
  const audience: FileAudience = rows.some((r) => r.audience === 'public')
    ? 'public'
    : rows.some((r) => r.audience === 'members')
      ? 'members'
      : 'team'
  const current = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { audience: true },
    req,
  })
  if (current && current.audience !== audience) {
    const previous = req.context[AUDIENCE_ONLY]
    req.context[AUDIENCE_ONLY] = true
    try {
      // In every language at once: setting the audience must not hinge on the file's alt text in
      // whatever language the change that triggered it was made.
      await keepingLocale(req, () =>
        req.payload.update({
          collection,
          id,
          locale: EVERY_LOCALE_FOR_UPDATE,
          data: { audience },
          overrideAccess: true,
          depth: 0,
          req,
        }),
      )
    } finally {
      req.context[AUDIENCE_ONLY] = previous
    }
  }
  return audience
}

/** Every source of the configuration: collections and globals that can refer to files. */
export function fileSources(payload: Payload): Source[] {
  return [
    ...payload.config.collections
      .filter(
        (c) =>
          c.slug !== FILE_USAGES &&
          !(AUDIENCE_COLLECTIONS as readonly string[]).includes(c.slug) &&
          refersToFiles(c.flattenedFields),
      )
      .map((collection) => ({ collection })),
    ...payload.config.globals.filter((g) => refersToFiles(g.flattenedFields)).map((global) => ({ global })),
  ]
}

/**
 * Works out every file's audience from all content: for a database whose files predate audiences
 * (or to repair one). Safe to run again; it changes only what is out of date.
 */
export async function rebuildFileAudiences(payload: Payload): Promise<{ sources: number; files: number }> {
  const req = { payload, context: {}, user: null, locale: 'all' } as unknown as PayloadRequest
  let sources = 0
  for (const source of fileSources(payload)) {
    if (source.global) {
      await refreshUsage(req, source)
      sources++
      continue
    }
    const { docs } = await payload.find({
      collection: source.collection.slug,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) {
      await refreshUsage(req, source, doc.id)
      sources++
    }
  }
  let files = 0
  for (const collection of AUDIENCE_COLLECTIONS) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: {}, overrideAccess: true })
    for (const doc of docs) {
      await refreshFileAudience(req, fileKey(collection, doc.id))
      files++
    }
  }
  return { sources, files }
}

/** Marks the database as having file audiences worked out (payload.kv), with the rules' version. */
const AUDIENCES_DONE = 'mirai:file-audiences'
const AUDIENCE_RULES_VERSION = 1

/**
 * At start-up, once per database: files stored before audiences existed got the column's default
 * ("team") when the schema was upgraded, which would hide every image; work out the real ones.
 */
export async function ensureFileAudiences(payload: Payload): Promise<void> {
  const done = (await payload.kv.get(AUDIENCES_DONE)) as { version?: number } | null
  if (done?.version === AUDIENCE_RULES_VERSION) return
  const { sources, files } = await rebuildFileAudiences(payload)
  await payload.kv.set(AUDIENCES_DONE, { version: AUDIENCE_RULES_VERSION, at: new Date().toISOString() })
  if (files > 0) payload.logger.info(`file audiences worked out for ${files} file(s) from ${sources} document(s)`)
}
