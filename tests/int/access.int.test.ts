import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { as, createArticle, createPeople, paragraph, PASSWORD, type People } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { restClient, type RestClient } from './helpers/rest'

let cms: TestCms
let people: People
let rest: RestClient
const tokens: Record<string, string> = {}

beforeAll(async () => {
  cms = await startCms()
  people = await createPeople(cms.payload)
  rest = restClient(cms.config)
  for (const who of ['admin', 'editor', 'translator', 'member', 'otherMember'] as const) {
    tokens[who] = await rest.login(people[who].email, PASSWORD)
  }
})
afterAll(async () => {
  await cms?.close()
})

async function rejected(operation: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await operation
  } catch (error: any) {
    return { status: error?.status ?? 500, message: String(error?.message) }
  }
  throw new Error('expected the operation to be refused')
}

const draft = (overrides: Record<string, unknown> = {}) =>
  createArticle(cms.payload, { _status: 'draft', ...overrides })

function event(audience: 'public' | 'members-only', status: 'published' | 'draft' = 'published') {
  return cms.payload.create({
    collection: 'events',
    locale: 'ja',
    data: {
      title: `${audience} ${status}`,
      slug: `event-${audience}-${status}-${Math.random().toString(36).slice(2, 7)}`,
      kind: 'seminar',
      audience,
      start: '2026-12-10T14:00:00+09:00',
      end: '2026-12-10T16:00:00+09:00',
      online: true,
      _status: status,
    } as never,
  })
}

function report(org: any, status = 'draft', visibility = 'private') {
  return cms.payload.create({
    collection: 'activity-reports',
    data: {
      title: `${org.name} FY2024 ${status}`,
      organisation: org.id,
      kind: 'annual-plan',
      fiscalYear: 2024,
      status,
      visibility,
    } as never,
  })
}

describe('public readers (no account)', () => {
  it('see published articles but never drafts, through the Local API and REST', async () => {
    const published = await createArticle(cms.payload, { title: '公開記事' })
    const hidden = await draft({ title: '下書き' })
    const found = await cms.payload.find({ collection: 'articles', ...as(null), limit: 100 })
    const ids = found.docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(hidden.id)
    expect((await rest.request('GET', `articles/${hidden.id}`)).status).toBe(404)
    expect((await rest.request('GET', `articles/${published.id}`)).status).toBe(200)
    // asking for drafts does not reveal them either
    const withDraft = await rest.request('GET', `articles?draft=true&where[id][equals]=${hidden.id}`)
    expect(withDraft.body.docs).toHaveLength(0)
  })

  it('get the same answer through GraphQL', async () => {
    const hidden = await draft({ title: 'GraphQLの下書き', slug: 'graphql-draft' })
    const published = await createArticle(cms.payload, { slug: 'graphql-published' })
    const res = await rest.graphql('{ Articles(limit: 100, draft: true) { docs { id slug } } }')
    expect(res.status).toBe(200)
    const slugs = res.body.data.Articles.docs.map((d: any) => d.slug)
    expect(slugs).toContain(published.slug)
    expect(slugs).not.toContain(hidden.slug)
    const reports = await rest.graphql('{ ActivityReports { docs { id } } }')
    expect(reports.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('see public events only; members-only and unpublished events stay hidden', async () => {
    const open = await event('public')
    const membersOnly = await event('members-only')
    const unpublished = await event('public', 'draft')
    const res = await rest.request('GET', 'events?limit=100')
    const ids = res.body.docs.map((d: any) => d.id)
    expect(ids).toContain(open.id)
    expect(ids).not.toContain(membersOnly.id)
    expect(ids).not.toContain(unpublished.id)
  })

  it('see only organisations that agreed to be listed', async () => {
    const res = await rest.request('GET', 'organisations?limit=100')
    const slugs = res.body.docs.map((d: any) => d.slug)
    expect(slugs).toContain('sakura-manufacturing')
    expect(slugs).not.toContain('fuji-support')
  })

  it('cannot read activity reports, users or create anything', async () => {
    await report(people.orgA, 'accepted', 'members-only')
    expect((await rest.request('GET', 'activity-reports')).status).toBe(403)
    expect((await rest.request('GET', 'users')).status).toBe(403)
    const create = await rest.request('POST', 'articles', {
      body: { title: 'x', slug: 'anon', category: 'daily-life', body: paragraph('x') },
    })
    expect(create.status).toBe(403)
  })
})

describe('members', () => {
  it('read members-only events, but still not unpublished ones', async () => {
    const membersOnly = await event('members-only')
    const unpublished = await event('members-only', 'draft')
    const res = await rest.request('GET', 'events?limit=100', { token: tokens.member })
    const ids = res.body.docs.map((d: any) => d.id)
    expect(ids).toContain(membersOnly.id)
    expect(ids).not.toContain(unpublished.id)
  })

  it('see every member organisation, so shared reports have a name on them', async () => {
    const res = await rest.request('GET', 'organisations?limit=100', { token: tokens.member })
    expect(res.body.docs.map((d: any) => d.slug)).toEqual(
      expect.arrayContaining(['sakura-manufacturing', 'fuji-support']),
    )
    const update = await rest.request('PATCH', `organisations/${people.orgA.id}`, {
      token: tokens.member,
      body: { public: false },
    })
    expect(update.status).toBe(403)
  })

  it('create reports for their own organisation only, whatever the request says', async () => {
    const res = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'Plan FY2025', kind: 'annual-plan', fiscalYear: 2025, organisation: people.orgB.id },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.organisation.id ?? res.body.doc.organisation).toBe(people.orgA.id)
    expect(res.body.doc.status).toBe('draft')
  })

  it("never see another organisation's private reports, but do see ones shared with members", async () => {
    const otherPrivate = await report(people.orgB, 'accepted', 'private')
    const otherShared = await report(people.orgB, 'accepted', 'members-only')
    const otherDraft = await report(people.orgB, 'draft', 'members-only')
    const list = await rest.request('GET', 'activity-reports?limit=100', { token: tokens.member })
    const ids = list.body.docs.map((d: any) => d.id)
    expect(ids).toContain(otherShared.id)
    expect(ids).not.toContain(otherPrivate.id)
    expect(ids).not.toContain(otherDraft.id)
    expect((await rest.request('GET', `activity-reports/${otherPrivate.id}`, { token: tokens.member })).status).toBe(
      404,
    )
  })

  it('edit their draft, submit it, and then cannot change it any more', async () => {
    const own = await report(people.orgA)
    const edit = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.member,
      body: { title: 'Revised plan' },
    })
    expect(edit.status).toBe(200)
    const submit = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.member,
      body: { status: 'submitted' },
    })
    expect(submit.status).toBe(200)
    expect(submit.body.doc.status).toBe('submitted')
    expect(submit.body.doc.history.at(-1)).toMatchObject({ from: 'draft', to: 'submitted' })
    const after = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.member,
      body: { title: 'Sneaky change' },
    })
    expect(after.status).toBe(403)
    const stored: any = await cms.payload.findByID({ collection: 'activity-reports', id: own.id })
    expect(stored.title).toBe('Revised plan')
  })

  it('cannot accept their own report, and are told why', async () => {
    const own = await report(people.orgA)
    const res = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.member,
      body: { status: 'accepted' },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('A member cannot move a report from \\"draft\\" to \\"accepted\\"')
  })

  it("cannot touch another organisation's report", async () => {
    const theirs = await report(people.orgB)
    const res = await rest.request('PATCH', `activity-reports/${theirs.id}`, {
      token: tokens.member,
      body: { title: 'mine now' },
    })
    expect(res.status).toBe(403)
    expect((await rest.request('DELETE', `activity-reports/${theirs.id}`, { token: tokens.member })).status).toBe(403)
  })

  it('cannot publish or edit public content, nor read drafts', async () => {
    const create = await rest.request('POST', 'articles?locale=ja', {
      token: tokens.member,
      body: {
        title: '会員の記事',
        slug: 'member-article',
        category: 'daily-life',
        body: paragraph('x'),
        _status: 'published',
      },
    })
    expect(create.status).toBe(403)
    const hidden = await draft()
    const found = await cms.payload.find({ collection: 'articles', ...as(people.member), draft: true, limit: 100 })
    expect(found.docs.map((d) => d.id)).not.toContain(hidden.id)
    const published = await createArticle(cms.payload)
    const update = await rest.request('PATCH', `articles/${published.id}?locale=ja`, {
      token: tokens.member,
      body: { title: 'hacked' },
    })
    expect(update.status).toBe(403)
  })
})

describe('the secretariat reviews reports', () => {
  it('returns a report with a comment, and the member can resubmit it', async () => {
    const own = await report(people.orgA)
    await rest.request('PATCH', `activity-reports/${own.id}`, { token: tokens.member, body: { status: 'submitted' } })
    const noComment = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.editor,
      body: { status: 'returned' },
    })
    expect(noComment.status).toBe(400)
    expect(JSON.stringify(noComment.body)).toContain('Say what the member should change')
    const returned = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.editor,
      body: { status: 'returned', reviewComment: 'Please add the training hours.' },
    })
    expect(returned.status).toBe(200)
    const fix = await rest.request('PATCH', `activity-reports/${own.id}`, {
      token: tokens.member,
      body: { title: 'Plan with hours', status: 'submitted' },
    })
    expect(fix.status).toBe(200)
    const history = fix.body.doc.history.map((h: any) => `${h.from}>${h.to}`)
    expect(history).toEqual(['draft>submitted', 'submitted>returned', 'returned>submitted'])
    expect(fix.body.doc.history[1].comment).toBe('Please add the training hours.')
  })
})

describe('translators (assigned vi and my)', () => {
  it('update their languages', async () => {
    const article = await createArticle(cms.payload)
    const res = await rest.request('PATCH', `articles/${article.id}?locale=vi`, {
      token: tokens.translator,
      // Marked ready for readers, so it goes live at once (the gate: readyGate.int.test.ts).
      body: { title: 'Lương tối thiểu', body: paragraph('vi'), translationReady: true },
    })
    expect(res.status).toBe(200)
    const vi: any = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      fallbackLocale: false,
    })
    expect(vi.title).toBe('Lương tối thiểu')
  })

  it('are refused in any other language, and for all languages at once', async () => {
    const article = await createArticle(cms.payload, { title: '元のまま' })
    for (const locale of ['ja', 'en', 'zh', 'all']) {
      const res = await rest.request('PATCH', `articles/${article.id}?locale=${locale}`, {
        token: tokens.translator,
        body: { title: 'changed' },
      })
      expect(res.status, locale).toBe(403)
    }
    const local = await rejected(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'en',
        data: { title: 'changed' },
        ...as(people.translator),
      }),
    )
    expect(local.status).toBe(403)
    const ja: any = await cms.payload.findByID({ collection: 'articles', id: article.id, locale: 'ja' })
    expect(ja.title).toBe('元のまま')
  })

  it('cannot change what all languages share (slug, category)', async () => {
    const article = await createArticle(cms.payload, { slug: 'shared-fields', category: 'work-and-wages' })
    const res = await rest.request('PATCH', `articles/${article.id}?locale=vi`, {
      token: tokens.translator,
      body: { title: 'Tiêu đề', body: paragraph('vi'), slug: 'renamed', category: 'daily-life' },
    })
    expect(res.status).toBe(200)
    const stored: any = await cms.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.slug).toBe('shared-fields')
    expect(stored.category).toBe('work-and-wages')
  })

  it('cannot create, delete, or publish a document that was never published', async () => {
    const create = await rest.request('POST', 'articles?locale=vi', {
      token: tokens.translator,
      body: { title: 'Mới', slug: 'translator-new', category: 'daily-life', body: paragraph('x') },
    })
    expect(create.status).toBe(403)
    const article = await createArticle(cms.payload)
    expect((await rest.request('DELETE', `articles/${article.id}`, { token: tokens.translator })).status).toBe(403)

    const unpublished = await draft({ title: '下書き' })
    const saveDraft = await rest.request('PATCH', `articles/${unpublished.id}?locale=vi&draft=true`, {
      token: tokens.translator,
      body: { title: 'Bản nháp' },
    })
    expect(saveDraft.status).toBe(200)
    const publish = await rest.request('PATCH', `articles/${unpublished.id}?locale=vi`, {
      token: tokens.translator,
      body: { title: 'Bản nháp', body: paragraph('vi'), _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const stored: any = await cms.payload.findByID({ collection: 'articles', id: unpublished.id })
    expect(stored._status).toBe('draft')
  })

  it('read drafts to translate them', async () => {
    const unpublished = await draft()
    const res = await rest.request('GET', `articles/${unpublished.id}?draft=true`, { token: tokens.translator })
    expect(res.status).toBe(200)
  })

  it('cannot read activity reports', async () => {
    expect((await rest.request('GET', 'activity-reports', { token: tokens.translator })).status).toBe(403)
  })
})

describe('editors', () => {
  it('create, publish, update and delete content in every language', async () => {
    const created = await rest.request('POST', 'articles?locale=ja', {
      token: tokens.editor,
      body: {
        title: '編集者の記事',
        slug: 'editor-article',
        category: 'daily-life',
        body: paragraph('x'),
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(
      (
        await rest.request('PATCH', `articles/${id}?locale=en`, {
          token: tokens.editor,
          body: { title: 'Editor article', body: paragraph('en') },
        })
      ).status,
    ).toBe(200)
    expect((await rest.request('GET', `articles/${id}`)).status).toBe(200)
    expect((await rest.request('DELETE', `articles/${id}`, { token: tokens.editor })).status).toBe(200)
  })

  it('cannot change anyone’s role or create accounts', async () => {
    const res = await rest.request('PATCH', `users/${people.member.id}`, {
      token: tokens.editor,
      body: { role: 'admin' },
    })
    expect(res.status).toBe(403)
    const own = await rest.request('PATCH', `users/${people.editor.id}`, {
      token: tokens.editor,
      body: { role: 'admin', name: 'Ed' },
    })
    expect(own.status).toBe(200)
    expect(own.body.doc.role).toBe('editor')
    const create = await rest.request('POST', 'users', {
      token: tokens.editor,
      body: { email: 'new@test.example', password: PASSWORD, role: 'admin' },
    })
    expect(create.status).toBe(403)
  })
})

describe('admins', () => {
  it('manage accounts and roles', async () => {
    const create = await rest.request('POST', 'users', {
      token: tokens.admin,
      body: { email: 'new-editor@test.example', password: PASSWORD, role: 'editor' },
    })
    expect(create.status).toBe(201)
    expect(create.body.doc.role).toBe('editor')
    const promote = await rest.request('PATCH', `users/${create.body.doc.id}`, {
      token: tokens.admin,
      body: { role: 'admin' },
    })
    expect(promote.body.doc.role).toBe('admin')
  })

  it('refuse a member account without an organisation', async () => {
    const res = await rest.request('POST', 'users', {
      token: tokens.admin,
      body: { email: 'orphan@test.example', password: PASSWORD, role: 'member' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('A member account must belong to an organisation')
  })
})

describe('background jobs', () => {
  it('run only for the secretariat or a scheduler holding CRON_SECRET', async () => {
    expect([401, 403]).toContain((await rest.request('GET', 'payload-jobs/run')).status)
    expect([401, 403]).toContain((await rest.request('GET', 'payload-jobs/run', { token: tokens.member })).status)
    expect((await rest.request('GET', 'payload-jobs/run', { token: tokens.editor })).status).toBe(200)
    process.env.CRON_SECRET = 'scheduler-secret'
    try {
      const res = await rest.request('GET', 'payload-jobs/run', {
        headers: { Authorization: 'Bearer scheduler-secret' },
      })
      expect(res.status).toBe(200)
    } finally {
      delete process.env.CRON_SECRET
    }
  })
})

describe('login', () => {
  it('locks an account after five failed attempts in a row', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'lock@test.example', password: PASSWORD, role: 'editor' } as never,
    })
    for (let i = 0; i < 5; i++) {
      const res = await rest.request('POST', 'users/login', { body: { email: 'lock@test.example', password: 'wrong' } })
      expect(res.status).toBe(401)
    }
    const locked = await rest.request('POST', 'users/login', {
      body: { email: 'lock@test.example', password: PASSWORD },
    })
    expect(locked.status).not.toBe(200)
    expect(JSON.stringify(locked.body).toLowerCase()).toContain('locked')
  })
})
