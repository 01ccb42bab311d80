/**
 * The content the benchmarks build: the demo content plus N synthetic articles in all nine
 * languages (N = 1000 gives about 10,000 pages) on a fresh embedded database, or on the database
 * in BENCH_DB, generated once and reused on later runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { paragraphsDoc } from '@mirai/content-schemas/richtext'
import { ARTICLE_CATEGORIES } from '@mirai/content-schemas/taxonomies'
import type { Payload } from 'payload'

export const benchSlug = (i: number) => `bench-article-${i}`

export interface BenchContent {
  payload: Payload
  /** The first synthetic article, the one the benchmarks change. */
  firstId: string
  /** A temporary folder for the snapshot and the site, removed by `close`. */
  work: string
  close: () => Promise<void>
}

/** Reads the number of articles from argv[2] (or BENCH_ARTICLES), exiting on nonsense. */
export function articleCount(name: string, fallback = 1000): number {
  const n = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? fallback)
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name}: "${process.argv[2]}" is not a number of articles`)
    process.exit(1)
  }
  return n
}

// The generated types want lexical's node types; these are plain paragraphs.
const paragraph = (text: string) => paragraphsDoc(`${text} (1)`, `${text} (2)`, `${text} (3)`) as never

/** Sets the environment (before the CMS's config is loaded) and opens the content. */
export async function openBenchContent(n: number, name: string): Promise<BenchContent> {
  const work = mkdtempSync(path.join(tmpdir(), 'mirai-bench-'))
  const database = process.env.BENCH_DB ? path.resolve(process.env.BENCH_DB) : path.join(work, 'bench.db')
  const reuse = existsSync(database)
  const dataDir = path.join(path.dirname(database), 'cms-data')
  Object.assign(process.env, {
    DATABASE_URI: `file:${database}`,
    CMS_DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'bench',
    PAYLOAD_LOG_LEVEL: 'error',
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    SITE_DIST: path.join(work, 'dist'),
  })
  const [{ getPayload }, { default: config }, { seed }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
  ])
  const payload = await getPayload({ config })
  const close = async () => {
    await payload.destroy()
    rmSync(work, { recursive: true, force: true })
    if (!process.env.BENCH_DB) rmSync(dataDir, { recursive: true, force: true })
  }
  if (reuse) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: benchSlug(0) } },
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`${database} has no benchmark articles; remove it to generate them`)
    console.log(`${name}: reusing the articles in ${database}`)
    return { payload, firstId: String(docs[0].id), work, close }
  }
  console.log(`${name}: seeding the demo content and generating ${n} articles × ${LOCALE_CODES.length} languages…`)
  await seed(payload)
  let firstId = ''
  for (let i = 0; i < n; i++) {
    const doc = await payload.create({
      collection: 'articles',
      locale: 'ja',
      data: {
        title: `ベンチマーク記事 ${i}`,
        summary: `要約 ${i}`,
        body: paragraph(`本文 ${i}`),
        slug: benchSlug(i),
        category: ARTICLE_CATEGORIES[i % ARTICLE_CATEGORIES.length]!.value,
        _status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString(),
      },
      context: { disableRevalidate: true },
    })
    if (i === 0) firstId = String(doc.id)
    for (const locale of LOCALE_CODES.filter((l) => l !== 'ja')) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        locale,
        data: {
          title: `Benchmark article ${i} (${locale})`,
          summary: `Summary ${i}`,
          body: paragraph(`Body ${i} ${locale}`),
        },
        context: { disableRevalidate: true },
      })
    }
    if ((i + 1) % 100 === 0) console.log(`${name}: ${i + 1}/${n} articles`)
  }
  return { payload, firstId, work, close }
}
