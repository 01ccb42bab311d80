/**
 * Honest freshness in the export: a translation written before its Japanese source last changed
 * reaches the site flagged, with the day the source changed — and nothing else of the translation
 * status (who, which account, when a translator saved) leaves the CMS.
 */
import { buildSnapshot, ExportCache } from '@mirai/cms/snapshot'
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
  for (const who of ['editor', 'translator'] as const) tokens[who] = await rest.login(people[who].email, PASSWORD)
})
afterAll(async () => {
  await cms?.close()
})

const translate = async (id: string, locale: string, title: string) => {
  const res = await rest.request('PATCH', `articles/${id}?locale=${locale}`, {
    token: tokens.translator,
    // Ready for readers, so the translation is what the export reads (the gate: readyGate.int).
    body: { title, body: paragraph(title), translationReady: true },
  })
  expect(res.status).toBe(200)
}
const editSource = async (id: string, body: Record<string, unknown>, query = '') => {
  const res = await rest.request('PATCH', `articles/${id}?locale=ja${query}`, { token: tokens.editor, body })
  expect(res.status).toBe(200)
}
const exported = async (slug: string, cache?: ExportCache) =>
  ((await buildSnapshot(cms.payload, cache)).snapshot.articles as any[]).find((a) => a.slug === slug)

describe('freshness in the export', () => {
  it('flags a translation once the Japanese source changes, not before, until it is translated again', async () => {
    const article = await createArticle(cms.payload, {
      slug: 'overtime-rules',
      title: '残業代のルール',
      body: paragraph('残業代は25%増しです。'),
    })
    const id = String(article.id)
    await translate(id, 'vi', 'Quy định tiền làm thêm giờ')
    await translate(id, 'my', 'အချိန်ပို လုပ်ခ စည်းမျဉ်း')
    const cache = new ExportCache()

    const before = await exported('overtime-rules', cache)
    expect(before.freshness).toMatchObject({ source: 'ja', outdated: [] })

    // Saving the Japanese without changing its words is no change for readers either.
    await editSource(id, { title: '残業代のルール', body: paragraph('残業代は25%増しです。') })
    expect((await exported('overtime-rules', cache)).freshness.outdated).toEqual([])

    const changedAt = Date.now()
    await editSource(id, { body: paragraph('残業代は25%以上増しです。深夜は50%です。') })
    const after = await exported('overtime-rules', cache)
    expect(after.freshness.outdated).toEqual(['my', 'vi'])
    expect(Date.parse(after.freshness.sourceUpdatedAt)).toBeGreaterThanOrEqual(changedAt - 1000)
    expect(Date.parse(after.freshness.sourceUpdatedAt)).toBeLessThanOrEqual(Date.now())

    await translate(id, 'vi', 'Quy định tiền làm thêm giờ (cập nhật)')
    const retranslated = await exported('overtime-rules', cache)
    expect(retranslated.freshness.outdated).toEqual(['my'])
    // The kept documents of an incremental export say the same as a full one.
    expect(retranslated).toEqual(await exported('overtime-rules'))

    const schemas = await import('@mirai/content-schemas/schemas')
    expect(schemas.article.safeParse(retranslated).success).toBe(true)
  })

  it('gives away nobody: no account, no translator’s dates, no status', async () => {
    const article = await createArticle(cms.payload, { slug: 'who-wrote-it', title: '誰が書いた' })
    await translate(String(article.id), 'vi', 'Ai đã viết')
    await editSource(String(article.id), { body: paragraph('変更しました。') })
    const doc = await exported('who-wrote-it')
    expect(doc.freshness.outdated).toEqual(['vi'])
    const text = JSON.stringify(doc)
    for (const person of [people.editor, people.translator]) {
      expect(text).not.toContain(String(person.id))
      expect(text).not.toContain(person.email)
    }
    expect(doc).not.toHaveProperty('translationStatus')
    expect(Object.keys(doc.freshness).sort()).toEqual(['outdated', 'source', 'sourceUpdatedAt'])
  })

  it('follows the published text: a Japanese draft does not make translations outdated', async () => {
    const article = await createArticle(cms.payload, { slug: 'draft-change', title: '下書き前' })
    await translate(String(article.id), 'vi', 'Trước bản nháp')
    await editSource(String(article.id), { body: paragraph('まだ下書きの変更です。') }, '&draft=true')
    expect((await exported('draft-change')).freshness.outdated).toEqual([])
  })

  it('stays with the team in the CMS: anonymous REST and GraphQL readers get no translation status', async () => {
    const article = await createArticle(cms.payload, { slug: 'status-hidden', title: '非公開の記録' })
    const res = await rest.request('GET', `articles/${article.id}?locale=ja`)
    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty('translationStatus')
    const gql = await rest.graphql(
      `{ Articles(where: { slug: { equals: "status-hidden" } }) { docs { translationStatus } } }`,
    )
    expect(JSON.stringify(gql.body)).not.toMatch(/"source":|revision/)
  })
})
