/**
 * "Assist, please contact me" (JP-MIRAI Safety issue): a worker's request to be contacted arrives
 * only through POST /api/consultation-requests/submit — exactly the contract's fields, each
 * checked, size, origin and rate limited — and gets a reference. Only Assist's counsellors and
 * admins read, move on or delete requests, through every entry point; the status only goes
 * forward; what the server and the worker wrote cannot be rewritten; Assist's email says that a
 * request arrived and nothing of it; closed requests go after the retention period.
 */
import { tokyoDay } from '@mirai/content-schemas/dates'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { storeRequest } from '../../cms/src/collections/ConsultationRequests/submit'
import { deleteClosedRequests } from '../../cms/src/collections/ConsultationRequests/retention'
import { MAX_REQUEST_BYTES } from '../../cms/src/collections/ConsultationRequests/input'
import { safetySettings } from '../../cms/src/safety/settings'
import { as } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'
import { startSmtp, type TestSmtp } from './helpers/smtp'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
let smtp: TestSmtp
let smtpOpen = false

const ROLES = ['admin', 'editor', 'translator', 'member', 'otherMember', 'company', 'otherCompany', 'assist'] as const
const REFERENCE = /^JM-[2-9A-HJ-NP-TV-Z]{4}-[2-9A-HJ-NP-TV-Z]{4}$/

let senders = 0
/** Each call from a sender of its own unless one is named: most tests are about the body, not the rate. */
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  rest.request('POST', 'consultation-requests/submit', {
    raw: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'x-forwarded-for': `192.0.2.${++senders % 250}`,
      ...headers,
    },
  })
const good = () => ({
  method: 'phone',
  contact: '090-1234-5678',
  language: 'vi',
  days: ['tue', 'sat'],
  times: ['10-12'],
  name: 'Lan',
  message: 'Tôi muốn nói chuyện về lương.',
  siteLanguage: 'vi',
  concerns: ['wages-not-paid'],
})
const all = () => cms.payload.find({ collection: 'consultation-requests', pagination: false, overrideAccess: true })
const byReference = async (reference: string) =>
  (
    await cms.payload.find({
      collection: 'consultation-requests',
      where: { reference: { equals: reference } },
      overrideAccess: true,
    })
  ).docs[0] as any
const stored = async (overrides: Record<string, unknown> = {}) =>
  byReference(await storeRequest(cms.payload, { ...good(), ...overrides } as never))

beforeAll(async () => {
  smtp = await startSmtp()
  smtpOpen = true
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'cms@test.example',
  })
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
}, 120_000)
afterAll(async () => {
  await cms?.close()
  if (smtpOpen) await smtp.close()
})

describe('submitting a request', () => {
  it('stores what the worker sent, the day and a reference — no time, no site, no address', async () => {
    const res = await submit(good(), { 'x-forwarded-for': '198.51.100.23' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(Object.keys(res.body)).toEqual(['reference'])
    expect(res.body.reference).toMatch(REFERENCE)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const row = await byReference(res.body.reference)
    expect(row).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reference: res.body.reference,
      status: 'new',
      receivedOn: tokyoDay(new Date()),
      closedAt: null,
      ...good(),
      app: null,
    })
    expect(JSON.stringify(row)).not.toContain('198.51.100')
  })

  it('takes an email address, a messaging id with its app, and leaves out empty optional fields', async () => {
    const email = await submit({
      method: 'email',
      contact: 'lan@example.vn',
      language: 'ja',
      days: [],
      times: [],
      name: '',
      message: '   ',
      siteLanguage: 'ja',
      concerns: [],
    })
    expect(email.status, JSON.stringify(email.body)).toBe(201)
    expect(await byReference(email.body.reference)).toMatchObject({
      method: 'email',
      contact: 'lan@example.vn',
      name: null,
      message: null,
      concerns: [],
      days: [],
      times: [],
    })
    const messaging = await submit({ ...good(), method: 'messaging', app: 'zalo', contact: 'lan.nguyen_92' })
    expect(messaging.status, JSON.stringify(messaging.body)).toBe(201)
    expect(await byReference(messaging.body.reference)).toMatchObject({ app: 'zalo', contact: 'lan.nguyen_92' })
    // As a Japanese keyboard types a number: the same number.
    const wide = await submit({ ...good(), contact: '＋８１ ９０－１２３４－５６７８' })
    expect(wide.status, JSON.stringify(wide.body)).toBe(201)
    expect((await byReference(wide.body.reference)).contact).toBe('+81 90-1234-5678')
    // Markup is text like any other: stored as written, never interpreted.
    const markup = await submit({ ...good(), message: '<script>alert(1)</script>' })
    expect(markup.status).toBe(201)
    expect((await byReference(markup.body.reference)).message).toBe('<script>alert(1)</script>')
  })

  it('takes the longest request the limits allow, in the widest script', async () => {
    const burmese = (n: number) => 'မ'.repeat(n)
    const res = await submit({
      ...good(),
      method: 'messaging',
      app: 'other',
      contact: burmese(200),
      name: burmese(100),
      message: burmese(2000),
      concerns: Array.from({ length: 50 }, (_, i) => `${'q'.repeat(57)}-${String(i).padStart(2, '0')}`),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('refuses anything but the contract, saying which field is wrong, and stores nothing', async () => {
    const before = (await all()).totalDocs
    const cases: [body: unknown, field: string | null, says: string][] = [
      [{ ...good(), site: 'abcdefghjkmnpqrs' }, null, 'Unknown field "site"'],
      [{ ...good(), receivedAt: new Date().toISOString() }, null, 'Unknown field "receivedAt"'],
      [{ ...good(), reference: 'JM-2222-2222' }, null, 'Unknown field "reference"'],
      [{ ...good(), status: 'closed' }, null, 'Unknown field "status"'],
      [{ ...good(), method: undefined }, 'method', '"method" is missing'],
      [{ ...good(), method: 'fax' }, 'method', '"method" is not one of phone, email, messaging'],
      [{ ...good(), contact: 'call me maybe' }, 'contact', 'A phone number has'],
      [{ ...good(), contact: '090-12' }, 'contact', 'A phone number has'],
      [{ ...good(), contact: '090+1234+5678' }, 'contact', 'A phone number has'],
      [{ ...good(), contact: '090\r\n1234' }, 'contact', 'one line'],
      [{ ...good(), contact: '' }, 'contact', 'empty'],
      [{ ...good(), contact: 9012345678 }, 'contact', '"contact" must be text'],
      [{ ...good(), method: 'email', contact: 'lan at example' }, 'contact', 'not an email address'],
      [{ ...good(), method: 'email', contact: 'a@b.vn\r\nBcc: all@example.com' }, 'contact', 'one line'],
      [{ ...good(), method: 'email', contact: 'Lan <lan@example.vn>' }, 'contact', 'not an email address'],
      [{ ...good(), method: 'messaging', contact: 'lan92' }, 'app', 'Say which messaging app'],
      [{ ...good(), method: 'messaging', app: 'telegram', contact: 'lan92' }, 'app', '"app" is not one of'],
      [{ ...good(), app: 'line' }, 'app', '"app" is only for method "messaging"'],
      [{ ...good(), contact: `+${'1'.repeat(201)}` }, 'contact', 'at most 200 characters'],
      [{ ...good(), language: 'xx' }, 'language', '"language" is not one of'],
      [{ ...good(), siteLanguage: 'ko' }, 'siteLanguage', '"siteLanguage" is not one of'],
      [{ ...good(), days: ['mon'] }, 'days.0', '"days.0" is not one of tue, wed, thu, fri, sat'],
      [{ ...good(), days: ['tue', 'tue'] }, 'days', 'each value once'],
      [{ ...good(), days: 'tue' }, 'days', '"days" must be a list'],
      [{ ...good(), times: ['09-10'] }, 'times.0', 'is not one of'],
      [{ ...good(), times: undefined }, 'times', '"times" is missing'],
      [{ ...good(), name: 'Lan\nBcc: x@example.com' }, 'name', 'one line'],
      [{ ...good(), name: 'L\u2028an' }, 'name', 'one line'],
      [{ ...good(), name: 'L'.repeat(101) }, 'name', 'at most 100 characters'],
      [{ ...good(), message: 'help\u0000me' }, 'message', 'control character'],
      [{ ...good(), message: 'help\u001b[31m' }, 'message', 'control character'],
      [{ ...good(), message: 'x'.repeat(2001) }, 'message', 'at most 2000 characters'],
      [{ ...good(), concerns: ['<script>'] }, 'concerns.0', 'keys of the safety check'],
      [{ ...good(), concerns: ['violence', 'violence'] }, 'concerns', 'each value once'],
      [
        JSON.stringify(good()).replace('"siteLanguage"', '"__proto__":{"polluted":true},"siteLanguage"'),
        null,
        'JSON object',
      ],
      ['<script>alert(1)</script>', null, 'JSON object'],
      ['[]', null, 'JSON object'],
      ['null', null, 'JSON object'],
      ['', null, 'JSON object'],
    ]
    for (const [body, field, says] of cases) {
      const res = await submit(body)
      expect([res.status, res.body.field], JSON.stringify(body).slice(0, 120)).toEqual([400, field])
      expect(res.body.error, JSON.stringify(body).slice(0, 120)).toContain(says)
    }
    expect((await all()).totalDocs).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a body over the limit, however it is sent', async () => {
    const huge = JSON.stringify({ ...good(), message: 'x'.repeat(MAX_REQUEST_BYTES) })
    expect((await submit(huge)).status).toBe(413)
    // Content-Length claiming less than is sent: the body is counted as it streams.
    const lying = await submit(huge, { 'content-length': '100' })
    expect(lying.status).toBe(413)
    expect(lying.body.error).toContain(`under ${MAX_REQUEST_BYTES} bytes`)
  })

  it('refuses requests sent from another page than the site’s', async () => {
    const before = (await all()).totalDocs
    const elsewhere = await submit(good(), { origin: 'https://evil.example' })
    expect([elsewhere.status, elsewhere.body]).toEqual([403, { error: 'Requests come from the site.' }])
    expect((await all()).totalDocs).toBe(before)
    expect((await submit(good(), { origin: 'http://localhost:4321' })).status).toBe(201)
  })

  it('keeps five requests an hour from one sender, without keeping its address; mistakes do not count', async () => {
    const from = { 'x-forwarded-for': '203.0.113.77' }
    for (let i = 0; i < 3; i++) expect((await submit({ ...good(), method: 'fax' }, from)).status).toBe(400)
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await submit(good(), from)).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const refused = await submit(good(), from)
    expect(refused.body.error).toContain('call JP-MIRAI Assist')
    // Posing as someone else in front of the proxy's entry does not help.
    expect((await submit(good(), { 'x-forwarded-for': '10.1.2.3, 203.0.113.77' })).status).toBe(429)
    // Another sender is not held back.
    expect((await submit(good(), { 'x-forwarded-for': '203.0.113.78' })).status).toBe(201)
    expect(JSON.stringify((await all()).docs)).not.toContain('203.0.113')
  })

  it('stops a sender after thirty attempts of any kind', async () => {
    const from = { 'x-forwarded-for': '203.0.113.90' }
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) statuses.push((await submit('not json', from)).status)
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('draws another reference when one is taken', async () => {
    const existing = (await stored()).reference
    const draws = [existing, 'JM-7K2Q-9XWD']
    const reference = await storeRequest(cms.payload, good() as never, () => draws.shift()!)
    expect(reference).toBe('JM-7K2Q-9XWD')
    expect((await all()).docs.filter((d: any) => d.reference === existing)).toHaveLength(1)
    await expect(storeRequest(cms.payload, good() as never, () => existing)).rejects.toThrow(/no free .* reference/)
  })
})

describe('who sees requests', () => {
  const readers = new Set(['admin', 'assist'])
  let request: any

  beforeAll(async () => {
    request = await stored({ name: 'Visible only to Assist', contact: '080-0000-1111' })
  })

  it('over REST: Assist and admins, nobody else', async () => {
    for (const who of [undefined, ...ROLES]) {
      const token = who && tokens[who]
      const list = await rest.request('GET', 'consultation-requests?limit=100', { token })
      const one = await rest.request('GET', `consultation-requests/${request.id}`, { token })
      if (who && readers.has(who)) {
        expect([list.status, one.status], who).toEqual([200, 200])
        expect(
          list.body.docs.map((d: any) => d.reference),
          who,
        ).toContain(request.reference)
        expect(one.body.contact, who).toBe('080-0000-1111')
      } else {
        expect([list.status, one.status], who).toEqual([403, 403])
        expect(JSON.stringify([list.body, one.body]), who).not.toContain('080-0000-1111')
      }
      const count = await rest.request('GET', 'consultation-requests/count', { token })
      expect(count.status === 200, who).toBe(Boolean(who && readers.has(who)))
    }
  })

  it('over GraphQL: Assist and admins, nobody else', async () => {
    for (const who of [undefined, ...ROLES]) {
      const token = who && tokens[who]
      const list = await rest.graphql('{ ConsultationRequests(limit: 100) { docs { reference contact name } } }', token)
      const one = await rest.graphql(`{ ConsultationRequest(id: "${request.id}") { reference contact } }`, token)
      if (who && readers.has(who)) {
        expect(
          list.body.data.ConsultationRequests.docs.map((d: any) => d.reference),
          who,
        ).toContain(request.reference)
        expect(one.body.data.ConsultationRequest.contact, who).toBe('080-0000-1111')
      } else {
        expect(list.body.data?.ConsultationRequests ?? null, who).toBeNull()
        expect(one.body.data?.ConsultationRequest ?? null, who).toBeNull()
        expect(JSON.stringify([list.body, one.body]), who).not.toContain('080-0000-1111')
      }
    }
  })

  it('through the Local API with access on: Assist and admins, nobody else', async () => {
    for (const who of ROLES) {
      const find = () =>
        cms.payload.find({ collection: 'consultation-requests', pagination: false, ...as(people[who]) })
      const findOne = () =>
        cms.payload.findByID({ collection: 'consultation-requests', id: request.id, ...as(people[who]) })
      if (readers.has(who)) {
        expect(
          (await find()).docs.map((d) => d.reference),
          who,
        ).toContain(request.reference)
        expect((await findOne()).contact, who).toBe('080-0000-1111')
      } else {
        await expect(find(), who).rejects.toThrow()
        await expect(findOne(), who).rejects.toThrow()
      }
    }
    await expect(cms.payload.find({ collection: 'consultation-requests', overrideAccess: false })).rejects.toThrow()
  })

  it('are created by nobody but the endpoint: not Assist, not admins, by no entry point', async () => {
    const before = (await all()).totalDocs
    for (const who of [undefined, ...ROLES]) {
      const token = who && tokens[who]
      const created = await rest.request('POST', 'consultation-requests', { token, body: good() })
      expect(created.status, who).toBe(403)
      const gql = await rest.graphql(
        `mutation { createConsultationRequest(data: { status: new, method: phone, contact: "0901234567", language: vi, siteLanguage: vi }) { id } }`,
        token,
      )
      expect(gql.body.data?.createConsultationRequest ?? null, who).toBeNull()
      expect(gql.body.errors?.[0]?.message, who).toBe('You are not allowed to perform this action.')
      if (who)
        await expect(
          cms.payload.create({ collection: 'consultation-requests', data: good() as never, ...as(people[who]) }),
          who,
        ).rejects.toThrow()
    }
    expect((await all()).totalDocs).toBe(before)
  })

  it('are updated and deleted by Assist and admins only', async () => {
    for (const who of ROLES) {
      const victim = await stored()
      const moved = await rest.request('PATCH', `consultation-requests/${victim.id}`, {
        token: tokens[who],
        body: { status: 'contacted' },
      })
      const deleted = await rest.request('DELETE', `consultation-requests/${victim.id}`, { token: tokens[who] })
      const allowed = readers.has(who)
      expect([moved.status === 200, deleted.status === 200], who).toEqual([allowed, allowed])
      expect(Boolean(await byReference(victim.reference)), who).toBe(!allowed)
      if (!allowed) expect((await byReference(victim.reference)).status, who).toBe('new')
    }
  })

  it('appear in the admin for Assist and admins only', () => {
    const collection = cms.config.collections.find((c) => c.slug === 'consultation-requests')!
    const hidden = collection.admin.hidden as (args: { user: unknown }) => boolean
    expect(ROLES.filter((who) => !hidden({ user: { ...people[who], collection: 'users' } }))).toEqual([
      'admin',
      'assist',
    ])
    expect(collection.admin.defaultColumns).toEqual(['reference', 'status', 'language', 'method', 'receivedOn'])
  })
})

describe('a request’s status', () => {
  const move = (id: string, status: string, who: 'assist' | 'admin' = 'assist') =>
    rest.request('PATCH', `consultation-requests/${id}`, { token: tokens[who], body: { status } })

  it('goes new → contacted → closed, stamping when it was closed', async () => {
    const request = await stored()
    const contacted = await move(request.id, 'contacted')
    expect(contacted.status, JSON.stringify(contacted.body)).toBe(200)
    expect(contacted.body.doc).toMatchObject({ status: 'contacted', closedAt: null })
    const before = Date.now()
    const closed = await move(request.id, 'closed', 'admin')
    expect(closed.body.doc.status).toBe('closed')
    expect(Date.parse(closed.body.doc.closedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(closed.body.doc.closedAt)).toBeLessThanOrEqual(Date.now())
    // Saving a closed request again keeps the moment it was closed.
    const again = await move(request.id, 'closed')
    expect(again.body.doc.closedAt).toBe(closed.body.doc.closedAt)
    // A request nobody could reach may be closed straight away.
    expect((await move((await stored()).id, 'closed')).body.doc.status).toBe('closed')
  })

  it('never goes back, with an error saying so', async () => {
    const request = await stored()
    await move(request.id, 'closed')
    for (const back of ['contacted', 'new']) {
      const res = await move(request.id, back)
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain(
        `A request only goes forward (new → contacted → closed): this one is \\"closed\\" and cannot go back to \\"${back}\\"`,
      )
    }
    const contacted = await stored()
    await move(contacted.id, 'contacted')
    expect((await move(contacted.id, 'new', 'admin')).status).toBe(400)
    expect((await byReference(request.reference)).status).toBe('closed')
    expect((await byReference(contacted.reference)).status).toBe('contacted')
    // Not a status at all.
    expect((await move(contacted.id, 'reopened')).status).toBe(400)
    // Server code is held to it too.
    const refused = await cms.payload
      .update({ collection: 'consultation-requests', id: request.id, data: { status: 'new' } })
      .catch((error: unknown) => error)
    expect((refused as any).data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: expect.stringContaining('only goes forward'),
    })
  })
})

describe('what the server and the worker wrote', () => {
  const forged = {
    reference: 'JM-2222-2222',
    receivedOn: '2020-01-01',
    closedAt: '2020-01-01T00:00:00.000Z',
    contact: '000-0000-0000',
    name: 'Someone else',
    message: 'rewritten',
    language: 'en',
    concerns: ['violence'],
    method: 'email',
  }
  const unchanged = (request: any, after: any) =>
    expect(after).toMatchObject({
      id: request.id,
      reference: request.reference,
      receivedOn: request.receivedOn,
      closedAt: null,
      contact: request.contact,
      name: request.name,
      message: request.message,
      language: request.language,
      concerns: request.concerns,
      method: request.method,
    })

  it('cannot be rewritten over REST, GraphQL or the Local API, by Assist or admins', async () => {
    for (const who of ['assist', 'admin'] as const) {
      const request = await stored()
      const res = await rest.request('PATCH', `consultation-requests/${request.id}`, {
        token: tokens[who],
        body: { ...forged, status: 'contacted' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      unchanged(request, await byReference(request.reference))
      expect((await byReference(request.reference)).status).toBe('contacted')

      const gql = await rest.graphql(
        `mutation { updateConsultationRequest(id: "${request.id}", data: { reference: "JM-2222-2222", contact: "000", receivedOn: "2020-01-01" }) { reference contact } }`,
        tokens[who],
      )
      expect(JSON.stringify(gql.body)).not.toContain('JM-2222-2222')
      unchanged(request, await byReference(request.reference))

      await cms.payload
        .update({
          collection: 'consultation-requests',
          id: request.id,
          data: forged as never,
          ...as(people[who]),
        })
        .catch(() => undefined)
      unchanged(request, await byReference(request.reference))
    }
    expect(await byReference('JM-2222-2222')).toBeUndefined()
  })

  it('is kept even against server code, which runs with access off', async () => {
    const request = await stored()
    await cms.payload.update({ collection: 'consultation-requests', id: request.id, data: forged as never })
    unchanged(request, await byReference(request.reference))
  })
})

describe('retention', () => {
  const DAY = 24 * 60 * 60_000

  it('deletes requests closed longer ago than the retention period, and nothing else', async () => {
    const { requestRetentionDays } = await safetySettings(cms.payload)
    const closed = await stored()
    const close = (id: string, status: string) =>
      cms.payload.update({ collection: 'consultation-requests', id, data: { status } as never })
    await close(closed.id, 'closed')
    const contacted = await stored()
    await close(contacted.id, 'contacted')
    const fresh = await stored()
    const total = (await all()).totalDocs
    const closedEarlier = (await all()).docs.filter((d: any) => d.status === 'closed').length

    expect(await deleteClosedRequests(cms.payload, new Date(Date.now() + (requestRetentionDays - 1) * DAY))).toBe(0)
    expect((await all()).totalDocs).toBe(total)

    const later = new Date(Date.now() + (requestRetentionDays + 1) * DAY)
    expect(await deleteClosedRequests(cms.payload, later)).toBe(closedEarlier)
    const left = (await all()).docs as any[]
    expect(left.some((d) => d.status === 'closed')).toBe(false)
    expect(left.map((d) => d.reference)).toEqual(expect.arrayContaining([contacted.reference, fresh.reference]))
    expect(await byReference(closed.reference)).toBeUndefined()
    expect(await deleteClosedRequests(cms.payload, later)).toBe(0)
  })
})

// Last: the mail server goes away in the end.
describe('the email to Assist', () => {
  const personal = {
    method: 'email',
    contact: 'lan.nguyen@example.vn',
    language: 'my',
    days: ['wed'],
    times: ['15-18'],
    name: 'Nguyễn Thị Lan',
    message: 'Công ty giữ hộ chiếu của tôi',
    siteLanguage: 'vi',
    concerns: ['documents-kept-by-others'],
  }
  const everything = (mail: Awaited<ReturnType<TestSmtp['waitFor']>>[number]) =>
    [mail.subject, mail.text, mail.html || '', JSON.stringify([...mail.headers])].join('\n')

  const tellAssistAt = (assistEmail: string | null) =>
    cms.payload.updateGlobal({ slug: 'safety-settings', data: { assistEmail } })

  it('says that a request arrived, its reference and where to read it — nothing of the request', async () => {
    await tellAssistAt('assist-desk@test.example')
    smtp.messages.length = 0
    const res = await submit(personal)
    expect(res.status).toBe(201)
    const [mail] = await smtp.waitFor(1)
    expect(mail!.to).toMatchObject({ text: 'assist-desk@test.example' })
    expect(mail!.subject).toBe(`相談依頼が届きました / New consultation request ${res.body.reference}`)
    expect(mail!.text).toContain(res.body.reference)
    expect(mail!.text).toContain('http://localhost:3000/admin/collections/consultation-requests')
    const whole = everything(mail!)
    for (const value of [
      'lan.nguyen@example.vn',
      'Nguyễn',
      'Lan',
      'hộ chiếu',
      'documents-kept-by-others',
      'Burmese',
      'ミャンマー',
      'wed',
      'Wednesday',
      '15-18',
      '15:00',
      'Tiếng',
    ])
      expect(whole, value).not.toContain(value)
    expect(whole).not.toMatch(/\bmy\b|\bvi\b/)
  })

  it('is not sent when no address is set', async () => {
    await tellAssistAt(null)
    smtp.messages.length = 0
    expect((await submit(personal)).status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.messages).toHaveLength(0)
  })

  it('failing to send never loses the request: it is stored and the failure logged, without its content', async () => {
    await tellAssistAt('assist-desk@test.example')
    await smtp.close()
    smtpOpen = false
    const logged = vi.spyOn(cms.payload.logger, 'error')
    const res = await submit(personal)
    expect(res.status).toBe(201)
    expect(await byReference(res.body.reference)).toMatchObject({ contact: 'lan.nguyen@example.vn', status: 'new' })
    await vi.waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 15_000 })
    const line = String(logged.mock.calls.at(-1)?.[0])
    expect(line).toContain(`could not tell Assist of consultation request ${res.body.reference}`)
    expect(line).not.toContain('lan.nguyen')
  })
})
