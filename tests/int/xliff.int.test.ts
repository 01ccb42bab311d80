/**
 * XLIFF exchange with CAT tools: export a batch for one language, translate it as a CAT tool
 * would, import it — and every way a file can be wrong, each refused with its reason and
 * without writing anything.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { buildSnapshot } from '@mirai/cms/snapshot'
import { exportXliff, importXliff } from '@mirai/cms/xliff'
import { translationOverview } from '@mirai/cms/translation'
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkResolver } from '../../site/src/lib/render'
import { createArticle, paragraph, textNode } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

const NS = 'urn:oasis:names:tc:xliff:document:2.0'
let env: SignedIn
let linked: any
const as = (who: keyof SignedIn['people']) => ({ ...env.people[who], collection: 'users' })

beforeAll(async () => {
  env = await startCmsWithPeople()
  linked = await createArticle(env.cms.payload, { title: '健康保険' })
})
afterAll(async () => {
  await env?.cms.close()
})

const ruby = (base: string, reading: string) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: `ruby-${base}`, blockName: '', blockType: 'ruby', base, reading },
})
const link = (id: unknown, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: id } },
  children: [textNode(label)],
})

const JA_BODY = () => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [
          textNode('会社は'),
          ruby('残業', 'ざんぎょう'),
          textNode('代を払います。'),
          link(linked.id, '健康保険'),
          textNode('を見てください。', 1),
        ],
      },
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [textNode('二段落目です。')],
      },
    ],
  },
})

const VI: Record<string, string> = {
  残業代のルール: 'Quy định tiền làm thêm giờ',
  '残業代の説明です。': 'Giải thích về tiền làm thêm giờ.',
  会社は: 'Công ty trả tiền ',
  '代を払います。': ' làm thêm. Xem ',
  健康保険: 'bảo hiểm y tế',
  'を見てください。': ' nhé.',
  '二段落目です。': 'Đoạn thứ hai.',
}

async function newArticle() {
  const article = await createArticle(env.cms.payload, {
    title: '残業代のルール',
    summary: '残業代の説明です。',
    body: JA_BODY(),
  })
  // Another language already translated, which the Vietnamese import must leave alone.
  await env.cms.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'my',
    data: { title: 'အချိန်ပိုလုပ်ခ', body: paragraph('မြန်မာ') } as never,
  })
  return article
}

const read = (id: unknown, locale: 'ja' | 'en' | 'vi' | 'my') =>
  env.cms.payload.findByID({
    collection: 'articles',
    id: id as string,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
  }) as Promise<any>

/**
 * What a CAT tool does to a file: a <target> for each segment, built from the source with its
 * text translated and its inline codes kept (written back with their attributes in another
 * order), and the whole file indented with tabs.
 */
function catTool(
  xml: string,
  translate: (text: string) => string = (t) => VI[t] ?? `[vi] ${t}`,
  edit?: (target: Element, unit: string) => void,
) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const copy = (from: Node, to: Element) => {
    for (let n = from.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === n.TEXT_NODE) to.appendChild(doc.createTextNode(translate(n.nodeValue ?? '')))
      else if (n.nodeType === n.ELEMENT_NODE) {
        const e = n as Element
        const c = doc.createElementNS(NS, e.localName!)
        for (const attr of Array.from(e.attributes).reverse()) c.setAttribute(attr.name, attr.value)
        to.appendChild(c)
        copy(e, c)
      }
    }
  }
  for (const segment of Array.from(doc.getElementsByTagNameNS(NS, 'segment'))) {
    for (const old of Array.from(segment.getElementsByTagNameNS(NS, 'target'))) segment.removeChild(old)
    const source = segment.getElementsByTagNameNS(NS, 'source')[0]!
    const target = doc.createElementNS(NS, 'target')
    copy(source, target)
    edit?.(target, (segment.parentNode as Element).getAttribute('id')!)
    segment.appendChild(target)
    segment.setAttribute('state', 'translated')
  }
  return new XMLSerializer()
    .serializeToString(doc)
    .replace(/\n((?: {2})+)</g, (_, spaces: string) => `\n${'\t'.repeat(spaces.length / 2)}<`)
}

async function exportFor(id: unknown, who: keyof SignedIn['people'] = 'translator', lang = 'vi') {
  const batches = await exportXliff(env.cms.payload, as(who), { lang, ids: [`articles:${id}`] })
  expect(batches).toHaveLength(1)
  return batches[0]!.xml
}

describe('XLIFF round trip', () => {
  it('exports a document for a CAT tool and imports its translation: Vietnamese changes, nothing else', async () => {
    const article = await newArticle()
    const before = {
      ja: await read(article.id, 'ja'),
      my: await read(article.id, 'my'),
      en: await read(article.id, 'en'),
    }

    // The translator's queue in Vietnamese holds the new article.
    const [batch] = (await exportXliff(env.cms.payload, as('translator'), { lang: 'vi', scope: 'missing' })).filter(
      (b) => b.srcLang === 'ja',
    )
    expect(batch!.documents).toContain(`articles:${article.id}`)
    const xml = await exportFor(article.id)
    const doc = new DOMParser().parseFromString(xml, 'text/xml')
    const root = doc.documentElement!
    expect(root.namespaceURI).toBe(NS)
    expect([root.getAttribute('version'), root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual([
      '2.1',
      'ja',
      'vi',
    ])
    const file = doc.getElementsByTagNameNS(NS, 'file')[0]!
    expect(file.getAttribute('id')).toBe(`articles:${article.id}`)
    const notes = Object.fromEntries(
      Array.from(file.getElementsByTagNameNS(NS, 'note'))
        .filter((n) => n.parentNode!.parentNode === file)
        .map((n) => [n.getAttribute('category'), n.textContent]),
    )
    expect(notes).toMatchObject({
      'mirai:collection': 'articles',
      'mirai:id': String(article.id),
      'mirai:title': '残業代のルール',
      'mirai:source-revision': '1',
    })
    const units = Array.from(doc.getElementsByTagNameNS(NS, 'unit')).map((u) => u.getAttribute('id'))
    expect(units).toEqual(expect.arrayContaining(['title', 'summary', 'body']))
    const body = Array.from(doc.getElementsByTagNameNS(NS, 'unit')).find((u) => u.getAttribute('id') === 'body')!
    expect(body.getElementsByTagNameNS(NS, 'segment')).toHaveLength(2)
    // Furigana a placeholder, the link and the bold text spans: codes a CAT tool can move, not break.
    const ph = body.getElementsByTagNameNS(NS, 'ph')[0]!
    expect(ph.getAttribute('disp')).toBe('残業(ざんぎょう)')
    expect(body.getElementsByTagNameNS(NS, 'pc')).toHaveLength(2)
    expect(body.getElementsByTagNameNS(NS, 'data')[0]!.textContent).toContain('<ruby>残業<rt>ざんぎょう</rt></ruby>')
    expect(body.getElementsByTagNameNS(NS, 'target')).toHaveLength(0)

    const report = await importXliff(env.cms.payload, as('translator'), catTool(xml), { ready: true })
    expect(report.error).toBeNull()
    expect(report.ok).toBe(true)
    expect(report.units.filter((u) => u.result === 'applied').map((u) => u.unit)).toEqual(
      expect.arrayContaining(['title', 'summary', 'body']),
    )

    const vi = await read(article.id, 'vi')
    expect(vi.title).toBe('Quy định tiền làm thêm giờ')
    expect(vi.summary).toBe('Giải thích về tiền làm thêm giờ.')
    const [first, second] = vi.body.root.children
    const inline = first.children
    expect(inline.map((n: any) => n.type)).toEqual(['text', 'inlineBlock', 'text', 'link', 'text'])
    expect(inline[1].fields).toMatchObject({ blockType: 'ruby', base: '残業', reading: 'ざんぎょう' })
    expect(inline[3].fields.doc).toMatchObject({ relationTo: 'articles', value: linked.id })
    expect(inline[3].children[0].text).toBe('bảo hiểm y tế')
    expect(inline[4]).toMatchObject({ text: ' nhé.', format: 1 })
    expect(second.children[0].text).toBe('Đoạn thứ hai.')
    // On the page, as the site renders the exported text: real furigana, the link to the
    // Vietnamese page of the linked article, the bold kept.
    const { snapshot } = await buildSnapshot(env.cms.payload)
    const exported = snapshot.articles.find((a) => a.id === String(article.id))!
    const html = richTextToHtml(exported.translations.vi!.body, { resolveInternalLink: linkResolver('vi') })
    expect(html).toContain('<ruby>残業<rp>(</rp><rt>ざんぎょう</rt><rp>)</rp></ruby>')
    expect(html).toMatch(new RegExp(`<a href="/vi/articles/${linked.slug}/"[^>]*>bảo hiểm y tế</a>`))
    expect(html).toContain('<strong> nhé.</strong>')

    // Japanese, Burmese and English are as they were; the status says Vietnamese is current.
    expect(await read(article.id, 'ja')).toMatchObject({
      title: before.ja.title,
      summary: before.ja.summary,
      body: before.ja.body,
    })
    const my = await read(article.id, 'my')
    expect([my.title, my.body]).toEqual([before.my.title, before.my.body])
    expect((await read(article.id, 'en')).title ?? null).toBe(before.en.title ?? null)
    const row = (await translationOverview(env.cms.payload)).find((r) => r.id === String(article.id))!
    expect(row.cells).toMatchObject({ ja: 'source', vi: 'current', my: 'current', en: 'missing' })

    // The same file again changes nothing; a new export carries the translation as targets.
    const again = await importXliff(env.cms.payload, as('translator'), catTool(xml), { ready: true })
    expect(again.ok).toBe(true)
    expect(again.units.every((u) => u.result === 'skipped' && u.reason === 'unchanged')).toBe(true)
    const next = await exportFor(article.id)
    expect(next).toContain('<target xml:space="preserve">Quy định tiền làm thêm giờ</target>')
    const nextBody = new DOMParser().parseFromString(next, 'text/xml')
    expect(nextBody.getElementsByTagNameNS(NS, 'target').length).toBeGreaterThanOrEqual(4)
    // ... and importing that export untouched skips every unit.
    const untouched = await importXliff(env.cms.payload, as('translator'), next, { ready: true })
    expect(untouched.units.every((u) => u.result === 'skipped')).toBe(true)
  })

  it('escapes text: markup typed into a title stays text in the file and comes back as typed', async () => {
    const title = 'A & B <script>"\'</script> ]]> &amp;'
    const article = await createArticle(env.cms.payload, { title, summary: title, body: paragraph(title) })
    const xml = await exportFor(article.id, 'editor')
    expect(xml).not.toContain('<script>')
    const report = await importXliff(
      env.cms.payload,
      as('editor'),
      catTool(xml, (t) => t && `${t} <vi>&`),
      { ready: true },
    )
    expect(report.ok).toBe(true)
    const vi = await read(article.id, 'vi')
    expect(vi.title).toBe(`${title} <vi>&`)
    expect(vi.body.root.children[0].children[0].text).toBe(`${title} <vi>&`)
  })
  it('without "ready" the imported text waits, as a save in the admin does; with it the text goes live', async () => {
    const article = await newArticle()
    const xml = await exportFor(article.id)
    const waiting = await importXliff(env.cms.payload, as('translator'), catTool(xml))
    expect(waiting.ok).toBe(true)
    expect(waiting.units.some((u) => u.result === 'applied')).toBe(true)
    // Readers keep what they had (nothing, here: the fallback) …
    expect((await read(article.id, 'vi')).title ?? null).toBeNull()
    // … the translator sees their text in place.
    const mine: any = await env.cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      fallbackLocale: false,
      user: as('translator'),
      overrideAccess: false,
    })
    expect(mine.title).toBe('Quy định tiền làm thêm giờ')
    // The same file again, marked ready, puts it on the site.
    expect((await importXliff(env.cms.payload, as('translator'), catTool(xml), { ready: true })).ok).toBe(true)
    expect((await read(article.id, 'vi')).title).toBe('Quy định tiền làm thêm giờ')
  })
})

describe('XLIFF refusals: nothing is written', () => {
  const unchanged = async (id: unknown) => {
    const vi = await read(id, 'vi')
    expect(vi.title ?? null).toBeNull()
    expect(vi.body ?? null).toBeNull()
  }

  it('a language the translator does not translate, a language the document is written in, or none of the site', async () => {
    const article = await newArticle()
    const xml = catTool(await exportFor(article.id))
    const en = await importXliff(env.cms.payload, as('translator'), xml.replace('trgLang="vi"', 'trgLang="en"'), {
      ready: true,
    })
    expect(en.ok).toBe(false)
    expect(en.error).toMatch(/You translate into vi, my, not en/)
    expect((await read(article.id, 'en')).title ?? null).toBeNull()

    const ja = await importXliff(env.cms.payload, as('editor'), xml.replace('trgLang="vi"', 'trgLang="ja"'), {
      ready: true,
    })
    expect(ja.ok).toBe(false)
    expect(ja.files[0]).toMatchObject({ result: 'refused', reason: expect.stringMatching(/not translated into ja/) })
    expect((await read(article.id, 'ja')).title).toBe('残業代のルール')

    const xx = await importXliff(env.cms.payload, as('editor'), xml.replace('trgLang="vi"', 'trgLang="xx"'), {
      ready: true,
    })
    expect(xx.error).toMatch(/"xx" is not a language/)
    const wrongSource = await importXliff(env.cms.payload, as('editor'), xml.replace('srcLang="ja"', 'srcLang="en"'), {
      ready: true,
    })
    expect(wrongSource.files[0]!.reason).toMatch(/written in ja, the file's source language is en/)
    await unchanged(article.id)

    await expect(exportXliff(env.cms.payload, as('translator'), { lang: 'en' })).rejects.toThrow(/not en/)
    await expect(exportXliff(env.cms.payload, as('member'), { lang: 'vi' })).rejects.toThrow(
      /secretariat and translators/,
    )
    await expect(importXliff(env.cms.payload, as('member'), xml, { ready: true })).rejects.toThrow(
      /secretariat and translators/,
    )
  })

  it('a stale file: the Japanese changed after the export', async () => {
    const article = await newArticle()
    const xml = catTool(await exportFor(article.id))
    await env.cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ja',
      data: { summary: '残業代の新しい説明です。' } as never,
    })
    const report = await importXliff(env.cms.payload, as('translator'), xml, { ready: true })
    expect(report.ok).toBe(false)
    expect(report.files[0]!.reason).toMatch(
      /stale: exported from revision 1 of the ja text, which is now at revision 2/,
    )
    expect(report.error).toMatch(/nothing was imported/)
    expect(report.units.some((u) => u.result === 'applied')).toBe(false)
    await unchanged(article.id)

    // One stale document refuses the whole batch: the fresh one is not written either.
    const fresh = await newArticle()
    const both = (
      await exportXliff(env.cms.payload, as('translator'), { lang: 'vi', ids: [`articles:${fresh.id}`] })
    )[0]!.xml
    const staleFile = new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(NS, 'file')[0]!
    const batch = new DOMParser().parseFromString(catTool(both), 'text/xml')
    batch.documentElement!.appendChild(batch.importNode(staleFile, true))
    const mixed = await importXliff(env.cms.payload, as('translator'), new XMLSerializer().serializeToString(batch), {
      ready: true,
    })
    expect(mixed.ok).toBe(false)
    await unchanged(fresh.id)
  })

  it('damaged inline codes: removed, renamed, added or changed in kind — that unit is refused, the rest applied', async () => {
    const cases: [string, (target: Element) => void, RegExp][] = [
      ['removed', (t) => t.removeChild(t.getElementsByTagNameNS(NS, 'ph')[0]!), /code "r\d+" removed/],
      [
        'renamed',
        (t) => t.getElementsByTagNameNS(NS, 'pc')[0]!.setAttribute('id', 'a99'),
        /"a99" is not in the source/,
      ],
      [
        'added',
        (t) => {
          const extra = t.ownerDocument!.createElementNS(NS, 'ph')
          extra.setAttribute('id', 'r77')
          t.appendChild(extra)
        },
        /"r77" is not in the source/,
      ],
      [
        'duplicated',
        (t) => t.appendChild(t.getElementsByTagNameNS(NS, 'ph')[0]!.cloneNode(true)),
        /appears more than once/,
      ],
      [
        'split',
        (t) => {
          const sc = t.ownerDocument!.createElementNS(NS, 'sc')
          sc.setAttribute('id', 'a1')
          t.appendChild(sc)
        },
        /split inline codes are not supported/,
      ],
    ]
    for (const [name, damage, reason] of cases) {
      const article = await newArticle()
      expect(
        (await importXliff(env.cms.payload, as('translator'), catTool(await exportFor(article.id)), { ready: true }))
          .ok,
      ).toBe(true)
      const before = await read(article.id, 'vi')
      const xml = catTool(
        await exportFor(article.id),
        (t) => `${VI[t] ?? t} (2)`,
        (target, unit) => {
          if (unit === 'body' && target.getElementsByTagNameNS(NS, 'ph').length > 0) damage(target)
        },
      )
      const report = await importXliff(env.cms.payload, as('translator'), xml, { ready: true })
      const body = report.units.find((u) => u.unit === 'body')!
      expect(body, name).toMatchObject({ result: 'refused', reason: expect.stringMatching(reason) })
      expect(report.units.find((u) => u.unit === 'title')!.result, name).toBe('applied')
      const vi = await read(article.id, 'vi')
      expect(vi.body, name).toEqual(before.body)
      expect(vi.title, name).toBe('Quy định tiền làm thêm giờ (2)')
    }
  })

  it('units, segments and documents the document does not have', async () => {
    const article = await newArticle()
    let xml = catTool(await exportFor(article.id))
    xml = xml
      .replace('<unit id="summary"', '<unit id="sections.nope.title"')
      .replace('<segment id="s1"', '<segment id="s9"')
    const report = await importXliff(env.cms.payload, as('translator'), xml, { ready: true })
    expect(report.units.find((u) => u.unit === 'sections.nope.title')).toMatchObject({
      result: 'refused',
      reason: expect.stringMatching(/no such text/),
    })
    expect(report.units.find((u) => u.unit === 'title')).toMatchObject({
      result: 'refused',
      reason: expect.stringMatching(/segment "s9"/),
    })

    const other = catTool(await exportFor(article.id))
    for (const [forged, reason] of [
      [
        other.replaceAll(`articles:${article.id}`, `users:${env.people.admin.id}`),
        /collection:id of a translated document/,
      ],
      [other.replace(`id="articles:${article.id}"`, 'id="articles:999999"'), /do not match/],
      [
        other
          .replaceAll(`articles:${article.id}`, 'articles:999999')
          .replace(`>${article.id}</note>`, '>999999</note>'),
        /no such document/,
      ],
      [other.replace('mirai:source-revision">1<', 'mirai:source-revision">x<'), /which revision/],
    ] as const) {
      const r = await importXliff(env.cms.payload, as('translator'), forged, { ready: true })
      expect(r.ok).toBe(false)
      expect(r.files[0]!.reason).toMatch(reason)
    }
    await unchanged(article.id)
  })

  it('malformed XML, entity bombs and external entities, other formats', async () => {
    const article = await newArticle()
    const xml = catTool(await exportFor(article.id))
    const bomb = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>${xml.replace(/^<\?xml[^>]*\?>/, '').replace('Quy định', '&j;')}`
    const external = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>${xml.replace(/^<\?xml[^>]*\?>/, '').replace('Quy định', '&e;')}`
    const plainDoctype = `<!DOCTYPE xliff>${xml.replace(/^<\?xml[^>]*\?>/, '')}`
    const started = Date.now()
    for (const [input, reason] of [
      [xml.slice(0, xml.length / 2), /not well-formed XML/],
      ['not xml at all', /not well-formed XML/],
      [xml.replace('</target>', ''), /not well-formed XML/],
      [bomb, /not well-formed XML \(error: entity not found/],
      [external, /entity not found/],
      [plainDoctype, /DOCTYPE/],
      [xml.replace(`xmlns="${NS}"`, 'xmlns="urn:oasis:names:tc:xliff:document:1.2"'), /not XLIFF 2/],
      [xml.replace('version="2.1"', 'version="3.0"'), /version "3.0" is not supported/],
      [xml.replace(' trgLang="vi"', ''), /no trgLang/],
    ] as const) {
      const report = await importXliff(env.cms.payload, as('translator'), input, { ready: true })
      expect(report.ok).toBe(false)
      expect(report.error).toMatch(reason)
      expect(JSON.stringify(report)).not.toContain('root:')
    }
    expect(Date.now() - started).toBeLessThan(5000)
    await unchanged(article.id)

    const fileElement = xml.slice(xml.indexOf('<file '), xml.indexOf('</file>') + '</file>'.length)
    const many = xml.replace(fileElement, Array.from({ length: 501 }, () => fileElement).join(''))
    expect((await importXliff(env.cms.payload, as('translator'), many, { ready: true })).error).toMatch(
      /501 documents; at most 500/,
    )

    const huge = xml.replace('Quy định', 'x'.repeat(6 * 1024 * 1024))
    expect((await importXliff(env.cms.payload, as('translator'), huge, { ready: true })).error).toMatch(/at most 5 MB/)
    await unchanged(article.id)
  })
})

describe('XLIFF over REST', () => {
  it('downloads a file and uploads its translation, as the signed-in translator', async () => {
    const article = await newArticle()
    const res = await env.rest.request('GET', `translations/xliff?lang=vi&ids=articles:${article.id}`, {
      token: env.tokens.translator,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/xliff\+xml/)
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mirai-ja-vi-selection-\d{4}-\d\d-\d\d\.xlf"$/,
    )
    const translated = catTool(res.bytes.toString('utf8'))
    const form = new FormData()
    form.append('file', new Blob([translated], { type: 'application/xliff+xml' }), 'vi.xlf')
    const up = await env.rest.request('POST', 'translations/xliff?ready=1', {
      token: env.tokens.translator,
      formData: form,
    })
    expect(up.status).toBe(200)
    expect(up.body.units.find((u: any) => u.unit === 'title').result).toBe('applied')
    expect((await read(article.id, 'vi')).title).toBe('Quy định tiền làm thêm giờ')

    const raw = await env.rest.request('POST', 'translations/xliff', {
      token: env.tokens.translator,
      raw: translated.replace('trgLang="vi"', 'trgLang="en"'),
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(raw.status).toBe(422)
    expect(raw.body.error).toMatch(/not en/)
  })

  it('refuses anonymous readers, members, bad requests, huge uploads and cross-site cookie posts', async () => {
    const article = await newArticle()
    const path = `translations/xliff?lang=vi&ids=articles:${article.id}`
    expect((await env.rest.request('GET', path)).status).toBe(401)
    expect((await env.rest.request('POST', 'translations/xliff', { raw: '<x/>' })).status).toBe(401)
    for (const who of ['member', 'company', 'assist'] as const) {
      expect((await env.rest.request('GET', path, { token: env.tokens[who] })).status, who).toBe(403)
      expect(
        (await env.rest.request('POST', 'translations/xliff', { token: env.tokens[who], raw: '<x/>' })).status,
        who,
      ).toBe(403)
    }
    const bad = await env.rest.request('GET', 'translations/xliff?lang=vi&scope=everything', {
      token: env.tokens.editor,
    })
    expect(bad.status).toBe(400)
    expect(
      (await env.rest.request('GET', 'translations/xliff?lang=vi&ids=users:1', { token: env.tokens.editor })).status,
    ).toBe(400)
    expect(
      (
        await env.rest.request('GET', 'translations/xliff?lang=ja&ids=articles:' + article.id, {
          token: env.tokens.editor,
        })
      ).body.errors[0].message,
    ).toMatch(/written in ja/)

    const huge = await env.rest.request('POST', 'translations/xliff', {
      token: env.tokens.translator,
      raw: 'x'.repeat(6 * 1024 * 1024),
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toMatch(/larger than 5 MB/)

    const xml = catTool((await env.rest.request('GET', path, { token: env.tokens.translator })).bytes.toString('utf8'))
    const forged = await env.rest.request('POST', 'translations/xliff', {
      raw: xml,
      headers: {
        Cookie: `payload-token=${env.tokens.translator}`,
        Origin: 'https://evil.example',
        'Content-Type': 'application/xliff+xml',
      },
    })
    // Payload itself ignores a cookie from another origin; the endpoint checks the origin as well.
    expect([401, 403]).toContain(forged.status)
    expect((await read(article.id, 'vi')).title ?? null).toBeNull()
  })
})

describe('pnpm translations:export / translations:import', () => {
  const run = async (command: 'export' | 'import', args: string[]) => {
    const { xliffCli } = await import('@mirai/scripts/translations-xliff')
    const out: string[] = []
    const code = await xliffCli(env.cms.payload, command, args, {
      cwd: env.cms.dataDir,
      log: (l) => out.push(l),
      error: (l) => out.push(l),
    })
    return { code, out: out.join('\n') }
  }

  it('exports a batch to a folder and imports the translated file, as the translator named', async () => {
    const article = await newArticle()
    const exported = await run('export', [
      '--as',
      env.people.translator.email,
      '--lang',
      'vi',
      '--missing',
      '--out',
      'xlf',
    ])
    expect(exported.code).toBe(0)
    const file = path.join(env.cms.dataDir, 'xlf', 'mirai-ja-vi-missing.xlf')
    expect(exported.out).toContain(file)
    const xml = readFileSync(file, 'utf8')
    expect(xml).toContain(`<file id="articles:${article.id}"`)
    writeFileSync(file, catTool(xml))
    const imported = await run('import', [
      '--as',
      env.people.translator.email,
      '--ready',
      'xlf/mirai-ja-vi-missing.xlf',
    ])
    expect(imported.out).toContain(`articles:${article.id} title: applied`)
    expect((await read(article.id, 'vi')).title).toBe('Quy định tiền làm thêm giờ')
  })

  it('without --as, acts with the rights of whoever runs it on the server: every language, as the secretariat', async () => {
    const article = await newArticle()
    const exported = await run('export', ['--lang', 'my', '--ids', `articles:${article.id}`, '--out', 'operator'])
    expect(exported.code, exported.out).toBe(0)
    const file = readdirSync(path.join(env.cms.dataDir, 'operator')).find((f) => f.endsWith('.xlf'))!
    const xml = readFileSync(path.join(env.cms.dataDir, 'operator', file), 'utf8')
    expect(xml).toContain(`<file id="articles:${article.id}"`)
    writeFileSync(path.join(env.cms.dataDir, 'operator', file), catTool(xml))
    const imported = await run('import', ['--ready', `operator/${file}`])
    expect(imported.code, imported.out).toBe(0)
    expect(imported.out).toContain(`articles:${article.id} title: applied`)
    expect((await read(article.id, 'my')).title).toBeTruthy()
  })

  it('says what is wrong and exits non-zero, writing nothing', async () => {
    const article = await newArticle()
    const t = env.people.translator.email
    for (const [command, args, message] of [
      ['export', ['--as', '', '--lang', 'vi'], /--as needs an email/],
      ['export', ['--as', 'nobody@test.example', '--lang', 'vi'], /no account with the email nobody@test.example/],
      ['export', ['--as', t], /usage: pnpm translations:export/],
      ['export', ['--as', t, '--lang', 'en'], /not en/],
      ['export', ['--as', t, '--lang', 'vi', '--ids', 'articles'], /not collection:id/],
      ['export', ['--as', t, '--lang', 'vi', '--bogus'], /Unknown option '--bogus'/],
      ['export', ['--as', env.people.member.email, '--lang', 'vi'], /secretariat and translators/],
      ['import', ['--as', t], /usage: pnpm translations:import/],
      ['import', ['--as', t, 'missing.xlf'], /missing.xlf: no such file/],
    ] as const) {
      const result = await run(command, [...args])
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.out).toMatch(message)
    }
    const xml = catTool(await exportFor(article.id))
    writeFileSync(path.join(env.cms.dataDir, 'en.xlf'), xml.replace('trgLang="vi"', 'trgLang="en"'))
    const refused = await run('import', ['--as', env.people.translator.email, 'en.xlf'])
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/en.xlf: REFUSED: You translate into vi, my, not en/)
    expect((await read(article.id, 'vi')).title ?? null).toBeNull()
  })
})
