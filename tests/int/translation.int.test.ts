/**
 * Translation status: which languages of a document are missing, translated from an older
 * version of the Japanese source ("source updated since"), or current — recorded on the server
 * as translators and editors save, and listed per language as a translator's queue.
 */
import { queueFor, translationOverview } from '@mirai/cms/translation'
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

const translate = (id: string, locale: string, title: string, body = title) =>
  rest.request('PATCH', `articles/${id}?locale=${locale}`, {
    token: tokens.translator,
    body: { title, body: paragraph(body) },
  })
const editSource = (id: string, body: Record<string, unknown>) =>
  rest.request('PATCH', `articles/${id}?locale=ja`, { token: tokens.editor, body })
const cells = async (id: string) => (await translationOverview(cms.payload)).find((row) => row.id === id)!.cells

describe('translation status', () => {
  it('is missing until translated, current after, and outdated once the Japanese text changes', async () => {
    const article = await createArticle(cms.payload, {
      title: '残業代のルール',
      body: paragraph('残業代は25%増しです。'),
    })
    expect(await cells(String(article.id))).toMatchObject({ ja: 'source', vi: 'missing', my: 'missing', en: 'missing' })

    expect((await translate(String(article.id), 'vi', 'Quy định tiền làm thêm giờ')).status).toBe(200)
    expect(await cells(String(article.id))).toMatchObject({ vi: 'current', my: 'missing' })

    // Saving the source without changing its words leaves translations current …
    expect(
      (await editSource(String(article.id), { title: '残業代のルール', body: paragraph('残業代は25%増しです。') }))
        .status,
    ).toBe(200)
    expect((await cells(String(article.id))).vi).toBe('current')
    // … changing them makes every existing translation outdated.
    expect(
      (await editSource(String(article.id), { body: paragraph('残業代は25%以上増しです。深夜は50%です。') })).status,
    ).toBe(200)
    expect(await cells(String(article.id))).toMatchObject({ vi: 'outdated', my: 'missing' })

    expect((await translate(String(article.id), 'vi', 'Quy định tiền làm thêm giờ (cập nhật)')).status).toBe(200)
    expect((await cells(String(article.id))).vi).toBe('current')
  })

  it('records who translated from which source revision, and cannot be set by hand', async () => {
    const article = await createArticle(cms.payload, { title: '記録' })
    await translate(String(article.id), 'my', 'မှတ်တမ်း')
    const forged = await rest.request('PATCH', `articles/${article.id}?locale=vi`, {
      token: tokens.translator,
      body: {
        title: 'Ghi chép',
        body: paragraph('vi'),
        translationStatus: { source: 0, locales: { en: { revision: 99, at: 'never' } } },
      },
    })
    expect(forged.status).toBe(200)
    const stored: any = await cms.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(stored.translationStatus.source).toBe(1)
    expect(stored.translationStatus.locales.my).toMatchObject({ revision: 1, by: people.translator.id })
    expect(stored.translationStatus.locales.en).toBeUndefined()
    expect((await cells(String(article.id))).en).toBe('missing')
  })

  it('gives a translator the queue of their languages: documents with a missing or outdated cell', async () => {
    const done = await createArticle(cms.payload, { title: '翻訳済み' })
    await translate(String(done.id), 'vi', 'Đã dịch')
    await translate(String(done.id), 'my', 'ဘာသာပြန်ပြီး')
    const pending = await createArticle(cms.payload, { title: '未翻訳' })
    await translate(String(pending.id), 'vi', 'Chưa dịch hết')

    const rows = await translationOverview(cms.payload)
    const queue = queueFor(rows, ['vi', 'my']).map((row) => row.id)
    expect(queue).toContain(String(pending.id))
    expect(queue).not.toContain(String(done.id))
    expect(queueFor(rows, ['vi']).map((row) => row.id)).not.toContain(String(pending.id))
    // A translator may not write another language: the server refuses, the status does not move.
    const refused = await rest.request('PATCH', `articles/${pending.id}?locale=en`, {
      token: tokens.translator,
      body: { title: 'Not yours' },
    })
    expect(refused.status).toBe(403)
    expect((await cells(String(pending.id))).en).toBe('missing')
  })
})
