/**
 * The site's search index: one Pagefind index per language (Pagefind splits by `<html lang>`),
 * furigana readings left out.
 *
 * After a small change only the languages whose pages changed are indexed again; the other
 * languages' index files stay as the live release has them. Pagefind names every file
 * of a language's index after the language (`index/vi_….pf_index`, `pagefind.vi_….pf_meta`) and
 * lists the languages in `pagefind-entry.json`, so an index assembled this way is the index a
 * full run makes (a test compares them byte for byte).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { withoutAlerts } from '@mirai/content-schemas/alerts'

export const SEARCH_DIR = 'pagefind'
const ENTRY = 'pagefind-entry.json'
/** Folders of a language's index files, each named `<language>_<hash>.<kind>`. */
const PER_LANGUAGE = ['fragment', 'index', 'filter']

interface Entry {
  version: string
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
  [other: string]: unknown
}

/** Every HTML file of a built site, relative to it, with posix separators. */
function htmlFiles(root: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (!file.startsWith(`${SEARCH_DIR}/`)) files.push(file)
  }
  return files
}

/** The `<html lang>` of a page, read from its first bytes (Astro writes it first). */
function languageOf(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(512)
    const read = readSync(fd, head, 0, head.length, 0)
    return /<html[^>]*\slang="?([^"\s>]+)/i.exec(head.toString('utf8', 0, read))?.[1]?.toLowerCase() ?? ''
  } finally {
    closeSync(fd)
  }
}

export interface SearchChanges {
  /** `<html lang>` values (lowercase) of pages written, or gone, since the live release. */
  languages: Set<string>
  /** Every page of the new release with its language. */
  pages: Map<string, string>
}

/**
 * A page without what Pagefind never reads: the urgent alerts block, paragraphs marked
 * `data-pagefind-ignore="all"` (a document's "last updated" line), `<meta>` tags that carry no
 * `data-pagefind-*` attribute and structured data (JSON-LD). Publishing one text changes its
 * document's date on the page of every language; only the language of the text needs indexing.
 */
export function indexedPart(html: string): string {
  return withoutAlerts(html)
    .replace(/<p\b[^>]*\sdata-pagefind-ignore="all"[^>]*>[\s\S]*?<\/p>/g, '')
    .replace(/<meta\b(?![^>]*data-pagefind)[^>]*>/g, '')
    .replace(/<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g, '')
}

/**
 * Pages Astro renders on every build (those without a cache key) are often written unchanged; an
 * urgent alert changes every page, and a document's date every language's page of it, but
 * nothing the index holds (see indexedPart).
 */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [readFileSync(a), readFileSync(b)]
    return x.equals(y) || indexedPart(x.toString('utf8')) === indexedPart(y.toString('utf8'))
  } catch {
    return false
  }
}

/**
 * What changed between the live release and the one being built: pages Astro wrote since
 * `since` that differ from the live release's (the pages it skipped keep the time of their copy
 * from it), new pages, and pages the live release has and the new one does not.
 */
export function searchChanges(live: string, release: string, since: number): SearchChanges {
  const languages = new Set<string>()
  const pages = new Map<string, string>()
  for (const file of htmlFiles(release)) {
    const full = path.join(release, file)
    const language = languageOf(full)
    pages.set(file, language)
    // A second of slack for filesystems that keep coarse times: a page looked at for nothing costs
    // a little time; one missed would leave its language's index behind.
    if (statSync(full).mtimeMs < since - 1000 || sameFile(full, path.join(live, file))) continue
    languages.add(language)
    // A page that changed language leaves the index of the one it had.
    const before = path.join(live, file)
    if (existsSync(before)) languages.add(languageOf(before))
  }
  for (const file of htmlFiles(live)) if (!pages.has(file)) languages.add(languageOf(path.join(live, file)))
  return { languages, pages }
}

const readEntry = async (dir: string): Promise<Entry | null> => {
  try {
    return JSON.parse(await readFile(path.join(dir, ENTRY), 'utf8')) as Entry
  } catch {
    return null
  }
}

/**
 * Whether the live index can be built on: whole (every language's meta file there). A damaged
 * copy gets a full run; so does one made by another Pagefind (checked once the new run says
 * which version it is).
 */
function reusable(entry: Entry | null, dir: string): entry is Entry {
  if (!entry || typeof entry.version !== 'string') return false
  if (!entry.languages || typeof entry.languages !== 'object') return false
  return Object.values(entry.languages).every(
    (language) => typeof language?.hash === 'string' && existsSync(path.join(dir, `pagefind.${language.hash}.pf_meta`)),
  )
}

async function runPagefind(site: string, output: string, pages?: { file: string; content: string }[]) {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] })
    if (!index) throw new Error(errors.join('; '))
    if (pages) {
      for (const { file, content } of pages) {
        const added = await index.addHTMLFile({ sourcePath: file, content })
        if (added.errors.length > 0) throw new Error(added.errors.join('; '))
      }
    } else {
      const added = await index.addDirectory({ path: site })
      if (added.errors.length > 0) throw new Error(added.errors.join('; '))
    }
    const written = await index.writeFiles({ outputPath: output })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  } finally {
    await pagefind.close()
  }
}

export interface IndexOptions {
  /**
   * The live release; `release/pagefind` is a copy of its index (the build mirrors it), whose
   * files of unchanged languages are kept.
   */
  live?: string | null
  /** From `searchChanges`; without it every language is indexed. */
  changes?: SearchChanges
}

export interface IndexResult {
  /** Pagefind's language keys indexed in this run ('all' for a full run). */
  indexed: string[] | 'all'
}

/**
 * A full run writes `<release>/pagefind` afresh: Pagefind does not rewrite a file that already
 * exists under its (content-hashed) name, so an index recycled from an older build cannot be told
 * apart. A partial run indexes the changed languages into an empty folder and puts their files in
 * place of the old ones.
 */
export async function indexSearch(release: string, { live, changes }: IndexOptions = {}): Promise<IndexResult> {
  const output = path.join(release, SEARCH_DIR)
  const entry = live && changes ? await readEntry(output) : null
  const previous = reusable(entry, output) ? entry : null
  // A page without a language goes to Pagefind's default one, which only a full run knows.
  const partial = previous && changes && !changes.languages.has('') ? pagesToIndex(release, changes) : null
  if (!previous || !changes || !partial) {
    await rm(output, { recursive: true, force: true })
    await runPagefind(release, output)
    return { indexed: 'all' }
  }
  const fresh = `${output}.partial`
  await rm(fresh, { recursive: true, force: true })
  try {
    if (partial.length > 0) await runPagefind(release, fresh, partial)
    else await mkdir(fresh, { recursive: true })
    const made: Entry = (await readEntry(fresh)) ?? { ...previous, languages: {} }
    // Another Pagefind than the one that made the live index: its files cannot be mixed.
    if (made.version !== previous.version) {
      await rm(output, { recursive: true, force: true })
      await runPagefind(release, output)
      return { indexed: 'all' }
    }
    // Every page of a changed language was indexed again: what the run did not make is gone.
    const replaced = new Set([...changes.languages, ...Object.keys(made.languages)])
    for (const entry of await readdir(output, { recursive: true, withFileTypes: true })) {
      const file = path.relative(output, path.join(entry.parentPath, entry.name))
      if (entry.isFile() && belongsTo(file, replaced, previous)) await rm(path.join(output, file))
    }
    for (const entry of await readdir(fresh, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const file = path.relative(fresh, path.join(entry.parentPath, entry.name))
      await mkdir(path.dirname(path.join(output, file)), { recursive: true })
      await rename(path.join(fresh, file), path.join(output, file))
    }
    const languages = Object.fromEntries(
      Object.entries({ ...previous.languages, ...made.languages })
        .filter(([key]) => made.languages[key] || !replaced.has(key))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    )
    await writeFile(path.join(output, ENTRY), JSON.stringify({ ...previous, ...made, languages }))
    return { indexed: [...replaced].sort() }
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
}

/** Whether a file of the live index belongs to one of `languages` (and is replaced). */
function belongsTo(file: string, languages: Set<string>, entry: Entry): boolean {
  const [folder, name] = file.split(path.sep)
  if (!name) {
    const meta = /^pagefind\.(.+)\.pf_meta$/.exec(folder ?? '')
    if (meta) return [...languages].some((key) => entry.languages[key]?.hash === meta[1])
    // A stemmer only the replaced languages used (a new run writes it again if still needed).
    const wasm = /^wasm\.(.+)\.pagefind$/.exec(folder ?? '')
    if (!wasm || wasm[1] === 'unknown') return false
    const users = Object.entries(entry.languages).filter(([, language]) => language.wasm === wasm[1])
    return users.length > 0 && users.every(([key]) => languages.has(key))
  }
  return PER_LANGUAGE.includes(folder!) && [...languages].some((key) => name.startsWith(`${key}_`))
}

/**
 * The pages of the changed languages, or null when only a full run is right: Pagefind leaves out
 * pages without `data-pagefind-body` once any page has it, a rule over the whole site, so a
 * partial run takes only pages that have it and falls back to a full run when none do.
 */
function pagesToIndex(release: string, changes: SearchChanges): { file: string; content: string }[] | null {
  const pages: { file: string; content: string }[] = []
  let candidates = 0
  for (const [file, language] of changes.pages) {
    if (!changes.languages.has(language)) continue
    candidates++
    const content = readFileSync(path.join(release, file), 'utf8')
    if (content.includes('data-pagefind-body')) pages.push({ file, content })
  }
  return candidates > 0 && pages.length === 0 ? null : pages
}
