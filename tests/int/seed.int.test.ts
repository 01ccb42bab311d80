import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCms, type TestCms } from './helpers/payload'
import { restClient } from './helpers/rest'

let cms: TestCms
let firstCounts: Record<string, number>

beforeAll(async () => {
  cms = await startCms()
  const { seed } = await import('@mirai/cms/seed')
  firstCounts = (await seed(cms.payload)).counts
}, 300_000)
afterAll(async () => {
  await cms?.close()
})

const all = async (collection: string) =>
  (await cms.payload.find({ collection: collection as 'articles', limit: 1000, depth: 0, pagination: false, locale: 'all' as never })).docs as any[]

const containsRuby = (node: any): boolean =>
  node?.type === 'inlineBlock' && node.fields?.blockType === 'ruby' ? true : (node?.children ?? []).some(containsRuby)

describe('demo content', () => {
  it('has the amounts the organisation needs to show', async () => {
    expect((await all('articles')).length).toBeGreaterThanOrEqual(10)
    expect((await all('videos')).length).toBeGreaterThanOrEqual(4)
    expect((await all('events')).length).toBeGreaterThanOrEqual(12)
    const numbers = (await all('good-practices')).map((d) => d.number).sort((a, b) => a - b)
    expect(numbers).toEqual([13, 14, 15, 16, 17, 18, 19, 20])
    const countries = (await all('countries')).map((d) => d.country)
    expect(countries).toEqual(expect.arrayContaining(['vn', 'id', 'ph', 'mm', 'np']))
    const pageKinds = (await all('pages')).map((d) => d.kind)
    expect(pageKinds).toEqual(expect.arrayContaining(['about', 'code-of-conduct', 'structure', 'board', 'contact']))
  })

  it('translates every public item into all nine languages', async () => {
    for (const collection of ['articles', 'videos', 'events', 'good-practices', 'countries']) {
      for (const doc of await all(collection)) {
        for (const locale of LOCALE_CODES) {
          expect(doc.title?.[locale], `${collection} ${doc.slug} ${locale}`).toBeTruthy()
        }
        expect(doc._status, `${collection} ${doc.slug}`).toBe('published')
      }
    }
    for (const page of await all('pages')) {
      expect(page.title.en, page.slug).toBeTruthy()
      expect(page.title.ja, page.slug).toBeTruthy()
    }
  })

  it('uses furigana in some Japanese articles, and only in Japanese', async () => {
    const articles = await all('articles')
    const withRuby = articles.filter((a) => containsRuby(a.body.ja.root))
    expect(withRuby.length).toBeGreaterThanOrEqual(3)
    for (const a of articles) {
      for (const locale of LOCALE_CODES.filter((l) => l !== 'ja')) expect(containsRuby(a.body[locale].root), `${a.slug} ${locale}`).toBe(false)
    }
  })

  it('states the membership figures of the annual report (689 members at the end of 2023)', async () => {
    const structure = (await all('pages')).find((p) => p.kind === 'structure')
    const figures = structure.sections.find((s: any) => s.blockType === 'figures')
    const total = figures.items.reduce((sum: number, item: any) => sum + item.value, 0)
    expect(total).toBe(689)
  })

  it('tells readers how to reach the consultation service', async () => {
    const settings: any = await cms.payload.findGlobal({ slug: 'site-settings', locale: 'my' })
    expect(settings.consultation.name).toBeTruthy()
    expect(settings.consultation.languages.length).toBeGreaterThan(1)
    expect(settings.consultation.hours.length).toBeGreaterThan(0)
    const nav: any = await cms.payload.findGlobal({ slug: 'navigation', locale: 'vi' })
    expect(nav.items.map((i: any) => i.label)).toContain('Bài viết')
  })

  it('has the safety self-check from the annual report, in nine languages, exported valid for the site', async () => {
    const { buildSnapshot } = await import('@mirai/scripts/snapshot')
    const schemas = await import('@mirai/content-schemas/schemas')
    const { snapshot } = await buildSnapshot(cms.payload)
    const check = schemas.safetyCheck.parse(snapshot.safetyCheck)
    expect(check.sections.map((s) => s.key)).toEqual(['work', 'daily-life'])
    const questions = check.sections.flatMap((s) => s.questions)
    expect(questions.map((q) => q.key)).toEqual([
      'overtime-over-45-hours', 'wages-not-paid', 'paid-leave-restricted', 'documents-kept-by-others', 'consultation-forbidden', 'union-forbidden',
      'violence', 'harassment', 'pregnancy-dismissal', 'internet-forbidden', 'no-days-off',
    ])
    for (const q of questions) {
      expect(Object.keys(q.translations).sort(), q.key).toEqual([...LOCALE_CODES].sort())
      expect(q.explanations.length, q.key).toBeGreaterThan(0)
    }
    expect(containsRuby(questions[3]!.translations.ja!.text.root)).toBe(true)
    // Every other consultation service is named in every language too.
    const settings = schemas.siteSettings.parse(snapshot.siteSettings)
    for (const service of settings.otherServices) expect(Object.keys(service.translations).sort()).toEqual([...LOCALE_CODES].sort())
  })

  it('gives every role a demo account that can sign in', async () => {
    const { DEMO_ACCOUNTS, demoPassword } = await import('@mirai/cms/seed/demo-accounts')
    const rest = restClient(cms.config)
    for (const account of DEMO_ACCOUNTS) {
      const token = await rest.login(account.email, demoPassword())
      const me = await rest.request('GET', 'users/me', { token })
      expect(me.body.user.role).toBe(account.role)
    }
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!
    const token = await rest.login(member.email, demoPassword())
    const reports = await rest.request('GET', 'activity-reports?depth=1&limit=100', { token })
    expect(reports.body.docs.length).toBeGreaterThan(0)
    const orgs = new Set(reports.body.docs.filter((r: any) => r.visibility !== 'members-only').map((r: any) => r.organisation.slug))
    expect([...orgs]).toEqual([member.organisation])
  })

  it('is idempotent: seeding again changes no counts', async () => {
    const before = Object.fromEntries(
      await Promise.all(['articles', 'videos', 'events', 'good-practices', 'countries', 'pages', 'media', 'users', 'activity-reports', 'tags'].map(async (c) => [c, (await all(c)).length])),
    )
    const { seed } = await import('@mirai/cms/seed')
    const { counts } = await seed(cms.payload)
    expect(counts).toEqual(firstCounts)
    const after = Object.fromEntries(await Promise.all(Object.keys(before).map(async (c) => [c, (await all(c)).length])))
    expect(after).toEqual(before)
  }, 300_000)
})
