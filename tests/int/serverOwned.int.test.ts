/**
 * Fields only the server writes (hardening issue): the audit trail of a report, translation
 * status, the metadata and audience of a file, the holder of a lock or preference, build records,
 * file usages, the seed's ledger, account state. A client that sends them — on create or
 * update, through REST or GraphQL, with any role — has them refused or overwritten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, paragraph, PASSWORD } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'
import { uploadForm as multipart } from './helpers/rest'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']

beforeAll(async () => {
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
})
afterAll(async () => {
  await cms?.close()
})

const FORGED_DATE = '2001-01-01T00:00:00.000Z'
const stored = (collection: string, id: string, locale = 'ja') =>
  cms.payload.findByID({
    collection: collection as never,
    id,
    locale: locale as never,
    depth: 0,
    draft: true,
  }) as Promise<any>

describe('fields written by hooks are never written by clients', () => {
  it('activity reports: history, submittedAt and the good-practice link, on create and update, for members and staff', async () => {
    const forged = {
      history: [{ from: 'submitted', to: 'accepted', at: FORGED_DATE, comment: 'forged' }],
      submittedAt: FORGED_DATE,
    }
    for (const who of ['member', 'editor'] as const) {
      const created = await rest.request('POST', 'activity-reports', {
        token: tokens[who],
        body: { title: 'Plan', organisation: people.orgA.id, kind: 'annual-plan', fiscalYear: 2026, ...forged },
      })
      expect(created.status, who).toBe(201)
      const id = created.body.doc.id
      await rest.request('PATCH', `activity-reports/${id}`, { token: tokens[who], body: forged })
      const doc = await stored('activity-reports', id)
      expect(doc.history, who).toEqual([])
      expect(doc.submittedAt ?? null, who).toBeNull()
    }
  })

  it('translation status, on create and update, by translators and editors', async () => {
    const forged = { source: 99, locales: { vi: { revision: 99, at: FORGED_DATE, by: 'forged' } } }
    const created = await rest.request('POST', 'articles?locale=ja', {
      token: tokens.editor,
      body: {
        title: '状態',
        body: paragraph('本文'),
        slug: 'forged-status',
        category: 'work-and-wages',
        translationStatus: forged,
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await stored('articles', id)).translationStatus).toMatchObject({ source: 1 })
    for (const who of ['translator', 'editor'] as const) {
      await rest.request('PATCH', `articles/${id}?locale=vi`, {
        token: tokens[who],
        body: { title: 'Trạng thái', body: paragraph('vi'), translationStatus: forged },
      })
      const status = (await stored('articles', id)).translationStatus
      expect(status.source, who).toBe(1)
      expect(status.locales.vi.by, who).not.toBe('forged')
    }
  })

  it('files: their metadata and audience, on upload and on update', async () => {
    const forged = {
      audience: 'public',
      mimeType: 'text/html',
      filesize: 1,
      width: 1,
      height: 1,
      filename: 'x.html',
      url: 'https://evil.example/',
    }
    const created = await rest.request('POST', 'media?locale=ja', {
      token: tokens.editor,
      formData: multipart(await imageFile('meta.png', { width: 60, height: 40 }), { alt: '画像', ...forged }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await rest.request('PATCH', `media/${id}?locale=ja`, { token: tokens.editor, body: forged })
    const doc = await stored('media', id)
    expect([doc.audience, doc.mimeType, doc.width, doc.height, doc.filename]).toEqual([
      'team',
      'image/png',
      60,
      40,
      'meta.png',
    ])
    expect(doc.filesize).toBeGreaterThan(1)
  })

  it('locks and preferences: always in the name of whoever writes them', async () => {
    const article = await createArticle(cms.payload, { slug: 'owned-lock' })
    const lock = await rest.request('POST', 'payload-locked-documents', {
      token: tokens.translator,
      body: {
        document: { relationTo: 'articles', value: article.id },
        user: { relationTo: 'users', value: people.editor.id },
      },
    })
    expect(lock.status).toBe(201)
    expect(
      ((await cms.payload.findByID({ collection: 'payload-locked-documents', id: lock.body.doc.id, depth: 0 })) as any)
        .user.value,
    ).toBe(people.translator.id)
    const pref = await rest.request('POST', 'payload-preferences', {
      token: tokens.member,
      body: { key: 'nav', value: { open: true }, user: { relationTo: 'users', value: people.editor.id } },
    })
    if (pref.status < 300)
      expect(
        ((await cms.payload.findByID({ collection: 'payload-preferences', id: pref.body.doc.id, depth: 0 })) as any)
          .user.value,
      ).toBe(people.member.id)
    expect(
      (
        await cms.payload.find({
          collection: 'payload-preferences',
          where: { 'user.value': { equals: people.editor.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('records only the server keeps: site builds, file usages, the seed ledger', async () => {
    for (const who of ['editor', 'admin'] as const) {
      expect(
        (
          await rest.request('POST', 'site-builds', {
            token: tokens[who],
            body: { summary: 'forged', status: 'succeeded' },
          })
        ).status,
        who,
      ).toBe(403)
      expect(
        (
          await rest.request('POST', 'file-usages', {
            token: tokens[who],
            body: { source: 'articles:x', file: 'media:y', audience: 'public' },
          })
        ).status,
        who,
      ).toBe(403)
      expect(
        (await rest.request('POST', 'globals/seed-ledger', { token: tokens[who], body: { keys: ['users:someone'] } }))
          .status,
        who,
      ).toBe(403)
    }
    const gql = await rest.graphql(
      'mutation { createSiteBuild(data: { summary: "forged", status: succeeded }) { id } }',
      tokens.admin,
    )
    expect(JSON.stringify(gql.body)).toMatch(/not allowed/i)
    expect((await cms.payload.find({ collection: 'site-builds' })).totalDocs).toBe(0)
  })

  it("accounts: role, languages, organisation and sign-in state are not a member's or translator's to set", async () => {
    for (const who of ['member', 'translator'] as const) {
      const self = people[who]
      await rest.request('PATCH', `users/${self.id}`, {
        token: tokens[who],
        body: {
          role: 'admin',
          languages: ['en', 'ja'],
          organisation: people.orgB.id,
          loginAttempts: 0,
          lockUntil: null,
          _verified: true,
          hash: 'x',
          salt: 'y',
        },
      })
      const doc: any = await cms.payload.findByID({ collection: 'users', id: self.id, depth: 0 })
      expect(doc.role, who).toBe(self.role)
      expect(doc.languages ?? [], who).toEqual(self.languages ?? [])
      const orgId = (org: any) => (org && typeof org === 'object' ? org.id : (org ?? null))
      expect(orgId(doc.organisation), who).toEqual(orgId(self.organisation))
      await expect(rest.login(self.email, PASSWORD), who).resolves.toBeTruthy()
    }
  })

  it('timestamps: a client cannot back-date or post-date a document', async () => {
    const created = await rest.request('POST', 'articles?locale=ja', {
      token: tokens.editor,
      body: {
        title: '日付',
        body: paragraph('本文'),
        slug: 'forged-dates',
        category: 'work-and-wages',
        createdAt: FORGED_DATE,
        updatedAt: FORGED_DATE,
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await rest.request('PATCH', `articles/${id}?locale=ja`, {
      token: tokens.editor,
      body: { title: '日付（改）', createdAt: FORGED_DATE, updatedAt: FORGED_DATE },
    })
    const doc = await stored('articles', id)
    expect(doc.createdAt).not.toBe(FORGED_DATE)
    expect(doc.updatedAt).not.toBe(FORGED_DATE)
  })
})
