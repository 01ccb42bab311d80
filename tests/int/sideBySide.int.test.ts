/**
 * The translators' side-by-side view: the source beside the translation, unit by unit, with the
 * source's words changed since the version the translation was made from marked as inserted and
 * deleted — read with the asking user's access, and refused to anyone it is not for.
 */
import { sideBySide, SideBySideRefusal, type SideBySide } from '@mirai/cms/translation/side-by-side'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsDoc } from '@mirai/content-schemas/richtext'

import { createArticle, paragraph } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let env: SignedIn
beforeAll(async () => {
  env = await startCmsWithPeople()
}, 120_000)
afterAll(async () => {
  await env?.cms.close()
})

const changes = (view: SideBySide, path: string) => {
  const row = view.rows.find((r) => r.path === path)
  if (!row) throw new Error(`no row ${path} in ${view.rows.map((r) => r.path).join(', ')}`)
  const pick = (kind: string) => row.source.filter((p) => p.kind === kind).map((p) => p.text.trim())
  return { del: pick('del'), ins: pick('ins'), row }
}

const open = (collection: string, id: string, lang: string, user: unknown) =>
  sideBySide(env.cms.payload, { collection, id, lang, user: user as never })

async function refusal(promise: Promise<unknown>): Promise<SideBySideRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SideBySideRefusal)
  return error as SideBySideRefusal
}

describe('side-by-side view of a Japanese article', () => {
  let id: string
  beforeAll(async () => {
    const { rest, tokens } = env
    const article = await createArticle(env.cms.payload, {
      title: '残業代のルール',
      summary: '残業代の計算方法です。',
      body: paragraph('残業代は25%増しです。'),
    })
    id = String(article.id)
    const vi = await rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: tokens.translator,
      body: {
        title: 'Quy định tiền làm thêm giờ',
        summary: 'Cách tính tiền làm thêm giờ.',
        body: paragraph('Tiền làm thêm giờ được cộng thêm 25%.'),
      },
    })
    expect(vi.status).toBe(200)
    const ja = await rest.request('PATCH', `articles/${id}?locale=ja`, {
      token: tokens.editor,
      body: {
        summary: '残業代の正しい計算方法です。',
        body: paragraphsDoc('残業代は25%以上増しです。', '深夜は50%です。'),
      },
    })
    expect(ja.status).toBe(200)
  })

  it('marks exactly the Japanese words changed since the Vietnamese translation was made', async () => {
    const view = await open('articles', id, 'vi', env.people.translator)
    expect(view).toMatchObject({
      source: 'ja',
      target: 'vi',
      cell: 'outdated',
      base: 'version',
      translatedFrom: 1,
      sourceRevision: 2,
    })
    expect(changes(view, 'title')).toMatchObject({ del: [], ins: [] })
    expect(changes(view, 'title').row.translation).toBe('Quy định tiền làm thêm giờ')
    expect(changes(view, 'summary')).toMatchObject({ del: [], ins: ['正しい'] })
    const body = changes(view, 'body')
    expect(body).toMatchObject({ del: [], ins: ['以上', '深夜は50%です。'] })
    // Paragraphs are kept: the new one starts after a blank line.
    expect(body.row.source.map((p) => p.text).join('')).toBe('残業代は25%以上増しです。\n\n深夜は50%です。')
    expect(body.row.translation).toBe('Tiền làm thêm giờ được cộng thêm 25%.')
    // The editor sees the same.
    const asEditor = await open('articles', id, 'vi', env.people.editor)
    expect(changes(asEditor, 'body')).toMatchObject({ ins: ['以上', '深夜は50%です。'] })
  })

  it('shows a language not yet translated, and one brought up to date, without marks', async () => {
    const my = await open('articles', id, 'my', env.people.translator)
    expect(my).toMatchObject({ cell: 'missing', base: 'untranslated' })
    expect(my.rows.every((r) => !r.changed && r.translation === '')).toBe(true)
    const updated = await env.rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: env.tokens.translator,
      body: { summary: 'Cách tính đúng tiền làm thêm giờ.' },
    })
    expect(updated.status).toBe(200)
    const vi = await open('articles', id, 'vi', env.people.translator)
    expect(vi).toMatchObject({ cell: 'current', base: 'current' })
    expect(vi.rows.some((r) => r.changed)).toBe(false)
  })

  it('says so when the version the translation was made from is no longer kept', async () => {
    const article = await createArticle(env.cms.payload, { title: '古い記事', body: paragraph('古い本文です。') })
    const aid = String(article.id)
    await env.rest.request('PATCH', `articles/${aid}?locale=vi`, {
      token: env.tokens.translator,
      body: { title: 'Bài cũ', body: paragraph('Nội dung cũ.') },
    })
    await env.rest.request('PATCH', `articles/${aid}?locale=ja`, {
      token: env.tokens.editor,
      body: { body: paragraph('新しい本文です。') },
    })
    // As if the 50 kept versions had moved on: only the newest version remains.
    const { docs } = await env.cms.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: aid } },
      sort: '-updatedAt',
      limit: 100,
    })
    await env.cms.payload.db.deleteVersions({
      collection: 'articles',
      where: { id: { in: docs.slice(1).map((v) => v.id) } },
    })
    const view = await open('articles', aid, 'vi', env.people.translator)
    expect(view).toMatchObject({ cell: 'outdated', base: 'not-kept', translatedFrom: 1 })
    expect(changes(view, 'body')).toMatchObject({ del: [], ins: [] })
    expect(changes(view, 'body').row.source).toEqual([{ kind: 'same', text: '新しい本文です。' }])
  })
})

describe('side-by-side view of other source languages', () => {
  it('marks Burmese words changed in a Burmese-source article', async () => {
    const { payload } = env.cms
    const article = await payload.create({
      collection: 'articles',
      locale: 'my',
      user: env.people.editor,
      overrideAccess: false,
      data: {
        title: 'အလုပ်သမားများ',
        body: paragraph('မြန်မာနိုင်ငံမှ အလုပ်သမားများ'),
        slug: `my-source-${Date.now()}`,
        category: 'work-and-wages',
        sourceLocale: 'my',
        _status: 'published',
      } as never,
    })
    const id = String(article.id)
    const vi = await env.rest.request('PATCH', `articles/${id}?locale=vi`, {
      token: env.tokens.translator,
      body: { title: 'Người lao động', body: paragraph('Người lao động từ Myanmar') },
    })
    expect(vi.status).toBe(200)
    const my = await env.rest.request('PATCH', `articles/${id}?locale=my`, {
      token: env.tokens.editor,
      body: { body: paragraph('ဗီယက်နမ်နိုင်ငံမှ အလုပ်သမားများ') },
    })
    expect(my.status).toBe(200)
    const view = await open('articles', id, 'vi', env.people.translator)
    expect(view).toMatchObject({ source: 'my', cell: 'outdated', base: 'version' })
    expect(changes(view, 'body')).toMatchObject({ del: ['မြန်မာနိုင်ငံ'], ins: ['ဗီယက်နမ်နိုင်ငံ'] })
    // Japanese is a translation of this one; a translator of vi and my may not open it …
    expect((await refusal(open('articles', id, 'ja', env.people.translator))).status).toBe(403)
    // … and the source language is not a translation to compare.
    const source = await refusal(open('articles', id, 'my', env.people.translator))
    expect(source.status).toBe(400)
    expect(source.message).toContain("my is this document's source language")
  })

  it('marks English words in an organisation page, array rows by id, a removed row as deleted', async () => {
    const { payload } = env.cms
    const editor = { user: env.people.editor, overrideAccess: false } as const
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      ...editor,
      data: {
        title: 'Our structure',
        slug: `structure-${Date.now()}`,
        kind: 'structure',
        body: paragraph('The board meets four times a year.'),
        sections: [
          {
            blockType: 'figures',
            title: 'In numbers',
            items: [
              { label: 'Members', value: 10 },
              { label: 'Staff', value: 3 },
            ],
          },
        ],
        _status: 'published',
      } as never,
    })
    const id = String(page.id)
    const rows = (page as any).sections[0].items as { id: string }[]
    const block = (page as any).sections[0].id as string
    await payload.update({
      collection: 'pages',
      id,
      locale: 'ja',
      ...editor,
      data: {
        title: '組織体制',
        body: paragraph('理事会は年4回開かれます。'),
        sections: [
          {
            id: block,
            blockType: 'figures',
            title: '数字で見る',
            items: [
              { id: rows[0]!.id, label: '会員', value: 10 },
              { id: rows[1]!.id, label: '職員', value: 3 },
            ],
          },
        ],
      } as never,
    })
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      ...editor,
      data: {
        body: paragraph('The board meets six times a year.'),
        sections: [
          {
            id: block,
            blockType: 'figures',
            title: 'In numbers',
            items: [{ id: rows[0]!.id, label: 'Members and partners', value: 10 }],
          },
        ],
      } as never,
    })
    const view = await open('pages', id, 'ja', env.people.editor)
    expect(view).toMatchObject({ source: 'en', target: 'ja', cell: 'outdated', base: 'version' })
    expect(changes(view, 'body')).toMatchObject({ del: ['four'], ins: ['six'] })
    const member = changes(view, `sections.${block}.items.${rows[0]!.id}.label`)
    expect(member).toMatchObject({ del: [], ins: ['and partners'] })
    expect(member.row.translation).toBe('会員')
    const removed = changes(view, `sections.${block}.items.${rows[1]!.id}.label`)
    expect(removed).toMatchObject({ del: ['Staff'], ins: [] })
    expect(removed.row.removed).toBe(true)
    // Organisation pages exist in English and Japanese only.
    const vi = await refusal(open('pages', id, 'vi', env.people.editor))
    expect(vi.status).toBe(400)
    expect(vi.message).toBe('This document exists in en, ja only, so it has no vi translation.')
  })
})

describe('who may open the side-by-side view', () => {
  let id: string
  beforeAll(async () => {
    id = String((await createArticle(env.cms.payload, { title: '権限' })).id)
  })

  it('refuses anonymous readers and every account that is not staff or a translator', async () => {
    for (const who of [null, env.people.member, env.people.company, env.people.assist]) {
      const error = await refusal(open('articles', id, 'vi', who))
      expect(error.status).toBe(403)
      expect(error.message).toBe('The side-by-side view is for the secretariat and translators.')
    }
  })

  it("refuses a translator another translator's language", async () => {
    const error = await refusal(open('articles', id, 'en', env.people.translator))
    expect(error.status).toBe(403)
    expect(error.message).toBe('You translate vi, my, not en: ask the secretariat to assign it to you.')
  })

  it('refuses hostile or unknown collections, languages and ids with a specific reason', async () => {
    const editor = env.people.editor
    expect(await refusal(open('users', id, 'vi', editor))).toMatchObject({
      status: 404,
      message: '"users" is not a collection of translated documents.',
    })
    expect(await refusal(open('__proto__', id, 'vi', editor))).toMatchObject({ status: 404 })
    expect(await refusal(open('articles', id, 'xx', editor))).toMatchObject({
      status: 400,
      message: '"xx" is not a language of the site.',
    })
    for (const bad of ['no-such-id', "1' OR '1'='1", '../users/1'])
      expect(await refusal(open('articles', bad, 'vi', editor))).toMatchObject({
        status: 404,
        message: `There is no articles document "${bad}" that you can read.`,
      })
  })

  it('gives a translator the source words but never the status record with account ids', async () => {
    const view = await open('articles', id, 'vi', env.people.translator)
    expect(JSON.stringify(view)).not.toContain(String(env.people.editor.id))
    expect(Object.keys(view)).not.toContain('translationStatus')
  })
})
