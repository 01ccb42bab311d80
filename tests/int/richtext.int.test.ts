import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, paragraphDoc, textNode } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.close()
})

const ruby = (base: string, reading: string) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: `r${base.length}${reading.length}`, blockName: '', blockType: 'ruby', base, reading },
})
const link = (fields: Record<string, unknown>, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields,
  children: [text(label)],
})
const doc = paragraphDoc
const text = textNode

/** How the site resolves internal links: same language, collection path, slug. */
const resolverFor = (locale: string) => (target: { relationTo: string; value: unknown }) => {
  const value = target.value as { slug?: string } | string
  return typeof value === 'object' && value?.slug ? `/${locale}/${target.relationTo}/${value.slug}/` : null
}

describe('rich text from the CMS to HTML', () => {
  it('renders furigana stored by the editor as real <ruby> markup', async () => {
    const article = await createArticle(cms.payload, {
      slug: 'furigana-article',
      body: doc(ruby('在留', 'ざいりゅう'), ruby('資格', 'しかく'), text('を 確認しましょう。')),
    })
    const stored: any = await cms.payload.findByID({ collection: 'articles', id: article.id, locale: 'ja' })
    expect(richTextToHtml(stored.body)).toBe(
      '<p><ruby>在留<rp>(</rp><rt>ざいりゅう</rt><rp>)</rp></ruby><ruby>資格<rp>(</rp><rt>しかく</rt><rp>)</rp></ruby>を 確認しましょう。</p>',
    )
  })

  it('refuses a furigana reading that is not kana', async () => {
    await expect(createArticle(cms.payload, { body: doc(ruby('在留', 'zairyuu')) })).rejects.toMatchObject({
      data: {
        errors: expect.arrayContaining([
          expect.objectContaining({
            path: 'body.reading',
            message: 'The reading must be written in hiragana or katakana',
          }),
        ]),
      },
    })
  })

  it('turns an internal link into the target page in the same language', async () => {
    const target = await createArticle(cms.payload, { slug: 'health-insurance' })
    const article = await createArticle(cms.payload, {
      slug: 'links-to-health',
      body: doc(
        text('See '),
        link(
          { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: target.id } },
          'health insurance',
        ),
      ),
    })
    const stored: any = await cms.payload.findByID({ collection: 'articles', id: article.id, locale: 'ja', depth: 1 })
    expect(richTextToHtml(stored.body, { resolveInternalLink: resolverFor('vi') })).toBe(
      '<p>See <a href="/vi/articles/health-insurance/">health insurance</a></p>',
    )
  })

  it('escapes markup typed as text and never emits javascript: links', async () => {
    let stored: any
    try {
      const article = await createArticle(cms.payload, {
        body: doc(
          text('<script>alert(1)</script>'),
          link({ linkType: 'custom', url: 'javascript:alert(document.cookie)', newTab: true }, 'click me'),
        ),
      })
      stored = await cms.payload.findByID({ collection: 'articles', id: article.id, locale: 'ja' })
    } catch {
      // The CMS may refuse the URL outright; the converter must be safe on its own too.
      stored = {
        body: doc(
          text('<script>alert(1)</script>'),
          link({ linkType: 'custom', url: 'javascript:alert(document.cookie)' }, 'click me'),
        ),
      }
    }
    const html = richTextToHtml(stored.body)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script')
    expect(html).not.toMatch(/javascript:/i)
    expect(html).toContain('click me')
  })
})
