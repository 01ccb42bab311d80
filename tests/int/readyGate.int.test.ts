/**
 * The per-language ready gate: a translator's change to one language of a published document
 * reaches readers (REST, GraphQL, the export) only once that language is marked ready or an
 * editor publishes it; until then readers keep the previous text of that language — or the
 * fallback if it never had one — while the team sees the waiting text in place.
 */
import { buildSnapshot } from '@mirai/cms/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, createPeople, paragraph, PASSWORD, type People } from './helpers/fixtures'
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

async function published(slug: string) {
  const article = await createArticle(cms.payload, {
    slug,
    title: '在留カード',
    body: paragraph('在留カードを持ち歩きましょう。'),
  })
  const id = String(article.id)
  await cms.payload.update({
    collection: 'articles',
    id,
    locale: 'vi',
    data: { title: 'Thẻ cư trú', body: paragraph('Hãy luôn mang theo thẻ cư trú.') } as never,
  })
  return id
}

const translatorSaves = (id: string, locale: string, body: Record<string, unknown>) =>
  rest.request('PATCH', `articles/${id}?locale=${locale}`, {
    token: tokens.translator,
    body: { _status: 'published', ...body },
  })
const readerTitle = async (id: string, locale: string) =>
  (await rest.request('GET', `articles/${id}?locale=${locale}&fallback-locale=none&depth=0`)).body.title ?? null
const exported = async (slug: string) =>
  ((await buildSnapshot(cms.payload)).snapshot.articles as any[]).find((a) => a.slug === slug)

describe('the ready gate', () => {
  it('keeps a saved, unready Vietnamese edit from readers and the export; marking it ready publishes it', async () => {
    const id = await published('gate-residence-card')
    const saved = await translatorSaves(id, 'vi', {
      title: 'Thẻ cư trú (bản mới)',
      body: paragraph('Luôn mang theo thẻ cư trú khi ra ngoài.'),
    })
    expect(saved.status).toBe(200)
    // The translator goes on from their own text …
    expect(saved.body.doc.title).toBe('Thẻ cư trú (bản mới)')
    const mine = await rest.request('GET', `articles/${id}?locale=vi&depth=0`, { token: tokens.translator })
    expect(mine.body.title).toBe('Thẻ cư trú (bản mới)')
    // … readers keep the live one, through REST, GraphQL and the export alike.
    expect(await readerTitle(id, 'vi')).toBe('Thẻ cư trú')
    const gql = await rest.graphql(`{ Article(id: "${id}", locale: vi) { title } }`)
    expect(gql.body.data.Article.title).toBe('Thẻ cư trú')
    const before = await exported('gate-residence-card')
    expect(before.translations.vi.title).toBe('Thẻ cư trú')
    expect(JSON.stringify(before)).not.toContain('bản mới')
    expect(JSON.stringify(before)).not.toContain('Luôn mang theo')
    // Japanese is untouched.
    expect(await readerTitle(id, 'ja')).toBe('在留カード')

    const ready = await translatorSaves(id, 'vi', { translationReady: true })
    expect(ready.status).toBe(200)
    expect(await readerTitle(id, 'vi')).toBe('Thẻ cư trú (bản mới)')
    const after = await exported('gate-residence-card')
    expect(after.translations.vi.title).toBe('Thẻ cư trú (bản mới)')
    expect(JSON.stringify(after.translations.vi.body)).toContain('Luôn mang theo thẻ cư trú khi ra ngoài.')
    const stored: any = await cms.payload.findByID({ collection: 'articles', id, depth: 0, locale: 'vi' })
    expect(stored.pendingTranslations).toEqual({})
    // The box does not stay ticked: the next change waits for its own tick.
    expect(stored.translationReady).toBe(false)
  })

  it('keeps what was waiting when a later save sends only part of the text', async () => {
    const id = await published('gate-partial-saves')
    await translatorSaves(id, 'vi', { title: 'Tiêu đề mới', body: paragraph('Nội dung mới.') })
    await translatorSaves(id, 'vi', { summary: 'Tóm tắt mới.' })
    const mine = (await rest.request('GET', `articles/${id}?locale=vi&depth=0`, { token: tokens.translator })).body
    expect(mine).toMatchObject({ title: 'Tiêu đề mới', summary: 'Tóm tắt mới.' })
    expect(JSON.stringify(mine.body)).toContain('Nội dung mới.')
    expect(await readerTitle(id, 'vi')).toBe('Thẻ cư trú')
    await translatorSaves(id, 'vi', { translationReady: true })
    const vi = (await exported('gate-partial-saves')).translations.vi
    expect(vi).toMatchObject({ title: 'Tiêu đề mới', summary: 'Tóm tắt mới.' })
    expect(JSON.stringify(vi.body)).toContain('Nội dung mới.')
  })

  it('leaves readers the fallback for a language the document never had, until it is ready', async () => {
    const id = await published('gate-first-burmese')
    const saved = await translatorSaves(id, 'my', { title: 'နေထိုင်ခွင့်ကတ်', body: paragraph('ကတ်ကို ယူဆောင်ပါ။') })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await readerTitle(id, 'my')).toBeNull()
    expect((await exported('gate-first-burmese')).translations.my).toBeUndefined()
    await translatorSaves(id, 'my', { translationReady: true })
    expect((await exported('gate-first-burmese')).translations.my.title).toBe('နေထိုင်ခွင့်ကတ်')
  })

  it('is per language: marking Vietnamese ready leaves the waiting Burmese waiting', async () => {
    const id = await published('gate-two-languages')
    await translatorSaves(id, 'vi', { title: 'Thẻ cư trú 2', body: paragraph('Mới.') })
    await translatorSaves(id, 'my', { title: 'ကတ် ၂', body: paragraph('အသစ်။') })
    await translatorSaves(id, 'vi', { translationReady: true })
    expect(await readerTitle(id, 'vi')).toBe('Thẻ cư trú 2')
    expect(await readerTitle(id, 'my')).toBeNull()
    const stored: any = await cms.payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(Object.keys(stored.pendingTranslations)).toEqual(['my'])
    // The status page says so, for the team.
    const { translationOverview } = await import('@mirai/cms/translation')
    expect((await translationOverview(cms.payload)).find((row) => row.id === id)?.waiting).toEqual(['my'])
  })

  it('goes live when an editor publishes the language, waiting text included', async () => {
    const id = await published('gate-editor-publishes')
    await translatorSaves(id, 'vi', { title: 'Tiêu đề chờ', body: paragraph('Nội dung chờ duyệt.') })
    // The editor corrects the title only and publishes: the waiting body goes live with it.
    const res = await rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: tokens.editor,
      body: { title: 'Tiêu đề đã duyệt', _status: 'published' },
    })
    expect(res.status).toBe(200)
    const vi = (await exported('gate-editor-publishes')).translations.vi
    expect(vi.title).toBe('Tiêu đề đã duyệt')
    expect(JSON.stringify(vi.body)).toContain('Nội dung chờ duyệt.')
  })

  it('shows the waiting text to no one outside the team, and takes none from a client', async () => {
    const id = await published('gate-private')
    await translatorSaves(id, 'vi', { title: 'Bản nháp riêng', body: paragraph('Riêng.') })
    for (const token of [undefined, tokens.member]) {
      const res = await rest.request('GET', `articles/${id}?locale=vi&depth=0`, { token })
      expect(res.body.title).toBe('Thẻ cư trú')
      expect(res.body).not.toHaveProperty('pendingTranslations')
      expect(JSON.stringify(res.body)).not.toContain('Bản nháp riêng')
    }
    const list = await rest.request('GET', `articles?locale=vi&where[slug][equals]=gate-private`)
    expect(JSON.stringify(list.body)).not.toContain('Bản nháp riêng')
    const gql = await rest.graphql(
      `{ Articles(locale: vi, where: { slug: { equals: "gate-private" } }) { docs { title } } }`,
    )
    expect(JSON.stringify(gql.body)).not.toContain('Bản nháp riêng')

    // A forged waiting text is dropped, from a translator and from an editor.
    for (const who of ['translator', 'editor'] as const) {
      await rest.request('PATCH', `articles/${id}?locale=vi&draft=true`, {
        token: tokens[who],
        body: { pendingTranslations: { vi: { units: { title: '<script>alert(1)</script>' }, at: 'x', by: null } } },
      })
    }
    const stored: any = await cms.payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
    expect(JSON.stringify(stored.pendingTranslations)).not.toContain('script')
    expect(stored.pendingTranslations.vi.units.title).toBe('Bản nháp riêng')
  })
})
