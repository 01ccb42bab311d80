/**
 * `pnpm bench:sitemap [N]` (default 6000): the sitemap of a site past the protocol's limits (50,000 URLs or
 * 50 MB per file), where it turns into an index of parts. The demo content is exported from a
 * fresh embedded database; N copies of its articles, each in all nine languages, are then added
 * to the snapshot the export wrote (N × 9 article pages without N × 9 CMS writes, which take an
 * hour for 6,000), and the pipeline builds it as `pnpm build` does. Prints what /sitemap.xml of
 * the result holds and how long the build took; asserts nothing.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import { articleCount, openBenchContent } from './benchContent'
import { buildSite } from './build-site'
import { sitemapFigures } from './sitemapFigures'

// 6,000 × 9 languages is past 50,000 URLs.
const N = articleCount('bench:sitemap', 6000)

type Article = { id: string; slug: string; freshness?: unknown; translations: Record<string, unknown> }

/** The snapshot in `dir` with `n` more articles, copies of its own in every language. */
function addArticles(dir: string, n: number) {
  const file = path.join(dir, 'content.json')
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { articles: Article[] }
  const originals = snapshot.articles
  for (let i = 0; i < n; i++) {
    const { freshness: _, ...original } = originals[i % originals.length]!
    const text = original.translations.en ?? Object.values(original.translations)[0]
    snapshot.articles.push({
      ...original,
      id: randomUUID(),
      slug: `bench-sitemap-${i}`,
      translations: Object.fromEntries(LOCALE_CODES.map((l) => [l, original.translations[l] ?? text])),
    })
  }
  writeFileSync(file, JSON.stringify(snapshot))
}

const { payload, work, close } = await openBenchContent(1, 'bench:sitemap')
let failed = false
try {
  const started = Date.now()
  const result = await buildSite({
    exporter: async (dir) => {
      const exported = await (await import('@mirai/cms/export')).exportContent(payload, dir)
      addArticles(dir, N)
      return exported
    },
    log: (line) => console.log(`bench:sitemap: ${line}`),
  })
  console.log('')
  console.log(`bench:sitemap results (demo content + ${N} articles × ${LOCALE_CODES.length} languages)`)
  console.log(`  pages built   ${result.pages} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`  sitemap       ${sitemapFigures(path.join(work, 'dist')).join('\n                ')}`)
} catch (error) {
  failed = true
  console.error(`bench:sitemap failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  // A failed run too leaves no 60,000 pages behind in the temporary folder.
  await close()
}
process.exit(failed ? 1 : 0)
