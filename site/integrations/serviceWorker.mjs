/**
 * Offline reading: writes /sw.js at the end of the build. The worker
 * - answers page requests from the network first, so an online reader never gets a stale page,
 *   and keeps a copy of every page read; offline, it serves that copy with a note saying when it
 *   was saved, or a short page saying this one was not saved;
 * - on a reader's first visit to a language, saves that language's home and safety check (which
 *   lists where to get help) and the files they need — the precache, a few hundred KB;
 * - caches nothing from other hosts (the site loads nothing from them anyway).
 * The note texts come from the site's interface strings (built as /sw-strings.json).
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Files under _astro/ the precache leaves out: fonts are cached when a page first uses them. */
const NOT_PRECACHED = /\.(woff2?|ttf|otf)$/

export default function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir)
        const assets = (await readdir(path.join(outDir, '_astro'))).filter((f) => !NOT_PRECACHED.test(f)).map((f) => `/_astro/${f}`)
        const hash = createHash('sha1')
        for (const asset of assets) hash.update(asset)
        const notes = JSON.parse(await readFile(path.join(outDir, 'sw-strings.json'), 'utf8'))
        hash.update(JSON.stringify(notes))
        const version = hash.digest('hex').slice(0, 12)
        const source = (await readFile(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8'))
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__ASSETS__', JSON.stringify(assets))
          .replace('__NOTES__', JSON.stringify(notes))
        await writeFile(path.join(outDir, 'sw.js'), source)
        const sizes = await Promise.all(assets.map(async (a) => (await stat(path.join(outDir, a))).size))
        console.log(`service worker ${version}: ${assets.length} asset(s), ${Math.round(sizes.reduce((a, b) => a + b, 0) / 1024)} KB precached with each language's pages`)
      },
    },
  }
}
