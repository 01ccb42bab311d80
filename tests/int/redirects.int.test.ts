/**
 * Links that never break: a published document whose slug changes, or which is deleted, leaves a
 * redirect for its old page in every language; chains collapse, a path that is a page again stops
 * redirecting; only the secretariat reads or writes redirects, and a path that is not the site's
 * is refused by name. Run with PAYLOAD_SCHEMA_PUSH=1 until the lead's migration exists.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { buildSnapshot } from '@mirai/cms/snapshot'
import { PAGE_KIND_TERMS } from '@mirai/content-schemas/taxonomies'

import { as, createArticle, paragraph } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

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
beforeEach(async () => {
  await cms.payload.delete({ collection: 'redirects', where: { id: { exists: true } } })
})

/** Every redirect, as `from → to`, sorted. */
async function redirects(): Promise<string[]> {
  const { docs } = await cms.payload.find({ collection: 'redirects', pagination: false, depth: 0 })
  return docs.map((d) => `${d.from} → ${d.to}`).sort()
}

/** What an editor reads of a refused save: each error's message, the fields' included. */
const messagesOf = (body: any): string =>
  (body?.errors ?? [])
    .flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => `${f.path}: ${f.message}`)])
    .join('\n')

const inEveryLanguage = (from: (lang: string) => string, to: (lang: string) => string) =>
  LOCALE_CODES.map((lang) => `${from(lang)} → ${to(lang)}`).sort()

const rename = (id: string, slug: string, extra: Record<string, unknown> = {}) =>
  cms.payload.update({ collection: 'articles', id, data: { slug, ...extra } as never, ...as(people.editor) })

describe('a published document’s slug changes', () => {
  it('redirects its old page in every language to the new one', async () => {
    const article = await createArticle(cms.payload, { slug: 'wages-old' })
    await rename(article.id, 'wages-new')
    expect(await redirects()).toEqual(
      inEveryLanguage(
        (l) => `/${l}/articles/wages-old/`,
        (l) => `/${l}/articles/wages-new/`,
      ),
    )
    const { docs } = await cms.payload.find({ collection: 'redirects', limit: 1 })
    expect(docs[0]!.kind).toBe('renamed')
  })

  it('collapses chains (A→B, then B→C gives A→C and B→C) and renaming back leaves no loop', async () => {
    const article = await createArticle(cms.payload, { slug: 'chain-a' })
    await rename(article.id, 'chain-b')
    await rename(article.id, 'chain-c')
    expect(await redirects()).toEqual(
      [
        ...inEveryLanguage(
          (l) => `/${l}/articles/chain-a/`,
          (l) => `/${l}/articles/chain-c/`,
        ),
        ...inEveryLanguage(
          (l) => `/${l}/articles/chain-b/`,
          (l) => `/${l}/articles/chain-c/`,
        ),
      ].sort(),
    )
    // Back to A: A is a page again (no redirect from it), B and C lead to A.
    await rename(article.id, 'chain-a')
    const now = await redirects()
    expect(now.some((r) => r.startsWith('/ja/articles/chain-a/ '))).toBe(false)
    expect(now).toContain('/vi/articles/chain-b/ → /vi/articles/chain-a/')
    expect(now).toContain('/vi/articles/chain-c/ → /vi/articles/chain-a/')
    expect(now).toHaveLength(2 * LOCALE_CODES.length)
  })

  it('a new document at an old address takes it back', async () => {
    const article = await createArticle(cms.payload, { slug: 'taken-old' })
    await rename(article.id, 'taken-new')
    await createArticle(cms.payload, { slug: 'taken-old' })
    expect(await redirects()).toEqual([])
  })

  it('a draft with a new slug moves nothing until it is published, then the published slug is the old one', async () => {
    const article = await createArticle(cms.payload, { slug: 'draft-old' })
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { slug: 'draft-new' } as never,
      ...as(people.editor),
    })
    expect(await redirects()).toEqual([])
    await rename(article.id, 'draft-new', { _status: 'published' })
    expect(await redirects()).toContain('/ja/articles/draft-old/ → /ja/articles/draft-new/')
    expect(await redirects()).toHaveLength(LOCALE_CODES.length)
  })

  it('a document never published leaves nothing behind', async () => {
    const draft = await createArticle(cms.payload, { slug: 'never-old', _status: 'draft' })
    await cms.payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { slug: 'never-new' } as never,
    })
    await cms.payload.delete({ collection: 'articles', id: draft.id })
    expect(await redirects()).toEqual([])
  })

  const KIND = PAGE_KIND_TERMS[0]!.value
  it('organisation pages redirect in the languages they have pages in', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: 'About us',
        slug: 'about-old',
        kind: KIND,
        body: paragraph('We are JP-MIRAI.'),
        _status: 'published',
      } as never,
    })
    await cms.payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { slug: 'about-new' } as never })
    expect(await redirects()).toEqual(['/en/about-old/ → /en/about-new/', '/ja/about-old/ → /ja/about-new/'])
  })
})

describe('a published document is deleted', () => {
  it('its pages redirect to its section’s list, and redirects that led to it follow', async () => {
    const article = await createArticle(cms.payload, { slug: 'gone-old' })
    await rename(article.id, 'gone')
    await cms.payload.delete({ collection: 'articles', id: article.id, ...as(people.editor) })
    const now = await redirects()
    expect(now).toEqual(
      [
        ...inEveryLanguage(
          (l) => `/${l}/articles/gone/`,
          (l) => `/${l}/articles/`,
        ),
        ...inEveryLanguage(
          (l) => `/${l}/articles/gone-old/`,
          (l) => `/${l}/articles/`,
        ),
      ].sort(),
    )
    const deleted = await cms.payload.find({
      collection: 'redirects',
      where: { from: { equals: '/ja/articles/gone/' } },
    })
    expect(deleted.docs[0]!.kind).toBe('deleted')
  })
})

describe('who may read and write redirects', () => {
  const sample = { from: '/ja/campaign-2025/', to: '/ja/articles/' }
  const outsiders = ['translator', 'member', 'company', 'assist'] as const

  it('editors and admins write their own (always "manual", a forged kind is ignored)', async () => {
    const made = await rest.request('POST', 'redirects', { token: tokens.editor, body: { ...sample, kind: 'renamed' } })
    expect(made.status).toBe(201)
    expect(made.body.doc).toMatchObject({ ...sample, kind: 'manual' })
    const changed = await rest.request('PATCH', `redirects/${made.body.doc.id}`, {
      token: tokens.admin,
      body: { to: '/ja/events/', kind: 'deleted' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc).toMatchObject({ to: '/ja/events/', kind: 'manual' })
    expect((await rest.request('DELETE', `redirects/${made.body.doc.id}`, { token: tokens.editor })).status).toBe(200)
    expect(await redirects()).toEqual([])
  })

  it('no one else reads or writes them: REST, GraphQL, Local API with access on', async () => {
    const existing = await cms.payload.create({ collection: 'redirects', data: { ...sample, kind: 'manual' } })
    for (const who of [...outsiders, null]) {
      const token = who ? tokens[who] : undefined
      const label = who ?? 'anonymous'
      const list = await rest.request('GET', 'redirects', { token })
      expect(list.status, label).toBe(403)
      expect((await rest.request('GET', `redirects/${existing.id}`, { token })).status, label).toBe(403)
      const created = await rest.request('POST', 'redirects', { token, body: { from: '/ja/x-1/', to: '/ja/' } })
      expect(created.status, label).toBe(403)
      const patched = await rest.request('PATCH', `redirects/${existing.id}`, { token, body: { to: '/ja/events/' } })
      expect(patched.status, label).toBe(403)
      expect((await rest.request('DELETE', `redirects/${existing.id}`, { token })).status, label).toBe(403)
      const gql = await rest.graphql('{ Redirects { docs { from to } } }', token)
      expect(gql.body.data?.Redirects ?? null, label).toBeNull()
      expect(JSON.stringify(gql.body.errors), label).toMatch(/not allowed/i)
      const mutation = await rest.graphql(
        'mutation { createRedirect(data: { from: "/ja/g/", to: "/ja/" }) { id } }',
        token,
      )
      expect(mutation.body.data?.createRedirect ?? null, label).toBeNull()
    }
    for (const who of outsiders) {
      const user = people[who]
      await expect(cms.payload.find({ collection: 'redirects', ...as(user) })).rejects.toThrow(/not allowed/i)
      await expect(
        cms.payload.create({ collection: 'redirects', data: { from: '/ja/l/', to: '/ja/' } as never, ...as(user) }),
      ).rejects.toThrow(/not allowed/i)
      await expect(
        cms.payload.update({ collection: 'redirects', id: existing.id, data: { to: '/vi/' }, ...as(user) }),
      ).rejects.toThrow(/not allowed/i)
      await expect(cms.payload.delete({ collection: 'redirects', id: existing.id, ...as(user) })).rejects.toThrow(
        /not allowed/i,
      )
    }
    expect(await redirects()).toEqual(['/ja/campaign-2025/ → /ja/articles/'])
  })

  it('a translator’s save of a published document moves nothing and writes no redirect of their choosing', async () => {
    const article = await createArticle(cms.payload, { slug: 'translated' })
    const res = await rest.request('PATCH', `articles/${article.id}?locale=vi`, {
      token: tokens.translator,
      body: { title: 'Lương tối thiểu', slug: 'hijacked' },
    })
    expect(await redirects()).toEqual([])
    const stored = await cms.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.slug, `status ${res.status}`).toBe('translated')
  })
})

describe('hostile paths are refused with a clear message, nothing stored', () => {
  const HOSTILE: [string, RegExp][] = [
    ['/ja/a/\r\nSet-Cookie: session=x', /must be a path of this site.*the segment/],
    ['/ja/a/\r\n', /the segment/],
    ['/ja/../etc/passwd', /the segment "\.\."/],
    ['//evil.example/', /empty segment/],
    ['/ja/$host/', /the segment "\$host"/],
    ['/ja/a b/', /the segment "a b"/],
    ['https://evil.example/', /not an absolute path/],
    ['/.host/nginx.conf', /the segment "\.host"/],
    [`/${'a'.repeat(1000)}/`, /longer than 900/],
    ['/ja/<script>alert(1)</script>/', /the segment/],
  ]

  it.each(HOSTILE)('%j', async (path, message) => {
    for (const body of [
      { from: path, to: '/ja/' },
      { from: '/ja/fine/', to: path },
    ]) {
      const res = await rest.request('POST', 'redirects', { token: tokens.editor, body })
      expect(res.status).toBe(400)
      expect(messagesOf(res.body)).toMatch(message)
    }
    expect(await redirects()).toEqual([])
  })

  it('wrong types, a redirect to itself, a second one from a path and loops', async () => {
    for (const body of [{ from: 42, to: '/ja/' }, { from: ['/ja/a/'], to: '/ja/' }, { from: '/ja/a/' }, {}]) {
      const res = await rest.request('POST', 'redirects', { token: tokens.editor, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    const self = await rest.request('POST', 'redirects', {
      token: tokens.editor,
      body: { from: '/ja/a/', to: '/ja/a/' },
    })
    expect(self.status).toBe(400)
    expect(messagesOf(self.body)).toMatch(/leads to itself/)
    await rest.request('POST', 'redirects', { token: tokens.editor, body: { from: '/ja/a/', to: '/ja/b/' } })
    const twice = await rest.request('POST', 'redirects', {
      token: tokens.editor,
      body: { from: '/ja/a/', to: '/ja/c/' },
    })
    expect(twice.status).toBe(400)
    await rest.request('POST', 'redirects', { token: tokens.editor, body: { from: '/ja/b/', to: '/ja/c/' } })
    const loop = await rest.request('POST', 'redirects', {
      token: tokens.editor,
      body: { from: '/ja/c/', to: '/ja/a/' },
    })
    expect(loop.status).toBe(400)
    expect(messagesOf(loop.body)).toContain('never reaches a page: /ja/c/ → /ja/a/ → /ja/b/ → /ja/c/')
    expect(await redirects()).toEqual(['/ja/a/ → /ja/b/', '/ja/b/ → /ja/c/'])
  })

  it('an old address among the site’s files is refused', async () => {
    const res = await rest.request('POST', 'redirects', {
      token: tokens.editor,
      body: { from: '/media/old-photo/', to: '/ja/' },
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toMatch(/\/media\/ holds the site’s files, not pages/)
    expect(await redirects()).toEqual([])
  })

  it('pasted spaces around a path are trimmed', async () => {
    const res = await rest.request('POST', 'redirects', {
      token: tokens.editor,
      body: { from: '  /ja/old-campaign/ ', to: '/ja/articles/ ' },
    })
    expect(res.status).toBe(201)
    expect(await redirects()).toEqual(['/ja/old-campaign/ → /ja/articles/'])
  })
})

describe('the export', () => {
  it('carries the redirects that lead to a public page, and none that lead to an unpublished one', async () => {
    const live = await createArticle(cms.payload, { slug: 'export-live-old' })
    await rename(live.id, 'export-live')
    const hidden = await createArticle(cms.payload, { slug: 'export-hidden-old' })
    await rename(hidden.id, 'export-hidden')
    await cms.payload.update({
      collection: 'articles',
      id: hidden.id,
      data: { _status: 'draft' } as never,
      ...as(people.editor),
    })
    await cms.payload.create({
      collection: 'redirects',
      data: { from: '/vi/campaign/', to: '/vi/safety/', kind: 'manual' },
    })
    const { snapshot } = await buildSnapshot(cms.payload)
    const froms = snapshot.redirects.map((r) => r.from)
    expect(froms).toContain('/vi/articles/export-live-old/')
    expect(froms).toContain('/vi/campaign/')
    expect(froms.some((f) => f.includes('export-hidden'))).toBe(false)
    expect(snapshot.redirects.find((r) => r.from === '/my/articles/export-live-old/')).toEqual({
      id: '/my/articles/export-live-old/',
      from: '/my/articles/export-live-old/',
      to: '/my/articles/export-live/',
    })
    expect(snapshot.redirects).toHaveLength(LOCALE_CODES.length + 1)
    // Published again: its redirects are back (they were kept, only left out meanwhile).
    await cms.payload.update({ collection: 'articles', id: hidden.id, data: { _status: 'published' } as never })
    const again = await buildSnapshot(cms.payload)
    expect(again.snapshot.redirects.map((r) => r.from)).toContain('/ja/articles/export-hidden-old/')
  })
})
