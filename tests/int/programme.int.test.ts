/**
 * The Collaborative Program in the CMS (JP-MIRAI Safety issue): participants' business sites and
 * the aggregation periods. A company account sees its own participant's sites and nothing of
 * another company's, through REST, GraphQL and the Local API; a site's code is the server's,
 * unguessable and never chosen by a client; periods never overlap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { as, PASSWORD } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
let ownSite: any
let otherSite: any

beforeAll(async () => {
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
  ownSite = await cms.payload.create({
    collection: 'business-sites',
    data: { name: '本社工場', prefecture: 'aichi', participant: people.orgA.id },
  })
  otherSite = await cms.payload.create({
    collection: 'business-sites',
    data: { name: '富士工場', prefecture: 'shizuoka', participant: people.orgB.id },
  })
}, 120_000)
afterAll(async () => cms?.close())

describe('business sites', () => {
  it('get a code of 16 letters and digits from the server, kept for the life of the site', async () => {
    expect(ownSite.code).toMatch(/^[a-hj-km-np-z2-9]{16}$/)
    expect(otherSite.code).not.toBe(ownSite.code)
    const renamed = await cms.payload.update({
      collection: 'business-sites',
      id: ownSite.id,
      data: { name: '本社第一工場' },
    })
    expect(renamed.code).toBe(ownSite.code)
  })

  it('never take a code from a client, on create or update', async () => {
    const created = await rest.request('POST', 'business-sites', {
      token: tokens.editor,
      body: { name: '偽の工場', prefecture: 'gifu', participant: people.orgA.id, code: 'aaaaaaaaaaaaaaaa' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.code).not.toBe('aaaaaaaaaaaaaaaa')
    expect(created.body.doc.code).toMatch(/^[a-hj-km-np-z2-9]{16}$/)
    const updated = await rest.request('PATCH', `business-sites/${created.body.doc.id}`, {
      token: tokens.admin,
      body: { code: ownSite.code },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.code).toBe(created.body.doc.code)
  })

  it('belong to a programme participant only', async () => {
    const outsider = await cms.payload.create({
      collection: 'organisations',
      data: { name: 'Not in the programme', slug: 'outsider', category: 'business', joinedAt: '2024-04-01' },
    })
    const res = await rest.request('POST', 'business-sites', {
      token: tokens.editor,
      body: { name: '外部', prefecture: 'gifu', participant: outsider.id },
    })
    expect(res.status).toBe(400)
  })

  it("a company reads its own participant's sites and not another company's (REST, GraphQL, Local API)", async () => {
    const list = await rest.request('GET', 'business-sites?depth=0&limit=100', { token: tokens.company })
    const names = list.body.docs.map((d: any) => d.name)
    expect(names).toContain('本社第一工場')
    expect(names).not.toContain('富士工場')
    expect((await rest.request('GET', `business-sites/${otherSite.id}`, { token: tokens.company })).status).toBe(404)
    // Filtering by another participant or sorting on its fields finds nothing either.
    const probe = await rest.request('GET', `business-sites?where[participant][equals]=${people.orgB.id}`, {
      token: tokens.company,
    })
    expect(probe.body.docs).toEqual([])

    const gql = await rest.graphql('{ BusinessSites(limit: 100) { docs { name code } } }', tokens.company)
    const gqlNames = gql.body.data.BusinessSites.docs.map((d: any) => d.name)
    expect(gqlNames).toContain('本社第一工場')
    expect(gqlNames).not.toContain('富士工場')

    const local = await cms.payload.find({ collection: 'business-sites', ...as(people.otherCompany), depth: 0 })
    expect(local.docs.map((d: any) => d.name)).toEqual(['富士工場'])
  })

  it('members, translators and Assist see no site; companies change none', async () => {
    for (const who of ['member', 'otherMember', 'translator', 'assist'] as const) {
      const res = await rest.request('GET', 'business-sites', { token: tokens[who] })
      expect([res.status, res.body.docs ?? []], who).toEqual([expect.any(Number), []])
    }
    expect((await rest.request('GET', 'business-sites')).body.docs ?? []).toEqual([])
    const edit = await rest.request('PATCH', `business-sites/${ownSite.id}`, {
      token: tokens.company,
      body: { name: '乗っ取り', participant: people.orgB.id },
    })
    expect(edit.status).toBe(403)
    const create = await rest.request('POST', 'business-sites', {
      token: tokens.company,
      body: { name: '新しい', prefecture: 'gifu', participant: people.orgA.id },
    })
    expect(create.status).toBe(403)
  })
})

describe('company accounts', () => {
  it('need a participant, and cannot move themselves to another one', async () => {
    await expect(
      cms.payload.create({
        collection: 'users',
        data: { email: 'no-participant@test.example', password: PASSWORD, role: 'company' } as never,
      }),
    ).rejects.toThrow(/participant/)
    const moved = await rest.request('PATCH', `users/${people.company.id}`, {
      token: tokens.company,
      body: { participant: people.orgB.id, role: 'admin' },
    })
    const me = await cms.payload.findByID({ collection: 'users', id: people.company.id, depth: 0 })
    expect([moved.status === 200 || moved.status === 403, me.role, me.participant]).toEqual([
      true,
      'company',
      people.orgA.id,
    ])
  })

  it('are not members: no members-only events, newsletters, files or reports', async () => {
    await cms.payload.create({
      collection: 'events',
      data: {
        title: '会員向け',
        slug: 'members-only-event',
        kind: 'seminar',
        audience: 'members-only',
        start: '2026-12-10T14:00:00+09:00',
        end: '2026-12-10T16:00:00+09:00',
        online: true,
        _status: 'published',
      } as never,
    })
    for (const who of ['company', 'assist'] as const) {
      const events = await rest.request('GET', 'events?where[slug][equals]=members-only-event', { token: tokens[who] })
      expect(events.body.docs, who).toEqual([])
      const reports = await rest.request('GET', 'activity-reports', { token: tokens[who] })
      expect(reports.body.docs ?? [], who).toEqual([])
    }
    const asMember = await rest.request('GET', 'events?where[slug][equals]=members-only-event', {
      token: tokens.member,
    })
    expect(asMember.body.docs).toHaveLength(1)
  })
})

describe('aggregation periods', () => {
  it('are set by the secretariat, read by companies, and never overlap', async () => {
    const first = await rest.request('POST', 'safety-periods', {
      token: tokens.editor,
      body: { label: '2026年度上期', startsOn: '2026-04-01', endsOn: '2026-09-30' },
    })
    expect(first.status).toBe(201)
    const overlapping = await rest.request('POST', 'safety-periods', {
      token: tokens.editor,
      body: { label: '重複', startsOn: '2026-09-30T15:00:00+09:00', endsOn: '2027-03-31' },
    })
    expect(overlapping.status).toBe(400)
    expect(JSON.stringify(overlapping.body)).toContain('Overlaps the period')
    const backwards = await rest.request('POST', 'safety-periods', {
      token: tokens.editor,
      body: { label: '逆', startsOn: '2027-03-31', endsOn: '2026-10-01' },
    })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('The last day comes before the first day')
    const next = await rest.request('POST', 'safety-periods', {
      token: tokens.editor,
      body: { label: '2026年度下期', startsOn: '2026-10-01', endsOn: '2027-03-31' },
    })
    expect(next.status).toBe(201)

    const read = await rest.request('GET', 'safety-periods', { token: tokens.company })
    expect(read.body.docs.map((p: any) => p.label)).toEqual(['2026年度下期', '2026年度上期'])
    for (const who of ['member', 'translator', 'assist'] as const)
      expect((await rest.request('GET', 'safety-periods', { token: tokens[who] })).body.docs ?? [], who).toEqual([])
    expect(
      (
        await rest.request('POST', 'safety-periods', {
          token: tokens.company,
          body: { label: 'x', startsOn: '2030-01-01', endsOn: '2030-02-01' },
        })
      ).status,
    ).toBe(403)
  })
})
