/**
 * Moved pages, the rules every part agrees on: which paths a redirect may have (the CMS refuses
 * the others on save, the build before a host line is written), which old paths a renamed or
 * deleted document leaves behind (from the one path rule, docPath), and how the stored redirects
 * change when pages move — chains collapse, a path that is a page again stops redirecting.
 */
import { z } from 'zod'

import { LOCALE_CODES, type LocaleCode } from './locales'
import { docPath, listPath, pageLocaleFor } from './paths'

/** Cloudflare Pages' limit for a whole `_redirects` line; no page path of the site comes near it. */
export const MAX_REDIRECT_PATH_LENGTH = 900
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/

/**
 * Why `value` is not a clean absolute path of the site, or null when it is one. A redirect's paths
 * end up verbatim in nginx's configuration and in `_redirects`, so they are held to the paths the
 * site itself makes — slash-separated ASCII segments: spaces, quotes, `;`, braces or line breaks
 * would be nginx syntax, `$` a variable, `//` or a scheme another site, `..` or a dot-folder a
 * file the site does not publish.
 */
export function redirectPathProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'not a string'
  if (value.length > MAX_REDIRECT_PATH_LENGTH) return `longer than ${MAX_REDIRECT_PATH_LENGTH} characters`
  if (!value.startsWith('/')) return 'not an absolute path (it must start with "/"; other sites are not redirected to)'
  const segments = value.slice(1).split('/')
  for (const [i, segment] of segments.entries()) {
    if (segment === '' && i === segments.length - 1) continue // the trailing slash of a folder
    if (!SEGMENT.test(segment))
      return segment === ''
        ? 'an empty segment ("//")'
        : `the segment ${JSON.stringify(segment.slice(0, 60))} (only letters, digits and - _ . ~, not starting with a dot)`
  }
  return null
}

/** Folders of the site's files, not pages: the build owns them, and a page written there would be removed. */
const FILE_FOLDERS = ['_astro', 'media', 'pagefind']

/** Why `value` cannot be the old address of a redirect, or null: a clean path, and not in a folder of files. */
export function redirectFromProblem(value: unknown): string | null {
  const problem = redirectPathProblem(value)
  if (problem) return problem
  const first = (value as string).split('/')[1] ?? ''
  return FILE_FOLDERS.includes(first) ? `/${first}/ holds the site’s files, not pages` : null
}

/** A moved page: readers of `from` are sent to `to`. */
export interface MovedPath {
  from: string
  to: string
}

/** Every path a document's page has: one per language (organisation pages share the English one). */
export function documentPaths(collection: string, slug: string): string[] {
  return [...new Set(LOCALE_CODES.map((lang) => docPath(lang, collection, slug)))]
}

/** A document's old path → its new path, in every language: the slug is shared by all of them. */
export function renamedPaths(collection: string, oldSlug: string, newSlug: string): MovedPath[] {
  if (oldSlug === newSlug) return []
  return unique(
    LOCALE_CODES.map((lang) => ({ from: docPath(lang, collection, oldSlug), to: docPath(lang, collection, newSlug) })),
  )
}

/** A deleted document's path → the list its readers found it in (its section; the home page for organisation pages). */
export function removedPaths(collection: string, slug: string): MovedPath[] {
  return unique(
    LOCALE_CODES.map((lang) => {
      const pageLang = pageLocaleFor(collection, lang)
      return { from: docPath(pageLang, collection, slug), to: listPath(pageLang, collection) }
    }),
  )
}

/** One move per old path: the first language's, i.e. the page's own language where languages share a page. */
const unique = (moves: MovedPath[]) => moves.filter((m, i) => moves.findIndex((o) => o.from === m.from) === i)

/**
 * What the stored redirects become when `moves` happen and the paths in `live` are pages (again):
 * a redirect from a live path is dropped, one that led to a moved path leads to where it moved
 * (A→B then B→C gives A→C and B→C), and none is left leading to itself. Returns the redirects to
 * write (new, or with a new target) and the `from`s of those to remove.
 */
export function applyMoves(
  existing: readonly MovedPath[],
  moves: readonly MovedPath[],
  live: readonly string[],
): { write: MovedPath[]; remove: string[] } {
  const before = new Map(existing.map((r) => [r.from, r.to]))
  const after = new Map(before)
  for (const path of live) after.delete(path)
  for (const move of moves) {
    if (move.from === move.to || live.includes(move.from)) continue
    for (const [from, to] of after) if (to === move.from) after.set(from, move.to)
    after.set(move.from, move.to)
  }
  for (const [from, to] of after) if (from === to) after.delete(from)
  return {
    write: [...after].filter(([from, to]) => before.get(from) !== to).map(([from, to]) => ({ from, to })),
    remove: [...before.keys()].filter((from) => !after.has(from)),
  }
}

/**
 * The chain `candidate` would start or close among `existing` if it leads back to where it
 * started (`["/a/", "/b/", "/a/"]`), or null. Editors' own redirects are refused on it.
 */
export function redirectLoop(existing: readonly MovedPath[], candidate: MovedPath): string[] | null {
  const next = new Map(existing.filter((r) => r.from !== candidate.from).map((r) => [r.from, r.to]))
  next.set(candidate.from, candidate.to)
  const chain = [candidate.from]
  for (let at = next.get(candidate.from); at !== undefined; at = next.get(at)) {
    chain.push(at)
    if (at === candidate.from) return chain
    if (chain.length > next.size + 1) return null // a loop elsewhere, not through the candidate
  }
  return null
}

/**
 * The `content` of the refresh page's `<meta http-equiv="refresh">` at an old address: the site
 * writes it, and the build knows by it that the page at the old address is that refresh page, not
 * a page of the site again.
 */
export const refreshContent = (to: string) => `0; url=${to}`

/** The language a path belongs to: its first segment when that is a language code. */
export function pathLanguage(path: string): LocaleCode | null {
  const first = path.split('/')[1]
  return (LOCALE_CODES as readonly string[]).includes(first ?? '') ? (first as LocaleCode) : null
}

const sitePath = z.string().superRefine((value, ctx) => {
  const problem = redirectPathProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: `not a path of the site: ${problem}` })
})

/** A redirect as the snapshot carries it: `id` is its `from` (one redirect per old path). */
export const redirectEntry = z
  .object({ id: z.string(), from: sitePath, to: sitePath })
  .refine((r) => r.id === r.from, 'id must be the redirect’s "from"')
  .refine((r) => r.from !== r.to, 'redirects to itself')

export type RedirectEntryInput = z.input<typeof redirectEntry>
export type RedirectEntry = z.output<typeof redirectEntry>
