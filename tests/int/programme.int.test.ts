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

describe('a site workers have answered for', () => {
  let period: any
  beforeAll(async () => {
    period = await cms.payload.create({
      collection: 'safety-periods',
      data: { label: '2030年度', startsOn: '2030-04-01', endsOn: '2031-03-31' },
    })
  })
  // Its answers and tallies go with it.
  afterAll(() => cms.payload.delete({ collection: 'safety-periods', id: period.id }))
  const answered = async (name: string, how: 'answer' | 'tally') => {
    const site = await cms.payload.create({
      collection: 'business-sites',
      data: { name, prefecture: 'gifu', participant: people.orgA.id },
    })
    if (how === 'answer')
      await cms.payload.create({
        collection: 'safety-answers',
        data: {
          site: site.id,
          period: period.id,
          language: 'vi',
          answers: { 'passport-kept': true },
          day: '2030-05-01',
          token: `token-${site.id}`,
        },
      })
    else
      await cms.payload.create({
        collection: 'safety-tallies',
        data: { site: site.id, period: period.id, tally: { respondents: 5, questions: {}, languages: {} } },
      })
    return site
  }
  const STAYS =
    'Workers have answered for this site, so it stays with this participant: their answers were given for this company. Add a new site for the other one.'

  it('stays with its participant, whoever asks and whichever way, with a clear reason', async () => {
    for (const how of ['answer', 'tally'] as const) {
      const site = await answered(`回答済み工場 (${how})`, how)
      for (const who of ['admin', 'editor'] as const) {
        const moved = await rest.request('PATCH', `business-sites/${site.id}`, {
          token: tokens[who],
          body: { participant: people.orgB.id, name: '移した工場' },
        })
        expect(moved.status, `${how} ${who}`).toBe(400)
        expect(moved.body.errors[0].data.errors).toEqual([{ path: 'participant', message: STAYS }])
      }
      const gql = await rest.graphql(
        `mutation { updateBusinessSite(id: "${site.id}", data: { participant: "${people.orgB.id}" }) { id } }`,
        tokens.admin,
      )
      expect(JSON.stringify(gql.body.errors), how).toContain('participant')
      await expect(
        cms.payload.update({ collection: 'business-sites', id: site.id, data: { participant: people.orgB.id } }),
      ).rejects.toThrow(/participant/)
      const after = await cms.payload.findByID({ collection: 'business-sites', id: site.id, depth: 0 })
      expect([after.participant, after.name, after.code]).toEqual([people.orgA.id, site.name, site.code])
      // The company of the answers still reads its site; the other one does not.
      expect((await rest.request('GET', `business-sites/${site.id}`, { token: tokens.company })).status).toBe(200)
      expect((await rest.request('GET', `business-sites/${site.id}`, { token: tokens.otherCompany })).status).toBe(404)
    }
  })

  it('may still be renamed or closed, and keeps its code', async () => {
    const site = await answered('名前を変える工場', 'answer')
    const edited = await rest.request('PATCH', `business-sites/${site.id}`, {
      token: tokens.admin,
      body: { name: '新しい名前', active: false, participant: people.orgA.id, code: 'aaaaaaaaaaaaaaaa' },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect([edited.body.doc.name, edited.body.doc.active, edited.body.doc.code]).toEqual([
      '新しい名前',
      false,
      site.code,
    ])
  })

  it('moves freely while nobody has answered for it', async () => {
    const site = await cms.payload.create({
      collection: 'business-sites',
      data: { name: 'まだの工場', prefecture: 'gifu', participant: people.orgA.id },
    })
    const moved = await rest.request('PATCH', `business-sites/${site.id}`, {
      token: tokens.admin,
      body: { participant: people.orgB.id },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.participant.id ?? moved.body.doc.participant).toBe(people.orgB.id)
  })
})

describe('who is in the Collaborative Program', () => {
  const programmeOf = async (who: keyof typeof tokens | undefined, id: string) => {
    const res = await rest.request('GET', `organisations/${id}?depth=0`, { token: who && tokens[who] })
    return res.status === 200 ? (res.body.programme ?? 'hidden') : `status ${res.status}`
  }

  it("is read by the secretariat and by an organisation's own accounts, of their organisation only (REST)", async () => {
    // orgA is listed publicly, orgB is not; both take part.
    const seen: Record<string, unknown[]> = {}
    for (const who of [undefined, ...(Object.keys(tokens) as (keyof typeof tokens)[])])
      seen[who ?? 'anonymous'] = [await programmeOf(who, people.orgA.id), await programmeOf(who, people.orgB.id)]
    const shown = { participant: true }
    expect(seen).toEqual({
      anonymous: ['hidden', 'status 404'],
      admin: [shown, shown],
      editor: [shown, shown],
      translator: ['hidden', 'status 404'],
      member: [shown, 'hidden'],
      otherMember: ['hidden', shown],
      company: [shown, 'status 404'],
      otherCompany: ['hidden', 'status 404'],
      assist: ['hidden', 'status 404'],
    })
  })

  it('cannot be found out by filtering or sorting, nor through GraphQL or the Local API', async () => {
    for (const who of [undefined, 'member', 'otherMember', 'translator', 'company', 'assist'] as const) {
      const token = who && tokens[who]
      for (const query of [
        'where[programme.participant][equals]=true',
        'where[programme.participant][equals]=false',
        'where[programme.participant][exists]=true',
        'sort=programme.participant',
        'sort=-programme.participant',
      ]) {
        const res = await rest.request('GET', `organisations?${query}&depth=0`, { token })
        expect([res.status, who, query]).toEqual([400, who, query])
      }
      // Through a relation too: sites by their participant's membership.
      const sites = await rest.request('GET', 'business-sites?where[participant.programme.participant][equals]=true', {
        token,
      })
      expect(sites.body.docs ?? [], who).toEqual([])
      const gql = await rest.graphql('{ Organisations(limit: 100) { docs { id programme { participant } } } }', token)
      expect(gql.body.data.Organisations.docs.length, who).toBeGreaterThan(0)
      const own = { member: people.orgA.id, otherMember: people.orgB.id, company: people.orgA.id }[who as string]
      for (const doc of gql.body.data?.Organisations?.docs ?? [])
        expect(doc.programme?.participant ?? null, `${who} ${doc.id}`).toBe(doc.id === own ? true : null)
      const gqlWhere = await rest.graphql(
        '{ Organisations(where: { programme__participant: { equals: true } }) { docs { id } } }',
        token,
      )
      expect(gqlWhere.body.data?.Organisations ?? null, who).toBeNull()
    }
    const asMember = await cms.payload.findByID({
      collection: 'organisations',
      id: people.orgB.id,
      depth: 0,
      ...as(people.member),
    })
    expect(asMember.programme).toBeUndefined()
    await expect(
      cms.payload.find({
        collection: 'organisations',
        where: { 'programme.participant': { equals: true } },
        ...as(people.member),
      }),
    ).rejects.toThrow(/cannot be queried/)
    const asStaff = await rest.request('GET', 'organisations?where[programme.participant][equals]=true&depth=0', {
      token: tokens.editor,
    })
    expect(asStaff.body.docs.map((d: any) => d.id).sort()).toEqual([people.orgA.id, people.orgB.id].sort())
  })

  it('is changed by the secretariat only', async () => {
    const res = await rest.request('PATCH', `organisations/${people.orgA.id}`, {
      token: tokens.member,
      body: { programme: { participant: false } },
    })
    expect(res.status).toBe(403)
    const org = await cms.payload.findByID({ collection: 'organisations', id: people.orgA.id, depth: 0 })
    expect(org.programme?.participant).toBe(true)
  })
})

describe('company accounts', () => {
  it('of a participant that is not listed can edit their own account', async () => {
    // Their participant's membership is not theirs to query: saving their own account must not
    // depend on it.
    const res = await rest.request('PATCH', `users/${people.otherCompany.id}`, {
      token: tokens.otherCompany,
      body: { name: '富士 花子', participant: people.orgB.id },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const me = await cms.payload.findByID({ collection: 'users', id: people.otherCompany.id, depth: 0 })
    expect([me.name, me.participant]).toEqual(['富士 花子', people.orgB.id])
  })

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
