/**
 * Builds the site once for the browser tests, the way production does: a CMS on a throwaway
 * database, seeded, plus fixtures the seed lacks (an untranslated article), then the real
 * export → astro build → search index pipeline into a temporary folder, served on localhost by
 * Debian's nginx with the configuration the build wrote into the release, as in production.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { requireNginx, startNginx } from '../../scripts/test/nginx'
import { paragraph } from '../int/helpers/fixtures'

export const UNTRANSLATED_SLUG = 'only-in-japanese-for-now'
/** Events before this moment are past on the built site. */
export const SITE_NOW = '2026-11-21T12:00:00+09:00'
/** The public site's address the newsletters link to; the tests map it onto the built folder. */
export const NEWSLETTER_SITE_URL = 'https://portal.example.org'

export default async function setup(project: TestProject) {
  requireNginx() // before minutes of building
  const dir = mkdtempSync(path.join(tmpdir(), 'mirai-site-test-'))
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    CMS_DATA_DIR: path.join(dir, 'cms'),
    PAYLOAD_SECRET: 'e2e-secret',
    PAYLOAD_LOG_LEVEL: 'error',
    SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    SITE_DIST: path.join(dir, 'dist'),
    SITE_NOW,
  })
  const [{ getPayload }, { default: config }, { seed }, { buildSite }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
    import('@mirai/scripts/build-site'),
  ])
  const payload = await getPayload({ config })
  await seed(payload)
  await payload.create({
    collection: 'articles',
    locale: 'ja',
    data: {
      title: 'まだ日本語だけの記事',
      summary: 'この記事はまだ翻訳されていません。',
      body: paragraph('この記事は日本語だけです。'),
      slug: UNTRANSLATED_SLUG,
      category: 'daily-life',
      _status: 'published',
    } as never,
  })
  const result = await buildSite({ payload })
  // The seeded newsletters in every edition, linking to this build (served as the site URL below).
  const { newsletterSettings, renderIssue } = await import('@mirai/cms/newsletter')
  const settings = { ...(await newsletterSettings(payload)), siteUrl: NEWSLETTER_SITE_URL }
  const emails: { name: string; html: string; text: string }[] = []
  for (const [ref, langs] of [
    ['30', ['ja', 'en', 'vi', 'id']],
    ['101', ['ja', 'en', 'vi']],
  ] as const) {
    for (const lang of langs) {
      const { html, text } = await renderIssue(payload, ref, lang, settings)
      emails.push({ name: `${ref}-${lang}`, html, text })
    }
  }
  await payload.destroy()
  // nginx's workers read as its unprivileged user; the folders inside are world-readable already.
  chmodSync(dir, 0o755)
  const nginx = await startNginx(result.dist)
  project.provide('baseURL', `http://127.0.0.1:${nginx.port}`)
  project.provide('distDir', result.dist)
  project.provide('pages', result.pages)
  project.provide('emails', emails)

  return async () => {
    await nginx.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    distDir: string
    pages: number
    emails: { name: string; html: string; text: string }[]
  }
}
