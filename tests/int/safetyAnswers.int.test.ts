/**
 * Workers' anonymous answers for a business site (JP-MIRAI Safety issue): the submission endpoint
 * takes exactly the allowed fields and nothing else, replaces a second answer from the same device
 * in the period, refuses every bad code alike, limits size and rate; raw answers are unreadable for
 * every role and entry point; a site's figures appear from five respondents on, to the
 * secretariat and the site's own company only.
 */
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { as, paragraph } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
let site: any
let quietSite: any
let otherSite: any
let period: any

const deviceToken = () => randomBytes(24).toString('base64url')
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  rest.request('POST', 'safety-answers/submit', {
    raw: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': '203.0.113.7', ...headers },
  })
const answers = (passport: boolean, wages: boolean) => ({ 'passport-kept': passport, 'unpaid-wages': wages })
const stored = () => cms.payload.find({ collection: 'safety-answers', pagination: false, overrideAccess: true })

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
  const make = (name: string, participant: string) =>
    cms.payload.create({ collection: 'business-sites', data: { name, prefecture: 'gifu', participant } })
  site = await make('本社工場', people.orgA.id)
  quietSite = await make('小さな工場', people.orgA.id)
  otherSite = await make('富士工場', people.orgB.id)
  const year = new Date().getFullYear()
  await cms.payload.create({
    collection: 'safety-periods',
    data: { label: '前期', startsOn: `${year - 2}-01-01`, endsOn: `${year - 1}-06-30` },
  })
  period = await cms.payload.create({
    collection: 'safety-periods',
    data: { label: '今期', startsOn: `${year - 1}-07-01`, endsOn: `${year + 1}-12-31` },
  })
}, 120_000)
afterAll(async () => cms?.close())

describe('submitting answers', () => {
  it('stores the site, period, language, one yes/no per question and the day — nothing else', async () => {
    const res = await submit({ site: site.code, language: 'vi', answers: answers(true, false), token: deviceToken() })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toEqual({ ok: true, period: '今期' })
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321')
    const [row] = (await stored()).docs as any[]
    expect(Object.keys(row).sort()).toEqual(['answers', 'day', 'id', 'language', 'period', 'site', 'token'])
    expect(row.answers).toEqual(answers(true, false))
    expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(row.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('replaces an earlier answer from the same device in the period', async () => {
    const token = deviceToken()
    const before = (await stored()).totalDocs
    await submit({ site: site.code, language: 'my', answers: answers(false, false), token })
    const again = await submit({ site: site.code, language: 'my', answers: answers(true, true), token })
    // The answer does not say whether the device had answered: anyone holding the token could ask.
    expect(again.body).toEqual({ ok: true, period: '今期' })
    expect((await stored()).totalDocs).toBe(before + 1)
    // The same device at once, twice: still one answer.
    const twin = deviceToken()
    const both = await Promise.all(
      [1, 2].map(() => submit({ site: site.code, language: 'my', answers: answers(true, false), token: twin })),
    )
    expect(both.map((r) => r.status)).toEqual([200, 200])
    expect((await stored()).totalDocs).toBe(before + 2)
  })

  it('refuses an unknown, malformed or inactive code with one same answer', async () => {
    const inactive = await cms.payload.create({
      collection: 'business-sites',
      data: { name: '閉鎖', prefecture: 'gifu', participant: people.orgA.id, active: false },
    })
    const refusals = []
    for (const code of ['abcdefghjkmnpqrs', inactive.code])
      refusals.push(await submit({ site: code, language: 'ja', answers: answers(true, true), token: deviceToken() }))
    expect(refusals.map((r) => [r.status, r.body])).toEqual([
      [400, { error: 'This code does not take answers now.' }],
      [400, { error: 'This code does not take answers now.' }],
    ])
  })

  it('refuses anything but exactly the allowed fields, with no change', async () => {
    let attempts = 0
    const before = (await stored()).totalDocs
    const good = { site: site.code, language: 'ja', answers: answers(true, true), token: deviceToken() }
    for (const body of [
      { ...good, name: 'Nguyen' },
      { ...good, message: 'help' },
      { ...good, at: new Date().toISOString() },
      { ...good, answers: { 'passport-kept': 'yes' } },
      // Every question, each once: a question only one worker answered would be that worker's.
      { ...good, answers: { 'passport-kept': true } },
      JSON.stringify(good).replace('"unpaid-wages":true', '"unpaid-wages":true,"__proto__":{"polluted":true}'),
      { ...good, answers: { 'not-a-question': true } },
      { ...good, answers: {} },
      { ...good, language: 'fr' },
      { ...good, token: 'short' },
      { ...good, site: `${site.code}\r\nSet-Cookie: x=1` },
      { ...good, site: '../../users' },
      '<script>alert(1)</script>',
      '[]',
    ]) {
      // Each from a sender of its own: this is about the body, not the rate limit.
      const res = await submit(body, { 'x-forwarded-for': `203.0.113.${100 + ++attempts}` })
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    expect((await stored()).totalDocs).toBe(before)
  })

  it('refuses answers sent from another page than the site’s', async () => {
    const good = { site: site.code, language: 'ja', answers: answers(true, true), token: deviceToken() }
    expect((await submit(good, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await submit({ ...good, token: deviceToken() }, { origin: 'http://localhost:4321' })).status).toBe(200)
  })

  it('refuses a huge body', async () => {
    const huge = {
      site: site.code,
      language: 'ja',
      answers: answers(true, true),
      token: deviceToken(),
      pad: 'x'.repeat(10_000),
    }
    expect((await submit(huge)).status).toBe(413)
  })

  it('limits how often one sender may answer, without keeping its address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++)
      statuses.push(
        (
          await submit(
            { site: quietSite.code, language: 'ja', answers: answers(false, true), token: deviceToken() },
            { 'x-forwarded-for': '198.51.100.9' },
          )
        ).status,
      )
    expect(statuses.filter((s) => s === 200)).toHaveLength(20)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
    // Posing as someone else in front of the proxy's entry does not help.
    const spoofed = await submit(
      { site: quietSite.code, language: 'ja', answers: answers(false, true), token: deviceToken() },
      { 'x-forwarded-for': '10.9.9.9, 198.51.100.9' },
    )
    expect(spoofed.status).toBe(429)
    // Another sender is not held back.
    const other = await submit(
      { site: quietSite.code, language: 'ja', answers: answers(false, true), token: deviceToken() },
      { 'x-forwarded-for': '198.51.100.10' },
    )
    expect(other.status).toBe(200)
    const rows = JSON.stringify((await stored()).docs)
    expect(rows).not.toContain('198.51.100')
  })
})

describe('looking a code up', () => {
  const lookup = (code: string, from = '203.0.113.50') =>
    rest.request('GET', `business-sites/lookup?code=${encodeURIComponent(code)}`, {
      headers: { 'x-forwarded-for': from },
    })

  it('names the workplace and its company, and nothing else', async () => {
    const res = await lookup(site.code)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ site: '本社工場', company: { ja: 'Sakura Manufacturing', en: 'Sakura Manufacturing' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321')
  })

  it('refuses every other code alike, and limits how often one sender asks', async () => {
    const refusals = await Promise.all(
      ['abcdefghjkmnpqrs', 'x', `${site.code}' OR 1=1`, '../users'].map((code) => lookup(code)),
    )
    expect(new Set(refusals.map((r) => JSON.stringify([r.status, r.body])))).toEqual(
      new Set([JSON.stringify([404, { error: 'This code does not take answers now.' }])]),
    )
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) statuses.push((await lookup('abcdefghjkmnpqrs', '198.51.100.77')).status)
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })
})

describe('raw answers', () => {
  it('are unreadable for every role through REST, GraphQL and the Local API', async () => {
    for (const who of [undefined, ...(Object.keys(tokens) as (keyof typeof tokens)[])]) {
      const token = who ? tokens[who] : undefined
      const list = await rest.request('GET', 'safety-answers', { token })
      expect([list.status, list.body.docs ?? []], who).toEqual([expect.any(Number), []])
      expect(list.status, who).not.toBe(200)
      const gql = await rest.graphql('{ SafetyAnswers { docs { answers token } } }', token)
      expect(gql.body.data?.SafetyAnswers ?? null, who).toBeNull()
      const create = await rest.request('POST', 'safety-answers', { token, body: { answers: {} } })
      expect(create.status, who).not.toBe(201)
    }
    for (const user of [people.admin, people.editor, people.company, people.assist])
      await expect(cms.payload.find({ collection: 'safety-answers', ...as(user) })).rejects.toThrow()
  })
})

describe('a site’s figures', () => {
  const feedback = (who: keyof typeof tokens | undefined, id: string, periodId: string) =>
    rest.request('GET', `business-sites/${id}/feedback?period=${periodId}`, { token: who && tokens[who] })
  let closed: any
  /** Answers of an ended period, stored as the endpoint stores them. */
  const answered = async (siteId: string, rows: [boolean, boolean][]) => {
    for (const [passport, wages] of rows)
      await cms.payload.create({
        collection: 'safety-answers',
        data: {
          site: siteId,
          period: closed.id,
          language: 'ja',
          answers: answers(passport, wages),
          day: `${new Date().getFullYear() - 1}-05-01`,
          token: randomBytes(32).toString('hex'),
        },
      })
  }

  beforeAll(async () => {
    closed = (await cms.payload.find({ collection: 'safety-periods', where: { label: { equals: '前期' } } })).docs[0]
  })

  it('appear once the period has ended, from five respondents on, to the secretariat and the site’s own company', async () => {
    await answered(site.id, [
      [true, true],
      [true, false],
      [false, true],
      [false, true],
      [true, true],
    ])
    const res = await feedback('company', site.id, closed.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.figures).toMatchObject({ enough: true, respondents: 5 })
    const passport = res.body.figures.questions.find((q: any) => q.key === 'passport-kept')
    expect(passport).toEqual({ key: 'passport-kept', yes: 3, answered: 5, share: 0.6 })
    expect(res.body.previous).toBeNull()
    expect(JSON.stringify(res.body)).not.toMatch(/token|"day"|"language"/)
    expect((await feedback('editor', site.id, closed.id)).status).toBe(200)
  })

  it('are not given while the period is open: watching the count grow would show each answer', async () => {
    const open = await feedback('company', site.id, period.id)
    expect(open.status).toBe(409)
    expect(JSON.stringify(open.body)).toContain('once the period has ended')
  })

  it('show "not enough answers" below the threshold', async () => {
    const small = await cms.payload.create({
      collection: 'business-sites',
      data: { name: '二人の工場', prefecture: 'gifu', participant: people.orgA.id },
    })
    await answered(small.id, [
      [true, true],
      [true, false],
    ])
    const res = await feedback('company', small.id, closed.id)
    expect(res.body.figures).toEqual({ enough: false, respondents: null, questions: null })
  })

  it('are nobody else’s: another company, members, translators, Assist, anonymous', async () => {
    expect((await feedback('otherCompany', site.id, closed.id)).status).toBe(404)
    expect((await feedback('company', otherSite.id, closed.id)).status).toBe(404)
    for (const who of ['member', 'otherMember', 'translator', 'assist'] as const)
      expect((await feedback(who, site.id, closed.id)).status, who).toBe(404)
    expect((await feedback(undefined, site.id, closed.id)).status).toBe(401)
    expect((await feedback('company', site.id, 'no-such-period')).status).toBe(400)
  })

  it('go with their site: deleting a site deletes its answers', async () => {
    const gone = await cms.payload.create({
      collection: 'business-sites',
      data: { name: '閉じる工場', prefecture: 'gifu', participant: people.orgA.id },
    })
    await answered(gone.id, [[true, true]])
    await cms.payload.delete({ collection: 'business-sites', id: gone.id })
    const left = await cms.payload.find({
      collection: 'safety-answers',
      where: { site: { equals: gone.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })
})
