/**
 * Offline reading: writes /sw.js at the end of the build. The worker
 * - answers page requests from the network first, so an online reader never gets a stale page,
 *   and keeps a copy of every page read; offline, it serves that copy with a note saying when it
 *   was saved, or a short page saying this one was not saved;
 * - on a reader's first visit to a language, saves that language's home and safety check (which
 *   lists where to get help) and the files they need — the precache, a few hundred KB;
 * - keeps at most 50 saved pages (oldest first), keeps the bundles saved pages need when a new
 *   build replaces them, and drops saved copies of pages recent builds removed (unpublished or
 *   deleted documents) — listed in /sw-removed.json, carried from release to release;
 * - keeps the latest /alerts.json and shows it on a saved page in place of the alerts saved with
 *   it, with the time it was fetched when it cannot be fetched now;
 * - follows the site's redirects (/sw-redirects.json): offline, an old address opens the saved new
 *   page, and a copy saved under an old address is dropped, never served as if the page lived there;
 * - caches nothing from other hosts (the site loads nothing from them anyway).
 * The note texts and the Japan-time date options come from the shared i18n and dates modules
 * (built as /sw-strings.json).
 */
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Files under _astro/ the precache leaves out: fonts are cached when a page first uses them. */
const NOT_PRECACHED = /\.(woff2?|ttf|otf)$/
/** How many removed pages the worker is told about (the newest removals). */
const REMEMBERED_REMOVALS = 300
const REMOVED_FILE = 'sw-removed.json'

/** The page paths of a built site: every folder with an index.html. */
async function pagePaths(outDir) {
  // One synchronous walk: much faster than the asynchronous one over ten thousand folders.
  let entries = []
  try {
    entries = readdirSync(outDir, { recursive: true })
  } catch {
    // no site yet
  }
  return new Set(
    entries
      .filter(
        (f) =>
          (f === 'index.html' || f.endsWith(`${path.sep}index.html`)) &&
          !f.startsWith(`_astro${path.sep}`) &&
          !f.startsWith(`pagefind${path.sep}`),
      )
      .map((f) => `/${path.dirname(f) === '.' ? '' : `${path.dirname(f).split(path.sep).join('/')}/`}`),
  )
}

export default function serviceWorker() {
  let outDir = ''
  let before = new Set()
  let history = []
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
      },
      // The build folder holds the live site (the pipeline recycles it): what it has now, and the
      // removals recorded by earlier builds, before this build changes anything.
      'astro:build:start': async () => {
        before = await pagePaths(outDir)
        history = JSON.parse(await readFile(path.join(outDir, REMOVED_FILE), 'utf8').catch(() => '[]'))
      },
      'astro:build:done': async ({ dir }) => {
        outDir = fileURLToPath(dir)
        const after = await pagePaths(outDir)
        const now = new Date().toISOString()
        const removed = [...before].filter((p) => !after.has(p)).map((p) => ({ path: p, at: now }))
        history = [...removed, ...history.filter((r) => !after.has(r.path) && !removed.some((n) => n.path === r.path))]
          .sort((a, b) => b.at.localeCompare(a.at))
          .slice(0, REMEMBERED_REMOVALS)
        await writeFile(path.join(outDir, REMOVED_FILE), JSON.stringify(history))
        const assets = (await readdir(path.join(outDir, '_astro')))
          .filter((f) => !NOT_PRECACHED.test(f))
          .map((f) => `/_astro/${f}`)
        const hash = createHash('sha1')
        for (const asset of assets) hash.update(asset)
        const { notes, dateOptions, alerts } = JSON.parse(await readFile(path.join(outDir, 'sw-strings.json'), 'utf8'))
        hash.update(JSON.stringify({ notes, dateOptions, alerts }))
        const redirects = JSON.parse(await readFile(path.join(outDir, 'sw-redirects.json'), 'utf8'))
        hash.update(JSON.stringify(redirects))
        const version = hash.digest('hex').slice(0, 12)
        const source = (await readFile(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8'))
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__ASSETS__', JSON.stringify(assets))
          .replace('__NOTES__', JSON.stringify(notes))
          .replace('__DATE_OPTIONS__', JSON.stringify(dateOptions))
          .replace('__ALERTS__', JSON.stringify(alerts))
          .replace('__REMOVED__', JSON.stringify(history.map((r) => r.path)))
          .replace('__REDIRECTS__', JSON.stringify(redirects))
        await writeFile(path.join(outDir, 'sw.js'), source)
        const sizes = await Promise.all(assets.map(async (a) => (await stat(path.join(outDir, a))).size))
        console.log(
          `service worker ${version}: ${assets.length} asset(s), ${Math.round(sizes.reduce((a, b) => a + b, 0) / 1024)} KB precached with each language's pages; ${history.length} removed page(s) to drop from saved copies`,
        )
      },
    },
  }
}
