import type { LocaleCode } from '@mirai/content-schemas/locales'
/**
 * JP-MIRAI Safety's settings and retention (issue 13): the secretariat's admins set the threshold,
 * the retention periods and Assist's address, editors only see them, nobody else at all; raw
 * answers go `answerRetentionDays` after their period's last day (Japan days), each site's tally
 * archived first so every figure stays the same; stopping between the steps loses nothing and
 * counts nothing twice; the daily job is scheduled at 03:00 in Japan and does both deletions.
 */
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { pruneSafetyAnswers, deletionDay } from '../../cms/src/safety/retention'
import { safetySettings } from '../../cms/src/safety/settings'
import { readTally, type Tally } from '../../cms/src/safety/tally'
import { nextRetentionRun, RETENTION_TASK } from '../../cms/src/safety/task'
import { as, paragraph } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']

type Who = keyof SignedIn['tokens']
const ROLES = ['admin', 'editor', 'translator', 'member', 'otherMember', 'company', 'otherCompany', 'assist'] as const
const DAY = 24 * 60 * 60_000
const year = new Date().getFullYear()

let sites: Record<'main' | 'small' | 'other' | 'fourSite', any>
let periods: Record<'early' | 'first' | 'second', any>

const answers = (passport: boolean, wages: boolean) => ({ 'passport-kept': passport, 'unpaid-wages': wages })
/** Answers of a period, stored as the submission endpoint stores them. */
async function answered(site: any, period: any, rows: [boolean, boolean][], language: LocaleCode = 'vi') {
  for (const [passport, wages] of rows)
    await cms.payload.create({
      collection: 'safety-answers',
      data: {
        site: site.id,
        period: period.id,
        language,
        answers: answers(passport, wages),
        day: period.startsOn.slice(0, 10),
        token: randomBytes(32).toString('hex'),
      },
    })
}
const rawCount = async (period: any, site?: any) =>
  (
    await cms.payload.count({
      collection: 'safety-answers',
      where: { and: [{ period: { equals: period.id } }, ...(site ? [{ site: { equals: site.id } }] : [])] },
      overrideAccess: true,
    })
  ).totalDocs
const tallies = async (period?: any) =>
  (
    await cms.payload.find({
      collection: 'safety-tallies',
      where: period ? { period: { equals: period.id } } : {},
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as any[]
const feedback = (who: Who, site: any, period: any) =>
  rest.request('GET', `business-sites/${site.id}/feedback?period=${period.id}`, { token: tokens[who] })
/** Every figure anyone can see of the test's sites and periods, as they would see it. */
async function everyFigure() {
  const seen: Record<string, unknown> = {}
  for (const who of ['admin', 'editor', 'company', 'otherCompany'] as const)
    for (const [s, site] of Object.entries(sites))
      for (const [p, period] of Object.entries(periods)) {
        const res = await feedback(who, site, period)
        seen[`${who} ${s} ${p}`] = [res.status, res.body]
      }
  return seen
}
/** The first moment of a Japan day ('YYYY-MM-DD'). */
const japanMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`)

beforeAll(async () => {
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
  await cms.payload.updateGlobal({
    slug: 'safety-check',
    locale: 'ja',
    data: {
      sections: [
        {
          key: 'work',
          title: '仕事',
          questions: [
            { key: 'passport-kept', severity: 'serious', text: paragraph('パスポートを預けていますか') },
            { key: 'unpaid-wages', severity: 'check', text: paragraph('給料が払われていますか') },
          ],
        },
      ],
    } as never,
  })
  const site = (name: string, participant: string) =>
    cms.payload.create({ collection: 'business-sites', data: { name, prefecture: 'gifu', participant } })
  sites = {
    main: await site('本社工場', people.orgA.id),
    small: await site('小さな工場', people.orgA.id),
    other: await site('富士工場', people.orgB.id),
    fourSite: await site('四人の工場', people.orgA.id),
  }
  const period = (label: string, startsOn: string, endsOn: string) =>
    cms.payload.create({ collection: 'safety-periods', data: { label, startsOn, endsOn } })
  periods = {
    early: await period('初回', `${year - 6}-01-01`, `${year - 6}-12-31`),
    first: await period('前期', `${year - 4}-01-01`, `${year - 4}-06-30`),
    second: await period('後期', `${year - 4}-07-01`, `${year - 4}-12-31`),
  }
  await answered(sites.main, periods.first, [
    [true, true],
    [true, false],
    [false, true],
    [false, true],
    [true, true],
    [false, false],
  ])
  await answered(
    sites.main,
    periods.second,
    [
      [true, true],
      [false, false],
      [false, true],
      [false, false],
      [true, false],
    ],
    'my',
  )
  await answered(sites.small, periods.first, [
    [true, true],
    [true, false],
  ])
  await answered(sites.other, periods.first, [
    [true, true],
    [true, true],
    [false, true],
    [false, true],
    [true, false],
  ])
  await answered(sites.fourSite, periods.second, [
    [true, true],
    [false, true],
    [false, true],
    [true, false],
  ])
  await answered(sites.main, periods.early, [
    [true, true],
    [true, false],
    [false, true],
  ])
}, 120_000)
afterAll(async () => cms?.close())

describe('Safety settings', () => {
  const post = (who: Who | undefined, body: unknown) =>
    rest.request('POST', 'globals/safety-settings', { token: who && tokens[who], body })

  it('have their defaults until an admin saves them', async () => {
    expect(await safetySettings(cms.payload)).toEqual({
      threshold: 5,
      answerRetentionDays: 180,
      requestRetentionDays: 90,
      assistEmail: null,
    })
    const read = await rest.request('GET', 'globals/safety-settings', { token: tokens.editor })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ threshold: 5, answerRetentionDays: 180, requestRetentionDays: 90 })
  })

  it('take SAFETY_THRESHOLD as the threshold until an admin sets one, never below 3', async () => {
    const before = process.env.SAFETY_THRESHOLD
    try {
      process.env.SAFETY_THRESHOLD = '8'
      expect((await safetySettings(cms.payload)).threshold).toBe(8)
      process.env.SAFETY_THRESHOLD = '1'
      expect((await safetySettings(cms.payload)).threshold).toBe(3)
      process.env.SAFETY_THRESHOLD = 'five'
      expect((await safetySettings(cms.payload)).threshold).toBe(5)
    } finally {
      if (before === undefined) delete process.env.SAFETY_THRESHOLD
      else process.env.SAFETY_THRESHOLD = before
    }
  })

  it('refuse a threshold below 3, and every other bad value, with a clear error and no change', async () => {
    const good = { threshold: 5, answerRetentionDays: 180, requestRetentionDays: 90 }
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ threshold: 2 }, 'threshold', /cannot be lower than 3.*who answered what/],
      [{ threshold: 0 }, 'threshold', /cannot be lower than 3/],
      [{ threshold: -5 }, 'threshold', /cannot be lower than 3/],
      [{ threshold: 4.5 }, 'threshold', /whole number from 3 to 1000/],
      [{ threshold: 1e9 }, 'threshold', /whole number from 3 to 1000/],
      [{ threshold: 'five' }, 'threshold', /.+/],
      [{ threshold: null }, 'threshold', /.+/],
      [{ answerRetentionDays: 0 }, 'answerRetentionDays', /at least one day/],
      [{ answerRetentionDays: -1 }, 'answerRetentionDays', /at least one day/],
      [{ answerRetentionDays: 1.5 }, 'answerRetentionDays', /whole number from 1 to 3650/],
      [{ answerRetentionDays: 100_000 }, 'answerRetentionDays', /whole number from 1 to 3650/],
      [{ requestRetentionDays: 0 }, 'requestRetentionDays', /at least one day/],
      [{ assistEmail: 'assist@example.org\r\nBcc: everyone@example.org' }, 'assistEmail', /not an email address/],
      [{ assistEmail: '<script>alert(1)</script>@example.org' }, 'assistEmail', /not an email address/],
      [{ assistEmail: 'a,b@example.org' }, 'assistEmail', /not an email address/],
      [{ assistEmail: `${'a'.repeat(300)}@example.org` }, 'assistEmail', /at most 254 characters/],
    ]
    for (const [change, path, message] of cases) {
      const res = await post('admin', { ...good, ...change })
      expect(res.status, JSON.stringify(change)).toBe(400)
      const error = res.body.errors?.[0]?.data?.errors?.find((e: any) => e.path === path)
      expect(error?.message, JSON.stringify(change)).toMatch(message)
    }
    const local = cms.payload.updateGlobal({
      slug: 'safety-settings',
      data: { threshold: 2 },
      ...as(people.admin),
    })
    const refused = await local.catch((error) => error)
    expect(refused.data?.errors?.[0]?.message).toMatch(/cannot be lower than 3/)
    expect(await safetySettings(cms.payload)).toMatchObject({
      threshold: 5,
      answerRetentionDays: 180,
      assistEmail: null,
    })
  })

  it('are changed by admins only, read by the secretariat only — REST, GraphQL and the Local API', async () => {
    const original = await cms.payload.findGlobal({ slug: 'safety-settings', overrideAccess: true })
    for (const who of [undefined, ...ROLES]) {
      const user = who ? people[who] : null
      const read = await rest.request('GET', 'globals/safety-settings', { token: who && tokens[who] })
      const gqlRead = await rest.graphql(
        '{ SafetySetting { threshold answerRetentionDays assistEmail } }',
        who && tokens[who],
      )
      const local = await cms.payload
        .findGlobal({ slug: 'safety-settings', user, overrideAccess: false })
        .then(() => true)
        .catch(() => false)
      const mayRead = who === 'admin' || who === 'editor'
      expect([read.status === 200, Boolean(gqlRead.body.data?.SafetySetting), local], who).toEqual([
        mayRead,
        mayRead,
        mayRead,
      ])
      if (!mayRead) expect(JSON.stringify(read.body), who).not.toContain('answerRetentionDays')

      const write = await post(who, { threshold: 3, assistEmail: 'forged@example.org' })
      const gqlWrite = await rest.graphql(
        `mutation { updateSafetySetting(data: { threshold: 3, answerRetentionDays: 1, requestRetentionDays: 1,
          assistEmail: "forged@example.org" }) { threshold } }`,
        who && tokens[who],
      )
      const localWrite = await cms.payload
        .updateGlobal({ slug: 'safety-settings', data: { threshold: 3 }, user, overrideAccess: false })
        .then(() => true)
        .catch(() => false)
      const mayWrite = who === 'admin'
      expect(
        [write.status === 200, Boolean(gqlWrite.body.data?.updateSafetySetting), localWrite],
        `${who} writes`,
      ).toEqual([mayWrite, mayWrite, mayWrite])
      // Put back what the admin's writes changed, so each role meets the same settings.
      await cms.payload.updateGlobal({
        slug: 'safety-settings',
        data: {
          threshold: original.threshold,
          answerRetentionDays: original.answerRetentionDays,
          requestRetentionDays: original.requestRetentionDays,
          assistEmail: null,
        },
      })
    }
    expect(await safetySettings(cms.payload)).toEqual({
      threshold: 5,
      answerRetentionDays: 180,
      requestRetentionDays: 90,
      assistEmail: null,
    })
  })

  it('decide the threshold of every figure the moment an admin saves it', async () => {
    // Four respondents: below the default, enough from a threshold of four.
    const close = async () => (await feedback('company', sites.fourSite, periods.second)).body.figures
    expect(await close()).toEqual({ enough: false, respondents: null, questions: null })
    const saved = await post('admin', { threshold: 4, assistEmail: 'assist@example.org' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await safetySettings(cms.payload)).toMatchObject({ threshold: 4, assistEmail: 'assist@example.org' })
    expect(await close()).toMatchObject({ enough: true, respondents: 4 })
    expect((await post('admin', { threshold: 5, assistEmail: '' })).status).toBe(200)
    expect(await safetySettings(cms.payload)).toMatchObject({ threshold: 5, assistEmail: null })
    expect(await close()).toEqual({ enough: false, respondents: null, questions: null })
  })
})

describe('retention of raw answers', () => {
  let figures: Record<string, unknown>
  let originals: Map<string, Tally>
  const firstGoes = () => japanMidnight(deletionDay(periods.first.endsOn, 180))
  const secondGoes = () => japanMidnight(deletionDay(periods.second.endsOn, 180))

  beforeAll(async () => {
    figures = await everyFigure()
    // The figures compared below are figures: each viewer gets those of the sites they may see.
    for (const [key, [status]] of Object.entries(figures) as [string, [number, unknown]][]) {
      const [who, site] = key.split(' ')
      const theirs = who === 'admin' || who === 'editor' || (who === 'company') === (site !== 'other')
      expect(status, key).toBe(theirs ? 200 : 404)
    }
    expect((figures['company main second'] as any)[1]).toMatchObject({
      figures: { enough: true, respondents: 5 },
      previous: { figures: { enough: true, respondents: 6 } },
    })
    expect((figures['otherCompany other first'] as any)[1].figures).toMatchObject({ enough: true, respondents: 5 })
    expect((figures['editor small first'] as any)[1].figures).toMatchObject({ enough: false })
    originals = new Map()
    for (const site of Object.values(sites))
      for (const period of Object.values(periods))
        originals.set(`${site.id}:${period.id}`, await readTally(cms.payload, String(site.id), String(period.id)))
  })
  const sameTallies = async () => {
    for (const site of Object.values(sites))
      for (const period of Object.values(periods))
        expect(
          await readTally(cms.payload, String(site.id), String(period.id)),
          `${site.name} ${period.label}`,
        ).toEqual(originals.get(`${site.id}:${period.id}`))
  }

  it('counts 180 days in Japan from the period’s last day', () => {
    // 30 June + 180 days = 27 December, however the last day was written.
    expect(deletionDay(periods.first.endsOn, 180)).toBe(`${year - 4}-12-27`)
    expect(deletionDay('2026-06-29T15:00:00.000Z', 180)).toBe('2026-12-27')
    expect(deletionDay('2026-06-30T00:00:00+09:00', 180)).toBe('2026-12-27')
    expect(deletionDay('2027-12-31T00:00:00.000Z', 1)).toBe('2028-01-01')
    expect(deletionDay('2028-02-28T00:00:00.000Z', 1)).toBe('2028-02-29')
  })

  it('deletes nothing before the day', async () => {
    const justBefore = new Date(firstGoes().getTime() - 1)
    expect(await pruneSafetyAnswers(cms.payload, justBefore)).toEqual({ periods: 1, archived: 1, deleted: 3 })
    // Only the early period (ended six years ago) was due; the others kept every answer.
    expect(await rawCount(periods.early)).toBe(0)
    expect(await rawCount(periods.first)).toBe(13)
    expect(await rawCount(periods.second)).toBe(9)
    expect((await tallies()).map((t) => t.period)).toEqual([periods.early.id])
    expect(await everyFigure()).toEqual(figures)
  })

  it('archives each site’s tally and deletes the answers on the day, every figure unchanged', async () => {
    const result = await pruneSafetyAnswers(cms.payload, firstGoes())
    expect(result).toEqual({ periods: 1, archived: 3, deleted: 13 })
    expect(await rawCount(periods.first)).toBe(0)
    // The second period is not due yet.
    expect(await rawCount(periods.second)).toBe(9)
    const archived = await tallies(periods.first)
    expect(archived.map((t) => t.site).sort()).toEqual([sites.main.id, sites.small.id, sites.other.id].sort())
    const main = archived.find((t) => t.site === sites.main.id)
    expect(main.tally).toEqual({
      respondents: 6,
      languages: { vi: 6 },
      questions: { 'passport-kept': { yes: 3, answered: 6 }, 'unpaid-wages': { yes: 4, answered: 6 } },
    })
    // Nothing of an answer is left in the archive: counts only.
    expect(Object.keys(main).sort()).toEqual(['id', 'period', 'site', 'tally'])
    expect(await everyFigure()).toEqual(figures)
    await sameTallies()
  })

  it('does nothing more when run again', async () => {
    const before = await tallies()
    expect(await pruneSafetyAnswers(cms.payload, firstGoes())).toEqual({ periods: 0, archived: 0, deleted: 0 })
    expect(await tallies()).toEqual(before)
    expect(await everyFigure()).toEqual(figures)
  })

  it('loses nothing when stopped before a tally is stored', async () => {
    const create = cms.payload.create.bind(cms.payload)
    const spy = vi
      .spyOn(cms.payload, 'create')
      .mockImplementation(((args: any) =>
        args.collection === 'safety-tallies' ? Promise.reject(new Error('power cut')) : create(args)) as never)
    try {
      await expect(pruneSafetyAnswers(cms.payload, secondGoes())).rejects.toThrow('power cut')
    } finally {
      spy.mockRestore()
    }
    expect(await tallies(periods.second)).toEqual([])
    expect(await rawCount(periods.second)).toBe(9)
    expect(await everyFigure()).toEqual(figures)
  })

  it('counts nothing twice when stopped between storing the tally and deleting the answers', async () => {
    const deleteMany = cms.payload.db.deleteMany.bind(cms.payload.db)
    const spy = vi
      .spyOn(cms.payload.db, 'deleteMany')
      .mockImplementation(((args: any) =>
        args.collection === 'safety-answers' ? Promise.reject(new Error('power cut')) : deleteMany(args)) as never)
    try {
      await expect(pruneSafetyAnswers(cms.payload, secondGoes())).rejects.toThrow('power cut')
    } finally {
      spy.mockRestore()
    }
    // The first site's tally is stored and its answers are still there: both at once.
    expect(await tallies(periods.second)).toHaveLength(1)
    expect(await rawCount(periods.second)).toBe(9)
    expect(await everyFigure()).toEqual(figures)
    await sameTallies()

    expect(await pruneSafetyAnswers(cms.payload, secondGoes())).toEqual({ periods: 1, archived: 1, deleted: 9 })
    expect(await rawCount(periods.second)).toBe(0)
    const archived = await tallies(periods.second)
    expect(archived.map((t) => t.site).sort()).toEqual([sites.main.id, sites.fourSite.id].sort())
    expect(archived.find((t) => t.site === sites.main.id).tally.respondents).toBe(5)
    expect(await everyFigure()).toEqual(figures)
    await sameTallies()
  })

  it('archives a site once when two runs meet', async () => {
    const late = await cms.payload.create({
      collection: 'business-sites',
      data: { name: '遅い工場', prefecture: 'gifu', participant: people.orgA.id },
    })
    const twice = await cms.payload.create({
      collection: 'safety-periods',
      data: { label: '重複', startsOn: `${year - 8}-01-01`, endsOn: `${year - 8}-12-31` },
    })
    await answered(late, twice, [
      [true, true],
      [false, true],
      [false, false],
      [true, true],
      [true, false],
    ])
    const expected = await readTally(cms.payload, String(late.id), String(twice.id))
    await Promise.all([pruneSafetyAnswers(cms.payload), pruneSafetyAnswers(cms.payload)])
    expect(await rawCount(twice)).toBe(0)
    const archived = await tallies(twice)
    expect(archived).toHaveLength(1)
    expect(archived[0].tally).toEqual(expected)
    await cms.payload.delete({ collection: 'safety-periods', id: twice.id })
    await cms.payload.delete({ collection: 'business-sites', id: late.id })
  })

  it('keeps the tallies as closed as the answers: no role reads or writes them through any API', async () => {
    const tally = (await tallies())[0]
    for (const who of [undefined, ...ROLES]) {
      const token = who && tokens[who]
      const list = await rest.request('GET', 'safety-tallies', { token })
      expect(list.status, who).not.toBe(200)
      expect(list.body.docs ?? [], who).toEqual([])
      expect((await rest.request('GET', `safety-tallies/${tally.id}`, { token })).status, who).not.toBe(200)
      const gql = await rest.graphql('{ SafetyTallies { docs { tally site { id } } } }', token)
      expect(gql.body.data?.SafetyTallies ?? null, who).toBeNull()
      const forged = { site: sites.main.id, period: periods.second.id, tally: { respondents: 999 } }
      expect((await rest.request('POST', 'safety-tallies', { token, body: forged })).status, who).not.toBe(201)
      const patched = await rest.request('PATCH', `safety-tallies/${tally.id}`, { token, body: { tally: {} } })
      expect(patched.status, who).not.toBe(200)
      expect((await rest.request('DELETE', `safety-tallies/${tally.id}`, { token })).status, who).not.toBe(200)
    }
    for (const who of ROLES) {
      await expect(cms.payload.find({ collection: 'safety-tallies', ...as(people[who]) }), who).rejects.toThrow()
      await expect(
        cms.payload.update({ collection: 'safety-tallies', id: tally.id, data: { tally: {} }, ...as(people[who]) }),
        who,
      ).rejects.toThrow()
    }
    expect((await tallies()).find((t) => t.id === tally.id)).toEqual(tally)
  })

  it('keeps a pruned period’s days: reopened, it would take answers its tally never counts', async () => {
    const res = await rest.request('PATCH', `safety-periods/${periods.first.id}`, {
      token: tokens.editor,
      body: { endsOn: `${year + 1}-06-30` },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('tallied and deleted')
    const renamed = await rest.request('PATCH', `safety-periods/${periods.first.id}`, {
      token: tokens.editor,
      body: { label: '前期（旧）' },
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    await cms.payload.update({
      collection: 'safety-periods',
      id: periods.first.id,
      data: { label: periods.first.label },
    })
  })

  it('go with their site or period', async () => {
    const site = await cms.payload.create({
      collection: 'business-sites',
      data: { name: '閉じる工場', prefecture: 'gifu', participant: people.orgA.id },
    })
    const period = await cms.payload.create({
      collection: 'safety-periods',
      data: { label: '消す期間', startsOn: `${year - 10}-01-01`, endsOn: `${year - 10}-12-31` },
    })
    await answered(site, period, [[true, true]])
    await answered(sites.main, period, [[true, false]])
    await pruneSafetyAnswers(cms.payload)
    expect(await tallies(period)).toHaveLength(2)
    await cms.payload.delete({ collection: 'business-sites', id: site.id })
    expect((await tallies(period)).map((t) => t.site)).toEqual([sites.main.id])
    await cms.payload.delete({ collection: 'safety-periods', id: period.id })
    expect(await tallies(period)).toEqual([])
  })
})

describe('the daily retention job', () => {
  it('is scheduled for 03:00 in Japan, whatever the server’s time zone, once at a time', async () => {
    const task = cms.config.jobs.tasks?.find((t) => t.slug === RETENTION_TASK)
    expect(task?.schedule).toEqual([expect.objectContaining({ cron: '0 3 * * *', queue: 'default' })])
    // 02:59 and 03:00 in Japan are 17:59 and 18:00 UTC.
    expect(nextRetentionRun(new Date('2026-05-01T17:59:00Z')).toISOString()).toBe('2026-05-01T18:00:00.000Z')
    expect(nextRetentionRun(new Date('2026-05-01T18:00:00Z')).toISOString()).toBe('2026-05-02T18:00:00.000Z')
    expect(nextRetentionRun(new Date('2026-12-31T20:00:00Z')).toISOString()).toBe('2027-01-01T18:00:00.000Z')

    const before = Date.now()
    const waiting = async () =>
      (
        await cms.payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: RETENTION_TASK } },
          overrideAccess: true,
        })
      ).docs
    // As the server's timer does every minute: a look that fails (logged, see task.ts) is made
    // good by the next one.
    for (let look = 0; look < 3 && (await waiting()).length === 0; look++)
      await cms.payload.jobs.handleSchedules({ queue: 'default' })
    const jobs = await waiting()
    expect(jobs).toHaveLength(1)
    const due = new Date(jobs[0]!.waitUntil!)
    expect(due.getTime()).toBeGreaterThan(before)
    expect(due.getTime() - before).toBeLessThanOrEqual(DAY)
    expect(due.getUTCHours()).toBe(18)
    expect(due.getUTCMinutes()).toBe(0)
    // One waiting run is enough: looking again schedules no second one.
    expect((await cms.payload.jobs.handleSchedules({ queue: 'default' })).queued).toHaveLength(0)
  })

  it('deletes expired answers, after archiving them, and closed consultation requests', async () => {
    const period = await cms.payload.create({
      collection: 'safety-periods',
      data: { label: '最古', startsOn: `${year - 12}-01-01`, endsOn: `${year - 12}-12-31` },
    })
    await answered(sites.other, period, [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
      [true, true],
    ])
    const expected = await readTally(cms.payload, String(sites.other.id), String(period.id))
    const request = (await cms.payload.create({
      collection: 'consultation-requests',
      data: { method: 'phone', contact: '090-1234-5678', language: 'vi', siteLanguage: 'vi' } as never,
    })) as any
    await cms.payload.update({
      collection: 'consultation-requests',
      id: request.id,
      data: { status: 'closed' } as never,
    })
    // Closed long ago: straight to the database, as time would have it.
    await cms.payload.db.updateOne({
      collection: 'consultation-requests',
      id: request.id,
      data: { closedAt: new Date(Date.now() - 200 * DAY).toISOString() },
    })
    const open = (await cms.payload.create({
      collection: 'consultation-requests',
      data: { method: 'email', contact: 'lan@example.org', language: 'vi', siteLanguage: 'vi' } as never,
    })) as any

    const [job] = (
      await cms.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: RETENTION_TASK } },
        overrideAccess: true,
      })
    ).docs
    await cms.payload.jobs.runByID({ id: job!.id, silent: true })
    const after = await cms.payload.find({ collection: 'payload-jobs', where: { id: { equals: job!.id } } })
    // A job that succeeded is gone; one that failed would still be there with its error.
    expect(after.docs.map((d: any) => [d.hasError, d.log?.at(-1)?.error])).toEqual([])

    expect(await rawCount(period)).toBe(0)
    expect((await tallies(period)).map((t) => t.tally)).toEqual([expected])
    const left = await cms.payload.find({
      collection: 'consultation-requests',
      pagination: false,
      overrideAccess: true,
    })
    expect(left.docs.map((d: any) => d.id)).toEqual([open.id])
  })

  it('keeps its scheduler’s bookkeeping from every account over the API', async () => {
    for (const who of [undefined, ...ROLES]) {
      const token = who && tokens[who]
      const read = await rest.request('GET', 'globals/payload-jobs-stats', { token })
      expect(read.status === 200, who).toBe(who === 'admin')
      const write = await rest.request('POST', 'globals/payload-jobs-stats', { token, body: { stats: {} } })
      expect(write.status, who).not.toBe(200)
    }
    const stats: any = await cms.payload.findGlobal({ slug: 'payload-jobs-stats' as never, overrideAccess: true })
    expect(stats.stats.scheduledRuns.queues.default.tasks[RETENTION_TASK].lastScheduledRun).toEqual(expect.any(String))
  })
})
