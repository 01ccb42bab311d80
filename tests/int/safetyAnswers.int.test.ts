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
let senders = 0
/** A connection of its own (an IPv6 /64 of the documentation range) unless the test names one. */
const freshSender = () => `2001:db8:${(++senders).toString(16)}::1`
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  rest.request('POST', 'safety-answers/submit', {
    raw: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': freshSender(), ...headers },
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

  it('gives an answer a random id, which carries no time, on SQLite and on MongoDB', async () => {
    const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    for (const row of (await stored()).docs) expect(row.id).toMatch(uuidV4)
    // The server draws it: an id handed in (here an ObjectId of a chosen second) is not kept.
    const chosen = '65f1c0de0000000000000000'
    const made = await cms.payload.create({
      collection: 'safety-answers',
      data: {
        id: chosen,
        site: quietSite.id,
        period: period.id,
        language: 'ja',
        answers: answers(true, true),
        day: '2026-01-01',
        token: randomBytes(32).toString('hex'),
      } as never,
    })
    expect(made.id).toMatch(uuidV4)
    await cms.payload.delete({ collection: 'safety-answers', id: made.id })
    // On MongoDB the id is the document's _id: a string the server drew, not an ObjectId (whose
    // first four bytes are the second it was made); and no createdAt or updatedAt is kept there
    // either. The models are built as the adapter builds them, without a server to connect to.
    const { databaseAdapter } = await import('@mirai/cms/database')
    const mongo = databaseAdapter({ kind: 'mongodb', url: 'mongodb://127.0.0.1:1/never-connected' }).init({
      payload: cms.payload,
    }) as any
    await mongo.init()
    const Model = mongo.collections['safety-answers']
    expect(Model.schema.path('_id').instance).toBe('String')
    const doc = new Model({
      day: '2026-01-01',
      language: 'ja',
      createdAt: new Date(),
      updatedAt: new Date(),
    }).toObject()
    expect(doc._id).toBeUndefined()
    expect(Object.keys(doc).sort()).toEqual(['day', 'language'])
  })

  it('replaces an earlier answer from the same device in the period', async () => {
    const token = deviceToken()
    const before = (await stored()).totalDocs
    const phone = { 'x-forwarded-for': '203.0.113.20' }
    await submit({ site: site.code, language: 'my', answers: answers(false, false), token }, phone)
    const [first] = (await stored()).docs.filter((row: any) => row.language === 'my')
    const again = await submit({ site: site.code, language: 'my', answers: answers(true, true), token }, phone)
    // The answer does not say whether the device had answered: anyone holding the token could ask.
    expect(again.body).toEqual({ ok: true, period: '今期' })
    expect((await stored()).totalDocs).toBe(before + 1)
    const replaced = await cms.payload.findByID({ collection: 'safety-answers', id: first!.id })
    expect(replaced.answers).toEqual(answers(true, true))
    // The same device at once, twice, from one connection: still one answer (not a second answer
    // of the connection today, which would be refused).
    const twin = deviceToken()
    const both = await Promise.all(
      [1, 2].map(() =>
        submit(
          { site: site.code, language: 'my', answers: answers(true, false), token: twin },
          { 'x-forwarded-for': '203.0.113.21' },
        ),
      ),
    )
    expect(both.map((r) => [r.status, r.body])).toEqual([
      [200, { ok: true, period: '今期' }],
      [200, { ok: true, period: '今期' }],
    ])
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
    // Each answer for a workplace of its own: one connection answers for a site once a day.
    const sites = await Promise.all(
      Array.from({ length: 26 }, (_, i) =>
        cms.payload.create({
          collection: 'business-sites',
          data: { name: `工場${i}`, prefecture: 'gifu', participant: people.orgA.id },
        }),
      ),
    )
    const statuses: number[] = []
    for (const each of sites.slice(0, 25))
      statuses.push(
        (
          await submit(
            { site: each.code, language: 'ja', answers: answers(false, true), token: deviceToken() },
            { 'x-forwarded-for': '198.51.100.9' },
          )
        ).status,
      )
    expect(statuses.filter((s) => s === 200)).toHaveLength(20)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
    // Posing as someone else in front of the proxy's entry does not help.
    const spoofed = await submit(
      { site: sites[25]!.code, language: 'ja', answers: answers(false, true), token: deviceToken() },
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

describe('one connection does not fill a workplace', () => {
  const ANSWERED_TODAY = {
    error:
      'An answer for this workplace was already sent from this connection today. Send yours from another connection (such as mobile data) or tomorrow.',
  }
  const newSite = (name: string) =>
    cms.payload.create({
      collection: 'business-sites',
      data: { name, prefecture: 'gifu', participant: people.orgA.id },
    })
  const count = async (siteId: string) =>
    (await cms.payload.count({ collection: 'safety-answers', where: { site: { equals: siteId } } })).totalDocs
  const answer = (code: string | null | undefined) => ({
    site: code,
    language: 'vi',
    answers: answers(true, false),
    token: deviceToken(),
  })

  it('takes one new answer a day from one connection for one workplace, so made-up answers cannot reach the threshold', async () => {
    const target = await newSite('狙われた工場')
    const from = { 'x-forwarded-for': '198.51.100.40' }
    const own = answer(target.code)
    expect((await submit(own, from)).status).toBe(200)
    // Four more "devices" on the same connection: none is counted.
    for (let i = 0; i < 4; i++) {
      const res = await submit(answer(target.code), from)
      expect([res.status, res.body]).toEqual([429, ANSWERED_TODAY])
    }
    expect(await count(target.id)).toBe(1)
    // Not in front of the proxy's entry, not from another address of the same IPv6 /64, not at once.
    expect((await submit(answer(target.code), { 'x-forwarded-for': '10.0.0.9, 198.51.100.40' })).status).toBe(429)
    expect((await submit(answer(target.code), { 'x-forwarded-for': '2001:db8:40:40::1' })).status).toBe(200)
    const sameNetwork = await Promise.all(
      ['2001:db8:40:40::2', '2001:db8:40:40:0:0:0:3', '[2001:db8:40:40::4]:443'].map((address) =>
        submit(answer(target.code), { 'x-forwarded-for': address }),
      ),
    )
    expect(sameNetwork.map((r) => r.status)).toEqual([429, 429, 429])
    expect(await count(target.id)).toBe(2)
    // The device may still correct its own answer; the connection may answer for another workplace;
    // a colleague on another connection is not held back.
    expect((await submit({ ...own, answers: answers(false, false) }, from)).status).toBe(200)
    expect((await submit(answer((await newSite('別の工場')).code), from)).status).toBe(200)
    expect((await submit(answer(target.code), { 'x-forwarded-for': '198.51.100.41' })).status).toBe(200)
    expect(await count(target.id)).toBe(3)
    // Nothing of the connections is kept with the answers.
    expect(JSON.stringify((await stored()).docs)).not.toMatch(/198\.51\.100\.4|2001:db8:40/)
  })

  it('takes at most 1,000 new answers for a workplace in a day, from however many connections', async () => {
    const busy = await newSite('大きな工場')
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date())
    for (let batch = 0; batch < 10; batch++)
      await Promise.all(
        Array.from({ length: batch === 9 ? 99 : 100 }, () =>
          cms.payload.create({
            collection: 'safety-answers',
            data: {
              site: busy.id,
              period: period.id,
              language: 'ja',
              answers: answers(false, false),
              day: today,
              token: randomBytes(32).toString('hex'),
            },
          }),
        ),
      )
    expect((await submit(answer(busy.code))).status).toBe(200)
    const full = await submit(answer(busy.code))
    expect([full.status, full.body]).toEqual([
      429,
      { error: 'This workplace has taken all the answers it can today. Please try tomorrow.' },
    ])
    expect(await count(busy.id)).toBe(1000)
    // Another workplace is not affected.
    expect((await submit(answer(site.code))).status).toBe(200)
  }, 60_000)
})

describe('a code outside every period', () => {
  const answer = (code: string | null | undefined) => ({
    site: code,
    language: 'ja',
    answers: answers(true, true),
    token: deviceToken(),
  })

  it('is refused by lookup and submitting alike, so the consent screen never offers what would be refused', async () => {
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(
      new Date(Date.now() - 24 * 60 * 60_000),
    )
    const endsOn = period.endsOn
    await cms.payload.update({ collection: 'safety-periods', id: period.id, data: { endsOn: yesterday } })
    try {
      const lookup = await rest.request('GET', `business-sites/lookup?code=${site.code}`, {
        headers: { 'x-forwarded-for': freshSender() },
      })
      expect([lookup.status, lookup.body]).toEqual([404, { error: 'This code does not take answers now.' }])
      const submitted = await submit(answer(site.code))
      expect([submitted.status, submitted.body]).toEqual([400, { error: 'This code does not take answers now.' }])
    } finally {
      await cms.payload.update({ collection: 'safety-periods', id: period.id, data: { endsOn } })
    }
    const open = await rest.request('GET', `business-sites/lookup?code=${site.code}`, {
      headers: { 'x-forwarded-for': freshSender() },
    })
    expect(open.status).toBe(200)
  })
})

describe('looking a code up', () => {
  const lookup = (code: string, from = '203.0.113.50') =>
    rest.request('GET', `business-sites/lookup?code=${encodeURIComponent(code)}`, {
      headers: { 'x-forwarded-for': from },
    })

  it('names the workplace, its company and the threshold the consent screen promises, and nothing else', async () => {
    const res = await lookup(site.code)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      site: '本社工場',
      company: { ja: 'Sakura Manufacturing', en: 'Sakura Manufacturing' },
      threshold: 5,
    })
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
