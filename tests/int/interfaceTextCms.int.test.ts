/**
 * Interface text in the CMS: the site's own words, one document per namespace of keys made by the
 * server from the code, the code's strings wherever a language has no text of its own, edited by
 * translators in their languages behind the ready gate, exported in the snapshot, and never
 * missing a placeholder the site fills in. The built site's side: interfaceText.int.test.ts.
 */
import { applyEditedUiText, t, UI_NOTES, UI_TRANSLATIONS } from '@mirai/content-schemas/i18n'
import { ensureInterfaceText, INTERFACE_TEXT, UI_NAMESPACES } from '@mirai/cms/interface-text'
import { renderIssue } from '@mirai/cms/newsletter'
import { buildSnapshot } from '@mirai/cms/snapshot'
import { translationOverview } from '@mirai/cms/translation'
import { exportXliff, importXliff } from '@mirai/cms/xliff'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { paragraph } from './helpers/fixtures'
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
afterEach(() => applyEditedUiText({}))

const docOf = async (namespace: string, locale: 'vi' | 'ja' | 'en' = 'vi') =>
  (
    await cms.payload.find({
      collection: INTERFACE_TEXT,
      where: { namespace: { equals: namespace } },
      locale,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as any
const rowsOf = (doc: any) => doc.strings as { id: string; key: string; text: string; note?: string }[]
const exportedText = async () => (await buildSnapshot(cms.payload)).snapshot.interfaceText as Record<string, any>

/** The rows of a namespace as a translator's form sends them in `locale`, with `changes` by key. */
async function formRows(namespace: string, locale: 'vi' | 'ja' | 'en', changes: Record<string, string>) {
  return rowsOf(await docOf(namespace, locale)).map((row) => ({
    id: row.id,
    text: changes[row.key] ?? row.text,
  }))
}
const save = (who: keyof SignedIn['tokens'], namespace: string, locale: string, body: Record<string, unknown>) =>
  docOf(namespace).then((doc) =>
    rest.request('PATCH', `${INTERFACE_TEXT}/${doc.id}?locale=${locale}`, { token: tokens[who], body }),
  )

describe('interface text in the CMS', () => {
  it('starts as the code: one published document per namespace, a row per key, the code’s text in every language', async () => {
    const { docs } = await cms.payload.find({
      collection: INTERFACE_TEXT,
      locale: 'all',
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.map((d: any) => d.namespace).sort()).toEqual([...UI_NAMESPACES.keys()].sort())
    expect(docs.every((d: any) => d._status === 'published')).toBe(true)
    const nav = docs.find((d: any) => d.namespace === 'nav') as any
    const home = nav.strings.find((r: any) => r.key === 'nav.home')
    expect(home.text.vi).toBe(UI_TRANSLATIONS.vi['nav.home'])
    expect(home.text.ja).toBe('ホーム')
    expect(home.note).toBe(UI_NOTES['nav.home'])
    // Nothing to do on a fresh install: every language current with the code's English.
    const rows = (await translationOverview(cms.payload)).filter((r) => r.collection === INTERFACE_TEXT)
    expect(rows).toHaveLength(UI_NAMESPACES.size)
    for (const row of rows) {
      expect(row.source).toBe('en')
      expect(
        new Set(
          Object.entries(row.cells)
            .filter(([l]) => l !== 'en')
            .map(([, c]) => c),
        ),
      ).toEqual(new Set(['current']))
    }
    // And the snapshot holds the code's text.
    expect((await exportedText()).vi['nav.home']).toBe(UI_TRANSLATIONS.vi['nav.home'])
  })

  it('is made again by nobody: a second start changes nothing, a key the code adds gets its row without outdating anyone', async () => {
    expect(await ensureInterfaceText(cms.payload)).toEqual({ created: 0, extended: 0 })
    const nav = await docOf('nav', 'en')
    // As if the code had just added nav.search: the stored document lacks it.
    await cms.payload.update({
      collection: INTERFACE_TEXT,
      id: nav.id,
      locale: 'en',
      overrideAccess: true,
      context: { 'interfaceText:codeSync': true, 'translation:keepStatus': true },
      data: {
        strings: rowsOf(nav)
          .filter((r) => r.key !== 'nav.search')
          .map((r) => ({ id: r.id, key: r.key })),
      },
    })
    expect(rowsOf(await docOf('nav')).map((r) => r.key)).not.toContain('nav.search')
    expect(await ensureInterfaceText(cms.payload)).toEqual({ created: 0, extended: 1 })
    expect(rowsOf(await docOf('nav')).map((r) => r.key)).toContain('nav.search')
    const row = (await translationOverview(cms.payload)).find((r) => r.id === String(nav.id))!
    expect(row.cells.vi).toBe('current')
  })

  it('takes a translator’s Vietnamese text to readers once it is ready, Japanese and English untouched', async () => {
    const strings = await formRows('nav', 'vi', { 'nav.home': 'Trang đầu' })
    const saved = await save('translator', 'nav', 'vi', { strings, _status: 'published' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    // Waiting: readers and the export keep the code's text.
    const live = await cms.payload.find({
      collection: INTERFACE_TEXT,
      where: { namespace: { equals: 'nav' } },
      locale: 'vi',
      depth: 0,
    })
    expect(rowsOf(live.docs[0]).find((r) => r.key === 'nav.home')?.text).toBe(UI_TRANSLATIONS.vi['nav.home'])
    expect((await exportedText()).vi['nav.home']).toBe(UI_TRANSLATIONS.vi['nav.home'])
    const ready = await save('translator', 'nav', 'vi', { translationReady: true, _status: 'published' })
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    const text = await exportedText()
    expect(text.vi['nav.home']).toBe('Trang đầu')
    expect(text.ja['nav.home']).toBe('ホーム')
    expect(text.en['nav.home']).toBe(UI_TRANSLATIONS.en['nav.home'])
    // The other rows of the namespace are as before.
    expect(text.vi['nav.search']).toBe(UI_TRANSLATIONS.vi['nav.search'])
  })

  it('refuses a text that lost or invented a placeholder, naming it, and changes nothing', async () => {
    const before = await docOf('finder')
    for (const text of ['Có dịch vụ', 'Có {count} dịch vụ ở {city}']) {
      const res = await save('translator', 'finder', 'vi', {
        strings: await formRows('finder', 'vi', { 'finder.count': text }),
        translationReady: true,
        _status: 'published',
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain(text.includes('city') ? '{city}' : 'lacks the placeholder {count}')
    }
    expect(rowsOf(await docOf('finder'))).toEqual(rowsOf(before))
  })

  it('keeps its rows the code’s: none added, renamed or dropped, no document made or deleted — by anyone', async () => {
    const nav = await docOf('nav', 'en')
    const added = await save('editor', 'nav', 'en', {
      strings: [...(await formRows('nav', 'en', {})), { key: 'nav.extra', text: 'Extra' }],
    })
    expect(added.status).toBe(400)
    expect(JSON.stringify(added.body)).toContain('rows cannot be added')
    // A forged key is the server's to keep; a dropped row comes back with its text.
    const renamed = await save('editor', 'nav', 'en', {
      strings: (await formRows('nav', 'en', {}))
        .map((r, i) => (i === 0 ? { ...r, key: 'nav.forged' } : r))
        .slice(0, -1),
      _status: 'published',
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(rowsOf(await docOf('nav', 'en')).map((r) => r.key)).toEqual(rowsOf(nav).map((r) => r.key))
    for (const who of ['admin', 'editor', 'translator', 'member', 'company', 'assist'] as const) {
      const created = await rest.request('POST', INTERFACE_TEXT, { token: tokens[who], body: { namespace: 'x' } })
      expect(created.status, who).toBe(403)
      const deleted = await rest.request('DELETE', `${INTERFACE_TEXT}/${nav.id}`, { token: tokens[who] })
      expect(deleted.status, who).toBe(403)
    }
    const gql = await rest.graphql(`mutation { deleteInterfaceText(id: "${nav.id}") { id } }`, tokens.admin)
    expect(JSON.stringify(gql.body)).toContain('not allowed')
    // Only the content team writes; a translator only in their languages.
    for (const who of ['member', 'otherMember', 'company', 'assist'] as const)
      expect(
        (await save(who, 'nav', 'vi', { strings: await formRows('nav', 'vi', { 'nav.home': 'x' }) })).status,
        who,
      ).toBe(403)
    await save('translator', 'nav', 'ja', { strings: await formRows('nav', 'ja', { 'nav.home': 'x' }) })
    expect(rowsOf(await docOf('nav', 'ja')).find((r) => r.key === 'nav.home')?.text).toBe('ホーム')
    const anonymous = await rest.request('PATCH', `${INTERFACE_TEXT}/${nav.id}?locale=vi`, {
      body: { strings: await formRows('nav', 'vi', { 'nav.home': 'x' }) },
    })
    expect(anonymous.status).toBe(403)
  })

  it('is the text of the CMS’s own reader-facing words: a newsletter renders with the published interface text', async () => {
    const strings = await formRows('newsletter', 'vi', { 'newsletter.issueNumber': 'Bản tin số {number}' })
    const res = await save('editor', 'newsletter', 'vi', { strings, _status: 'published' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(t('vi', 'newsletter.issueNumber', { number: 3 })).toBe('Số 3')
    const issue = await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      data: {
        kind: 'monthly',
        issueNumber: 3,
        issueDate: '2026-03-15',
        subject: '3月号',
        sections: [
          { blockType: 'story', kind: 'message', heading: 'お知らせ', body: paragraph('今月のお知らせです。') },
        ],
        _status: 'published',
      } as never,
    })
    await cms.payload.update({ collection: 'newsletters', id: issue.id, locale: 'vi', data: { subject: 'Tháng 3' } })
    const settings = { siteUrl: 'https://portal.example.org', from: 'JP-MIRAI <news@example.org>', unsubscribe: [] }
    const rendered = await renderIssue(cms.payload, String(issue.id), 'vi', settings)
    expect(rendered.text).toContain('Bản tin số 3')
  })

  it('goes out and comes back as XLIFF, one unit per key with its note', async () => {
    const nav = await docOf('nav')
    const [batch] = await exportXliff(cms.payload, people.translator, {
      lang: 'vi',
      ids: [`${INTERFACE_TEXT}:${nav.id}`],
    })
    expect(batch!.srcLang).toBe('en')
    expect(batch!.xml).toContain(UI_TRANSLATIONS.en['nav.menu'])
    expect(batch!.xml).toContain(`nav.menu: ${UI_NOTES['nav.menu']}`)
    const target = `<target xml:space="preserve">${UI_TRANSLATIONS.vi['nav.menu']}</target>`
    expect(batch!.xml).toContain(target)
    const changed = batch!.xml.replace(target, '<target xml:space="preserve">Danh mục</target>')
    const report = await importXliff(cms.payload, people.translator, changed, { ready: true })
    expect(report.ok, JSON.stringify(report)).toBe(true)
    expect((await exportedText()).vi['nav.menu']).toBe('Danh mục')
    expect((await exportedText()).vi['nav.home']).toBe('Trang đầu')
  })
})
