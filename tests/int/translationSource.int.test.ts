/**
 * Source language per document: the status, the queue and the readers' freshness notice measure
 * translations against the language a document is written in (organisation pages: English), list
 * only the languages a document is meant to exist in, and only editors choose the source.
 */
import { queueFor, translationOverview } from '@mirai/cms/translation'
import { buildSnapshot } from '@mirai/cms/snapshot'
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
  for (const who of ['editor', 'translator', 'member'] as const)
    tokens[who] = await rest.login(people[who].email, PASSWORD)
})
afterAll(async () => {
  await cms?.close()
})

const cells = async (id: string) => (await translationOverview(cms.payload)).find((row) => row.id === id)!.cells
const stored = async (collection: 'articles' | 'pages', id: string) =>
  (await cms.payload.findByID({ collection, id, depth: 0, draft: true })) as any

async function createPage(slug: string) {
  const page = await cms.payload.create({
    collection: 'pages',
    locale: 'en',
    data: {
      title: 'Code of Conduct',
      slug,
      kind: 'about',
      body: paragraph('We respect workers.'),
      _status: 'published',
    } as never,
  })
  await cms.payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'ja',
    data: { title: '行動規範', body: paragraph('私たちは労働者を尊重します。') } as never,
  })
  return String(page.id)
}

describe('source language per document', () => {
  it('measures an organisation page against its English, and lists it only in en and ja', async () => {
    const id = await createPage('code-of-conduct-src')
    expect((await stored('pages', id)).sourceLocale).toBe('en')
    const page = await cells(id)
    expect(page).toMatchObject({ en: 'source', ja: 'current' })
    for (const lang of ['zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'] as const) expect(page[lang]).toBe('none')
    // Nothing to do for a Vietnamese translator, even with Vietnamese text the CMS accepts.
    await cms.payload.update({
      collection: 'pages',
      id,
      locale: 'vi',
      data: { title: 'Bộ quy tắc', body: paragraph('Chúng tôi tôn trọng người lao động.') } as never,
    })
    expect((await cells(id)).vi).toBe('none')
    expect(queueFor(await translationOverview(cms.payload), ['vi', 'my']).map((r) => r.id)).not.toContain(id)

    // The English changes: the Japanese is outdated, for the queue and for readers.
    const res = await rest.request('PATCH', `pages/${id}?locale=en`, {
      token: tokens.editor,
      body: { body: paragraph('We respect every worker and their family.') },
    })
    expect(res.status).toBe(200)
    expect(await cells(id)).toMatchObject({ en: 'source', ja: 'outdated' })
    const exported = ((await buildSnapshot(cms.payload)).snapshot.pages as any[]).find(
      (p) => p.slug === 'code-of-conduct-src',
    )
    expect(exported.freshness).toMatchObject({ source: 'en', outdated: ['ja'] })
  })

  it('lets an editor write a document in English first; Japanese is then one of its translations', async () => {
    const res = await rest.request('POST', 'articles?locale=en', {
      token: tokens.editor,
      body: {
        title: 'Minimum wage in 2026',
        body: paragraph('The minimum wage rises in October.'),
        slug: 'minimum-wage-en-first',
        category: 'work-and-wages',
        sourceLocale: 'en',
      },
    })
    expect(res.status).toBe(201)
    const id = String(res.body.doc.id)
    expect(await cells(id)).toMatchObject({ en: 'source', ja: 'missing', vi: 'missing' })
    await rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: tokens.translator,
      body: { title: 'Lương tối thiểu 2026', body: paragraph('Lương tối thiểu tăng vào tháng 10.') },
    })
    expect((await cells(id)).vi).toBe('current')
    await rest.request('PATCH', `articles/${id}?locale=en`, {
      token: tokens.editor,
      body: { body: paragraph('The minimum wage rises on 1 October.') },
    })
    expect(await cells(id)).toMatchObject({ en: 'source', vi: 'outdated', ja: 'missing' })
  })

  it('keeps what was current current when the editor changes the source language', async () => {
    const article = await createArticle(cms.payload, { title: '源', slug: 'source-switch' })
    const id = String(article.id)
    await cms.payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      data: { title: 'Source', body: paragraph('x') } as never,
    })
    await cms.payload.update({
      collection: 'articles',
      id,
      locale: 'ja',
      data: { body: paragraph('新しい本文') } as never,
    })
    expect(await cells(id)).toMatchObject({ ja: 'source', en: 'outdated' })
    const res = await rest.request('PATCH', `articles/${id}?locale=ja`, {
      token: tokens.editor,
      body: { sourceLocale: 'en' },
    })
    expect(res.status).toBe(200)
    // English was written against an older Japanese text and is now the source; Japanese is
    // a translation of it as it stands.
    expect(await cells(id)).toMatchObject({ en: 'source', ja: 'current' })
  })

  it('is the editors’ choice: translators, members and anonymous readers cannot change it', async () => {
    const article = await createArticle(cms.payload, { title: '誰が決める', slug: 'who-decides' })
    const id = String(article.id)
    const byTranslator = await rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: tokens.translator,
      body: { title: 'Ai quyết định', body: paragraph('Biên tập viên quyết định.'), sourceLocale: 'vi' },
    })
    // The translator's text is saved; the source language they sent is not.
    expect(byTranslator.status).toBe(200)
    expect((await stored('articles', id)).sourceLocale).toBe('ja')
    expect(await cells(id)).toMatchObject({ ja: 'source', vi: 'current' })

    expect(
      (await rest.request('PATCH', `articles/${id}`, { token: tokens.member, body: { sourceLocale: 'en' } })).status,
    ).toBe(403)
    expect((await rest.request('PATCH', `articles/${id}`, { body: { sourceLocale: 'en' } })).status).toBe(403)
    // Through the Local API with their access: saved or refused, the source language stays.
    await cms.payload
      .update({
        collection: 'articles',
        id,
        locale: 'vi',
        data: { sourceLocale: 'en' } as never,
        ...as(people.translator),
      })
      .catch(() => null)
    expect((await stored('articles', id)).sourceLocale).toBe('ja')
    const gql = await rest.graphql(
      `mutation { updateArticle(id: "${id}", data: { sourceLocale: en }) { id } }`,
      tokens.translator,
    )
    expect(JSON.stringify(gql.body)).not.toContain('"updateArticle":{"id"')
    expect((await stored('articles', id)).sourceLocale).toBe('ja')
  })

  it('refuses a source language the document has no text in, even on a draft, and changes nothing', async () => {
    const article = await createArticle(cms.payload, { title: '不正', slug: 'bad-source' })
    const id = String(article.id)
    for (const [body, query] of [
      [{ sourceLocale: 'xx' }, ''],
      [{ sourceLocale: 'xx' }, '&draft=true'],
      [{ sourceLocale: '<script>alert(1)</script>' }, '&draft=true'],
      [{ sourceLocale: ['en'] }, '&draft=true'],
      [{ sourceLocale: 'ja\r\nX-Evil: 1' }, '&draft=true'],
    ] as const) {
      const res = await rest.request('PATCH', `articles/${id}?locale=ja${query}`, { token: tokens.editor, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/source ?language|sourceLocale/i)
    }
    const pageId = await createPage('bad-page-source')
    const vi = await rest.request('PATCH', `pages/${pageId}?locale=en&draft=true`, {
      token: tokens.editor,
      body: { sourceLocale: 'vi' },
    })
    expect(vi.status).toBe(400)
    expect(vi.body.errors[0].data?.errors?.[0]?.message ?? vi.body.errors[0].message).toMatch(/en, ja/)
    expect((await stored('articles', id)).sourceLocale).toBe('ja')
    expect((await stored('pages', pageId)).sourceLocale).toBe('en')
  })
})
