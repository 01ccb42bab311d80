/**
 * Builds the site once for the browser tests, the way production does: a CMS on a throwaway
 * database, seeded, plus fixtures the seed lacks (an untranslated article), then the real
 * export → astro build → search index pipeline into a temporary folder, served on localhost by
 * Debian's nginx with the configuration the build wrote into the release, as in production.
 * The CMS keeps answering its public API on another port (the safety check's sharing and Assist
 * requests): its address is the build's SITE_CMS_URL, the site's is its SITE_URL.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import type { TestProject } from 'vitest/node'

import { freePort, requireNginx, startNginx } from '../../scripts/test/nginx'
import { paragraph } from '../int/helpers/fixtures'
import { createAlerts } from './alertFixtures'
import { translatorEdits } from './readyFixtures'
import { addRegionalServices, closeAssistOnHolidays } from './serviceFixtures'

export const UNTRANSLATED_SLUG = 'only-in-japanese-for-now'
/** A published article whose slug an editor changed before the build: its old address redirects (redirects.e2e.test.ts). */
export const MOVED = { from: 'moving-to-a-new-address', to: 'now-at-a-new-address', title: '住所が変わった記事' }
/** A seeded article whose Japanese is changed after its translations were written (outdated notice). */
export const OUTDATED_SLUG = 'tax-and-pension-basics'
/** Events before this moment are past on the built site. */
export const SITE_NOW = '2026-11-21T12:00:00+09:00'
/** The public site's address the newsletters link to; the tests map it onto the built folder. */
export const NEWSLETTER_SITE_URL = 'https://portal.example.org'

export default async function setup(project: TestProject) {
  requireNginx() // before minutes of building
  const dir = mkdtempSync(path.join(tmpdir(), 'mirai-site-test-'))
  const [sitePort, cmsPort] = [await freePort(), await freePort()]
  Object.assign(process.env, {
    SITE_URL: `http://127.0.0.1:${sitePort}`,
    SITE_CMS_URL: `http://127.0.0.1:${cmsPort}`,
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
  const { serveCmsApi } = await import('@mirai/cms/api-server')
  const cms = await serveCmsApi(await config, cmsPort)
  const workplaces = await workplacesTakingAnswers(payload)
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
  // The Japanese source changes after the seed's translations: every translation is now older.
  const outdated = await payload.find({
    collection: 'articles',
    where: { slug: { equals: OUTDATED_SLUG } },
    locale: 'ja',
  })
  await payload.update({
    collection: 'articles',
    id: outdated.docs[0]!.id,
    locale: 'ja',
    data: { summary: `${outdated.docs[0]!.summary} 2026年の金額に更新しました。` } as never,
  })
  // Published, then renamed: the CMS records a redirect from the old address in every language.
  const moving = await payload.create({
    collection: 'articles',
    locale: 'ja',
    data: {
      title: MOVED.title,
      summary: 'この記事のアドレスは変わりました。',
      body: paragraph('古いアドレスからも読めます。'),
      slug: MOVED.from,
      category: 'daily-life',
      _status: 'published',
    } as never,
  })
  await payload.update({ collection: 'articles', id: moving.id, locale: 'ja', data: { slug: MOVED.to } as never })
  // An alert on at SITE_NOW, one already over and one to come (alerts.e2e.test.ts).
  await createAlerts(payload)
  // Two prefectural desks for the finder (help.e2e.test.ts).
  await addRegionalServices(payload)
  // Assist closed on public holidays ("open now" on a 祝日, safety.e2e.test.ts).
  await closeAssistOnHolidays(payload)
  // A translator's unready and ready Vietnamese (readyGate.e2e.test.ts).
  await translatorEdits(payload)
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
  // nginx's workers read as its unprivileged user; the folders inside are world-readable already.
  chmodSync(dir, 0o755)
  const nginx = await startNginx(result.dist, { port: sitePort })
  project.provide('baseURL', `http://127.0.0.1:${nginx.port}`)
  project.provide('cmsOrigin', cms.origin)
  project.provide('workplaces', workplaces)
  project.provide('distDir', result.dist)
  project.provide('pages', result.pages)
  project.provide('emails', emails)

  return async () => {
    await nginx.stop()
    await cms.stop()
    await payload.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The seeded business sites with their codes, and a period taking answers today: the seeded one
 * when it still does, else one made for today.
 */
async function workplacesTakingAnswers(payload: Payload): Promise<{ name: string; code: string }[]> {
  const { tokyoDay } = await import('@mirai/content-schemas/dates')
  const today = tokyoDay(new Date())
  const periods = await payload.find({ collection: 'safety-periods', pagination: false, overrideAccess: true })
  const open = periods.docs.filter((p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn))
  if (open.length === 0)
    await payload.create({
      collection: 'safety-periods',
      data: { label: 'e2e', startsOn: today, endsOn: today } as never,
      overrideAccess: true,
    })
  const { docs } = await payload.find({
    collection: 'business-sites',
    where: { active: { equals: true } },
    sort: 'name',
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((site) => ({ name: site.name, code: String(site.code) }))
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    distDir: string
    pages: number
    emails: { name: string; html: string; text: string }[]
    cmsOrigin: string
    workplaces: { name: string; code: string }[]
  }
}
