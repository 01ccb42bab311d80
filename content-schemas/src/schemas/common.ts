import { z } from 'zod'

import { LOCALE_CODES } from '../locales'

export const localeCode = z.enum(LOCALE_CODES)

/** Payload ids: uuid strings on SQLite, ObjectId strings on MongoDB. */
export const id = z.string().min(1)

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII kebab-case slug')

export const isoDateTime = z.iso.datetime({ offset: true })

/** Lexical rich text as Payload stores it; turned into HTML by `richtext/`. */
export const richText = z.object({
  root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose(),
})

/**
 * Per-language text of a document: only the languages it was actually translated into. The site
 * decides what to show for the others (fallback chain + a "not yet translated" notice).
 */
export function translations<T extends z.ZodType>(shape: T) {
  return z
    .partialRecord(localeCode, shape)
    .refine((value) => Object.values(value).some(Boolean), 'needs at least one translation')
}

/** Per-language text that may be absent in every language (an untitled section, a speaker without affiliation). */
export function optionalTranslations<T extends z.ZodType>(shape: T) {
  return z.partialRecord(localeCode, shape)
}

/**
 * A link to another public document with what the link shows — its slug and its title in each
 * language it has — so a page links to it without looking the document up.
 */
export const linkRef = z.object({
  id,
  slug,
  translations: translations(z.object({ title: z.string().min(1) })),
})

const imageSize = z.object({ url: z.string(), width: z.number().int().positive(), height: z.number().int().positive() })

export const image = z.object({
  id,
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string(),
  /** Alt text per language; required in the source language at least. */
  alt: translations(z.string().min(1)),
  focalX: z.number().min(0).max(100).nullish(),
  focalY: z.number().min(0).max(100).nullish(),
  sizes: z.record(z.string(), imageSize),
})

export type Image = z.infer<typeof image>
export type RichText = z.infer<typeof richText>
export type LinkRef = z.infer<typeof linkRef>
