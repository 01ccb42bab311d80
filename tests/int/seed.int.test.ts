import type { Where } from 'payload'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
  (
    await cms.payload.find({
      collection: collection as 'articles',
      limit: 1000,
      depth: 0,
      pagination: false,
      locale: 'all' as never,
    })
  ).docs as any[]

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

  it('shows translators an honest queue: nothing outdated, organisation pages in en and ja only', async () => {
    const { translationOverview } = await import('@mirai/cms/translation')
    const rows = await translationOverview(cms.payload)
    expect(rows.length).toBeGreaterThan(20)
    const outdated = rows.flatMap((row) =>
      Object.entries(row.cells)
        .filter(([, cell]) => cell === 'outdated')
        .map(([lang]) => `${row.collection} ${row.title} ${lang}`),
    )
    expect(outdated).toEqual([])
    // What is missing is what the demo content really lacks: the text in that language.
    for (const row of rows) {
      const doc = (await all(row.collection)).find((d) => String(d.id) === row.id)
      for (const [lang, cell] of Object.entries(row.cells)) {
        if (cell === 'missing') expect(doc.title?.[lang], `${row.collection} ${row.title} ${lang}`).toBeFalsy()
      }
    }
    for (const row of rows.filter((r) => r.collection === 'pages')) {
      expect(row.source).toBe('en')
      expect(row.cells.en).toBe('source')
      expect(row.cells.ja).toBe('current')
      for (const lang of LOCALE_CODES.filter((l) => l !== 'en' && l !== 'ja')) expect(row.cells[lang]).toBe('none')
    }
  })

  it('uses furigana in some Japanese articles, and only in Japanese', async () => {
    const articles = await all('articles')
    const withRuby = articles.filter((a) => containsRuby(a.body.ja.root))
    expect(withRuby.length).toBeGreaterThanOrEqual(3)
    for (const a of articles) {
      for (const locale of LOCALE_CODES.filter((l) => l !== 'ja'))
        expect(containsRuby(a.body[locale].root), `${a.slug} ${locale}`).toBe(false)
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
    const { buildSnapshot } = await import('@mirai/cms/snapshot')
    const schemas = await import('@mirai/content-schemas/schemas')
    const { snapshot } = await buildSnapshot(cms.payload)
    const check = schemas.safetyCheck.parse(snapshot.safetyCheck)
    expect(check.sections.map((s) => s.key)).toEqual(['work', 'daily-life'])
    const questions = check.sections.flatMap((s) => s.questions)
    expect(questions.map((q) => q.key)).toEqual([
      'overtime-over-45-hours',
      'wages-not-paid',
      'paid-leave-restricted',
      'documents-kept-by-others',
      'consultation-forbidden',
      'union-forbidden',
      'violence',
      'harassment',
      'pregnancy-dismissal',
      'internet-forbidden',
      'no-days-off',
    ])
    for (const q of questions) {
      expect(Object.keys(q.translations).sort(), q.key).toEqual([...LOCALE_CODES].sort())
      expect(q.explanations.length, q.key).toBeGreaterThan(0)
    }
    expect(containsRuby(questions[3]!.translations.ja!.text.root)).toBe(true)
    // Every other consultation service is named in every language too.
    const settings = schemas.siteSettings.parse(snapshot.siteSettings)
    for (const service of settings.otherServices)
      expect(Object.keys(service.translations).sort()).toEqual([...LOCALE_CODES].sort())
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
    const orgs = new Set(
      reports.body.docs.filter((r: any) => r.visibility !== 'members-only').map((r: any) => r.organisation.slug),
    )
    expect([...orgs]).toEqual([member.organisation])
  })

  it('has demo answers: figures with a trend for a period that has ended, and a site too small to show', async () => {
    const { DEMO_ACCOUNTS, demoPassword } = await import('@mirai/cms/seed/demo-accounts')
    const rest = restClient(cms.config)
    const period = (await all('safety-periods')).find((p) => p.label.startsWith('2026年度 上期'))
    const feedback = async (token: string, siteName: string) => {
      const sites = (await rest.request('GET', 'business-sites?depth=0&limit=100', { token })).body.docs
      const site = sites.find((s: any) => s.name === siteName)
      expect(site, siteName).toBeTruthy()
      const res = await rest.request('GET', `business-sites/${site.id}/feedback?period=${period.id}`, { token })
      expect(res.status, siteName).toBe(200)
      return res.body
    }
    const company = await rest.login(DEMO_ACCOUNTS.find((a) => a.role === 'company')!.email, demoPassword())
    const main = await feedback(company, 'デモ精工 本社工場')
    expect(main.figures.enough).toBe(true)
    expect(main.figures.respondents).toBe(12)
    const yes = main.figures.questions.map((q: any) => q.yes)
    expect(yes.every((n: unknown) => typeof n === 'number')).toBe(true)
    expect(new Set(yes).size).toBeGreaterThanOrEqual(3)
    expect(main.previous.figures.enough).toBe(true)
    expect(main.previous.figures.respondents).toBe(9)
    expect(main.previous.figures.questions).not.toEqual(main.figures.questions)
    const small = await feedback(company, 'デモ精工 可児工場')
    expect(small.figures).toEqual({ enough: false, respondents: null, questions: null })
    expect(JSON.stringify(small)).not.toMatch(/"(yes|answered)":\d/)
    // The other participant's sites show figures to the secretariat, never to this company.
    const editor = await rest.login(DEMO_ACCOUNTS.find((a) => a.role === 'editor')!.email, demoPassword())
    for (const name of ['デモ食品 熊本工場', 'デモ食品 佐賀センター'])
      expect((await feedback(editor, name)).figures.enough, name).toBe(true)
    const companySites = (await rest.request('GET', 'business-sites?depth=0&limit=100', { token: company })).body.docs
    expect(companySites.map((s: any) => s.name).sort()).toEqual(['デモ精工 可児工場', 'デモ精工 本社工場'])
  })

  it('is idempotent: seeding again changes no counts', async () => {
    const before = Object.fromEntries(
      await Promise.all(
        [
          'articles',
          'videos',
          'events',
          'good-practices',
          'countries',
          'pages',
          'media',
          'users',
          'activity-reports',
          'tags',
          'business-sites',
          'safety-periods',
          'safety-answers',
        ].map(async (c) => [c, (await all(c)).length]),
      ),
    )
    const { seed } = await import('@mirai/cms/seed')
    const { counts } = await seed(cms.payload)
    expect(counts).toEqual(firstCounts)
    const after = Object.fromEntries(
      await Promise.all(Object.keys(before).map(async (c) => [c, (await all(c)).length])),
    )
    expect(after).toEqual(before)
  }, 300_000)
})

describe('hardening 9: seeding again keeps people’s work', () => {
  const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')
  const cli = (...args: string[]) =>
    spawnSync(path.join(cmsDir, 'node_modules/.bin/tsx'), ['src/seed/cli.ts', ...args], {
      cwd: cmsDir,
      env: { ...process.env, PAYLOAD_LOG_LEVEL: 'error' },
      encoding: 'utf8',
    })
  const one = async (collection: string, where: Record<string, unknown>) =>
    (
      await cms.payload.find({
        collection: collection as 'articles',
        where: where as never,
        depth: 0,
        limit: 1,
        draft: true,
      })
    ).docs[0] as any
  let edited: any
  let unpublished: any

  it('a second run changes nothing people changed, and re-creates nothing they deleted', async () => {
    const { DEMO_ACCOUNTS, demoPassword } = await import('@mirai/cms/seed/demo-accounts')
    const [first, second] = (await all('articles')).slice(0, 2)
    edited = first
    unpublished = second
    await cms.payload.update({
      collection: 'articles',
      id: first.id,
      locale: 'ja',
      data: { title: '編集者が直した題名' } as never,
    })
    await cms.payload.update({ collection: 'articles', id: second.id, data: { _status: 'draft' } as never })
    const tag = (await all('tags'))[0]
    await cms.payload.delete({ collection: 'tags', id: tag.id })
    await cms.payload.updateGlobal({
      slug: 'navigation',
      locale: 'vi',
      data: { items: [{ label: 'Chỉ một mục', type: 'section', section: 'articles' }] } as never,
    })
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { organisation: { email: 'office@example.org' } } as never,
    })
    await cms.payload.updateGlobal({
      slug: 'reporting-periods',
      data: { periods: [{ kind: 'annual-plan', fiscalYear: 2030, deadline: '2030-05-31T14:59:59.000Z' }] } as never,
    })
    const editorAccount = DEMO_ACCOUNTS.find((a) => a.role === 'editor')!
    const memberAccount = DEMO_ACCOUNTS.find((a) => a.role === 'member')!
    const editor = await one('users', { email: { equals: editorAccount.email } })
    await cms.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'translator', languages: ['vi'] } as never,
    })
    const member = await one('users', { email: { equals: memberAccount.email } })
    await cms.payload.delete({ collection: 'users', id: member.id })
    // The retention job deletes a period's raw answers (straight from the database, as it does).
    const answer = (await all('safety-answers'))[0]
    const ofSet: Where = { and: [{ site: { equals: answer.site } }, { period: { equals: answer.period } }] }
    await cms.payload.db.deleteMany({ collection: 'safety-answers', where: ofSet })

    const { seed } = await import('@mirai/cms/seed')
    const { created } = await seed(cms.payload)
    expect(created).toEqual([])
    expect((await cms.payload.count({ collection: 'safety-answers', where: ofSet })).totalDocs).toBe(0)
    expect((await all('safety-answers')).length).toBeGreaterThan(0)

    expect(((await cms.payload.findByID({ collection: 'articles', id: first.id, locale: 'ja' })) as any).title).toBe(
      '編集者が直した題名',
    )
    expect(((await cms.payload.findByID({ collection: 'articles', id: second.id })) as any)._status).toBe('draft')
    expect(await one('tags', { slug: { equals: tag.slug } })).toBeUndefined()
    expect(
      ((await cms.payload.findGlobal({ slug: 'navigation', locale: 'vi' })) as any).items.map((i: any) => i.label),
    ).toEqual(['Chỉ một mục'])
    expect(((await cms.payload.findGlobal({ slug: 'site-settings' })) as any).organisation.email).toBe(
      'office@example.org',
    )
    expect(
      ((await cms.payload.findGlobal({ slug: 'reporting-periods' })) as any).periods.map((p: any) => p.fiscalYear),
    ).toEqual([2030])
    expect((await one('users', { email: { equals: editorAccount.email } })).role).toBe('translator')
    expect(await one('users', { email: { equals: memberAccount.email } })).toBeUndefined()
    const rest = restClient(cms.config)
    await expect(rest.login(memberAccount.email, demoPassword())).rejects.toThrow(/login as .* failed/)
  }, 300_000)

  it('a database seeded before the seed kept a ledger gets nothing re-created either', async () => {
    const { DEMO_ACCOUNTS } = await import('@mirai/cms/seed/demo-accounts')
    await cms.payload.updateGlobal({ slug: 'seed-ledger' as never, data: { keys: null } as never })
    const { seed } = await import('@mirai/cms/seed')
    expect((await seed(cms.payload)).created).toEqual([])
    expect(
      await one('users', { email: { equals: DEMO_ACCOUNTS.find((a) => a.role === 'member')!.email } }),
    ).toBeUndefined()
    expect(((await cms.payload.findGlobal({ slug: 'seed-ledger' as never })) as any).keys.length).toBeGreaterThan(50)
  }, 300_000)

  it('--reset says what it would erase and changes nothing; --reset --yes starts the demo over', async () => {
    const dry = cli('--reset')
    expect(dry.status).toBe(1)
    expect(dry.stdout).toMatch(/--reset would erase, from the (embedded|MongoDB) database:/)
    expect(dry.stdout).toMatch(/^ {2}articles: \d+ document\(s\)$/m)
    expect(dry.stdout).toMatch(/^ {2}media: \d+ document\(s\) and their files$/m)
    expect(dry.stdout).toMatch(/^ {2}users: \d+ document\(s\)$/m)
    expect(dry.stdout).toContain('Nothing was changed; run "pnpm seed --reset --yes" to do it.')
    expect(((await cms.payload.findByID({ collection: 'articles', id: edited.id, locale: 'ja' })) as any).title).toBe(
      '編集者が直した題名',
    )

    const wet = cli('--reset', '--yes')
    expect(wet.status, wet.stderr).toBe(0)
    const { DEMO_ACCOUNTS } = await import('@mirai/cms/seed/demo-accounts')
    expect(
      await one('users', { email: { equals: DEMO_ACCOUNTS.find((a) => a.role === 'member')!.email } }),
    ).toBeTruthy()
    const again = await one('articles', { slug: { equals: edited.slug } })
    expect(again.title).not.toBe('編集者が直した題名')
    expect((await one('articles', { slug: { equals: unpublished.slug } }))._status).toBe('published')
    expect(((await cms.payload.findGlobal({ slug: 'reporting-periods' })) as any).periods.length).toBeGreaterThan(1)
  }, 300_000)
})
