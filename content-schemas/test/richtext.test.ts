import { describe, expect, it, vi } from 'vitest'

import {
  isRichTextEmpty,
  richTextToHtml,
  richTextToPlainText,
  safeHref,
  TEXT_FORMAT,
  type InternalLinkResolver,
} from '../src/richtext'
import { elementNode, textNode } from '../src/richtext/build'

// The JSON Payload 3 stores, including the properties the converter ignores (shared builders).
type Json = Record<string, unknown>

const doc = (...children: Json[]): Json => ({ root: elementNode('root', children) })
const text = (value: string, format = 0): Json => textNode(value, format)
const element = (type: string, children: Json[], extra: Json = {}): Json => elementNode(type, children, extra)
const p = (...children: Json[]): Json => element('paragraph', children, { textFormat: 0 })
const heading = (tag: string, ...children: Json[]): Json => element('heading', children, { tag })
const quote = (...children: Json[]): Json => element('quote', children)
const item = (children: Json[], extra: Json = {}): Json => element('listitem', children, { value: 1, ...extra })
const list = (listType: 'bullet' | 'number' | 'check', items: Json[], start = 1): Json =>
  element('list', items, { listType, tag: listType === 'number' ? 'ol' : 'ul', start })
const link = (fields: Json, ...children: Json[]): Json => element('link', children, { fields, id: 'l1' })
const customLink = (url: string, label = 'click', newTab = false): Json =>
  link({ linkType: 'custom', url, newTab }, text(label))
const internalLink = (label: string, newTab = false): Json =>
  link(
    { linkType: 'internal', newTab, doc: { relationTo: 'articles', value: { id: '42', slug: 'minimum-wage' } } },
    text(label),
  )
const ruby = (base: string, reading: string): Json => ({
  type: 'inlineBlock',
  fields: { id: 'r1', blockName: '', blockType: 'ruby', base, reading },
  version: 1,
})
const linebreak: Json = { type: 'linebreak', version: 1 }
const tab: Json = { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 }
const hr: Json = { type: 'horizontalrule', version: 1 }

const resolveArticle: InternalLinkResolver = ({ relationTo, value }) =>
  relationTo === 'articles' && typeof value === 'object' && value !== null && 'slug' in value
    ? `/vi/articles/${String(value.slug)}/`
    : null

describe('richTextToHtml: blocks', () => {
  it('renders paragraphs and headings', () => {
    expect(richTextToHtml(doc(heading('h2', text('Wages')), p(text('Hello')), p(text('World'))))).toBe(
      '<h2>Wages</h2><p>Hello</p><p>World</p>',
    )
  })

  it('omits empty paragraphs and headings', () => {
    expect(richTextToHtml(doc(p(), p(text('Body')), p(text('')), p(text('   ')), heading('h3')))).toBe('<p>Body</p>')
  })

  it('renders bullet and numbered lists, with start only when it is not 1', () => {
    expect(richTextToHtml(doc(list('bullet', [item([text('a')]), item([text('b')])])))).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    )
    expect(richTextToHtml(doc(list('number', [item([text('one')])])))).toBe('<ol><li>one</li></ol>')
    expect(richTextToHtml(doc(list('number', [item([text('three')])], 3)))).toBe('<ol start="3"><li>three</li></ol>')
  })

  it('renders check lists as <ul> with checkbox items', () => {
    const checklist = list('check', [item([text('done')], { checked: true }), item([text('todo')], { checked: false })])
    expect(richTextToHtml(doc(checklist))).toBe(
      '<ul><li role="checkbox" aria-checked="true">done</li><li role="checkbox" aria-checked="false">todo</li></ul>',
    )
  })

  it('nests a sub-list inside the item before it', () => {
    const nested = list('bullet', [item([text('a')]), item([list('bullet', [item([text('a.1')])])]), item([text('b')])])
    expect(richTextToHtml(doc(nested))).toBe('<ul><li>a<ul><li>a.1</li></ul></li><li>b</li></ul>')
  })

  it('renders quotes and horizontal rules', () => {
    expect(richTextToHtml(doc(quote(text('Quoted')), hr))).toBe('<blockquote>Quoted</blockquote><hr>')
  })

  it('renders line breaks and tabs', () => {
    expect(richTextToHtml(doc(p(text('a'), linebreak, text('b'), tab, text('c'))))).toBe('<p>a<br>b\tc</p>')
  })

  it('renders center, right and justify alignment but not the default left', () => {
    expect(richTextToHtml(doc(element('paragraph', [text('mid')], { format: 'center' })))).toBe(
      '<p style="text-align:center">mid</p>',
    )
    expect(richTextToHtml(doc(element('paragraph', [text('left')], { format: 'left' })))).toBe('<p>left</p>')
    expect(richTextToHtml(doc(element('paragraph', [text('x')], { format: 'center;color:red' })))).toBe('<p>x</p>')
  })

  it('demotes headings by headingOffset, capped at h6', () => {
    const data = doc(heading('h1', text('A')), heading('h2', text('B')), heading('h6', text('C')))
    expect(richTextToHtml(data, { headingOffset: 1 })).toBe('<h2>A</h2><h3>B</h3><h6>C</h6>')
    expect(richTextToHtml(data, { headingOffset: 10 })).toBe('<h6>A</h6><h6>B</h6><h6>C</h6>')
  })

  it('accepts a bare root node as well as a field value', () => {
    const value = doc(p(text('x')))
    expect(richTextToHtml(value.root)).toBe('<p>x</p>')
  })
})

describe('richTextToHtml: text', () => {
  it('nests formats in a stable order', () => {
    const { bold, italic, underline } = TEXT_FORMAT
    expect(richTextToHtml(doc(p(text('x', bold | italic | underline))))).toBe(
      '<p><strong><em><u>x</u></em></strong></p>',
    )
    expect(richTextToHtml(doc(p(text('x', 127))))).toBe(
      '<p><strong><em><s><u><code><sub><sup>x</sup></sub></code></u></s></em></strong></p>',
    )
    expect(richTextToHtml(doc(p(text('H'), text('2', TEXT_FORMAT.subscript), text('O'))))).toBe('<p>H<sub>2</sub>O</p>')
  })

  it('escapes text, including markup that looks like HTML', () => {
    expect(richTextToHtml(doc(p(text('<script>alert("x")</script> & \'y\''))))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
    expect(richTextToHtml(doc(p(text('<img src=x onerror=alert(1)>', TEXT_FORMAT.code))))).toBe(
      '<p><code>&lt;img src=x onerror=alert(1)&gt;</code></p>',
    )
  })

  it('ignores inline styles stored on text', () => {
    expect(richTextToHtml(doc(p({ ...text('x'), style: 'background:url(javascript:alert(1))' })))).toBe('<p>x</p>')
  })
})

describe('richTextToHtml: ruby', () => {
  it('renders furigana markup exactly', () => {
    expect(richTextToHtml(doc(p(ruby('日本語', 'にほんご'), text('を勉強します'))))).toBe(
      '<p><ruby>日本語<rp>(</rp><rt>にほんご</rt><rp>)</rp></ruby>を勉強します</p>',
    )
  })

  it('escapes base and reading', () => {
    expect(richTextToHtml(doc(p(ruby('<b>&', '"</rt><script>'))))).toBe(
      '<p><ruby>&lt;b&gt;&amp;<rp>(</rp><rt>&quot;&lt;/rt&gt;&lt;script&gt;</rt><rp>)</rp></ruby></p>',
    )
  })

  it('renders only the base text when there is no reading', () => {
    expect(richTextToHtml(doc(p(ruby('漢字', ''))))).toBe('<p>漢字</p>')
    expect(richTextToHtml(doc(p(ruby('漢字', '  '))))).toBe('<p>漢字</p>')
  })
})

describe('richTextToHtml: links', () => {
  it('resolves internal links with resolveInternalLink', () => {
    const resolve = vi.fn(resolveArticle)
    expect(richTextToHtml(doc(p(internalLink('Minimum wage'))), { resolveInternalLink: resolve })).toBe(
      '<p><a href="/vi/articles/minimum-wage/">Minimum wage</a></p>',
    )
    expect(resolve).toHaveBeenCalledWith({ relationTo: 'articles', value: { id: '42', slug: 'minimum-wage' } })
  })

  it('renders an unresolved internal link as its text', () => {
    expect(richTextToHtml(doc(p(internalLink('Minimum wage'))), { resolveInternalLink: () => null })).toBe(
      '<p>Minimum wage</p>',
    )
    expect(richTextToHtml(doc(p(internalLink('Minimum wage'))))).toBe('<p>Minimum wage</p>')
  })

  it('checks hrefs returned by resolveInternalLink', () => {
    expect(richTextToHtml(doc(p(internalLink('x'))), { resolveInternalLink: () => 'javascript:alert(1)' })).toBe(
      '<p>x</p>',
    )
  })

  it('opens external links in a new tab safely when asked to', () => {
    expect(richTextToHtml(doc(p(customLink('https://example.org/', 'Example', true))))).toBe(
      '<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">Example</a></p>',
    )
    expect(richTextToHtml(doc(p(customLink('https://example.org/', 'Example'))))).toBe(
      '<p><a href="https://example.org/">Example</a></p>',
    )
    expect(richTextToHtml(doc(p(customLink('mailto:info@example.org', 'Mail', true))))).toBe(
      '<p><a href="mailto:info@example.org">Mail</a></p>',
    )
  })

  it('renders formatted link text and autolinks', () => {
    const autolink = element('autolink', [text('https://example.org')], {
      fields: { linkType: 'custom', url: 'https://example.org' },
    })
    expect(richTextToHtml(doc(p(link({ url: '/about/' }, text('About', TEXT_FORMAT.bold)), text(' '), autolink)))).toBe(
      '<p><a href="/about/"><strong>About</strong></a> <a href="https://example.org">https://example.org</a></p>',
    )
  })

  it.each([
    'https://example.org/path?q=1#x',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:info@example.org',
    'tel:+81-3-0000-0000',
    '/ja/about/',
    '#section',
    './relative',
  ])('allows %j', (url) => {
    expect(richTextToHtml(doc(p(customLink(url))))).toBe(`<p><a href="${url}">click</a></p>`)
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001f javascript:alert(1)',
    'jav\u0000ascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&#x3A;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'example.org',
    '',
  ])('drops the link for %j', (url) => {
    expect(richTextToHtml(doc(p(customLink(url))))).toBe('<p>click</p>')
  })

  it('escapes quotes and markup in href attributes', () => {
    expect(richTextToHtml(doc(p(customLink('https://example.org/?q="><script>alert(1)</script>&a=\''))))).toBe(
      '<p><a href="https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;a=&#39;">click</a></p>',
    )
  })

  it('renders a link with missing or malformed fields as its text', () => {
    expect(richTextToHtml(doc(p(element('link', [text('x')]))))).toBe('<p>x</p>')
    expect(richTextToHtml(doc(p(link({ linkType: 'custom', url: 42 }, text('x')))))).toBe('<p>x</p>')
    const noDoc = doc(p(link({ linkType: 'internal', doc: null }, text('x'))))
    expect(richTextToHtml(noDoc, { resolveInternalLink: resolveArticle })).toBe('<p>x</p>')
  })
})

describe('richTextToHtml: uploads, blocks and unknown nodes', () => {
  const upload: Json = {
    type: 'upload',
    relationTo: 'media',
    value: { id: 'm1', url: '/media/a.jpg' },
    fields: null,
    version: 3,
  }
  const callout: Json = {
    type: 'block',
    fields: { id: 'b1', blockName: '', blockType: 'callout', text: 'Hi' },
    version: 2,
  }

  it('renders uploads and blocks only through the callbacks', () => {
    expect(richTextToHtml(doc(upload, callout))).toBe('')
    const renderUpload = vi.fn(() => '<figure>img</figure>')
    const renderBlock = vi.fn(
      (fields: { blockType: string }, inline: boolean) => `<aside>${fields.blockType}:${inline}</aside>`,
    )
    const inlineBlock: Json = { type: 'inlineBlock', fields: { id: 'i1', blockType: 'badge' }, version: 1 }
    expect(richTextToHtml(doc(upload, callout, p(text('a'), inlineBlock)), { renderUpload, renderBlock })).toBe(
      '<figure>img</figure><aside>callout:false</aside><p>a<aside>badge:true</aside></p>',
    )
    expect(renderUpload).toHaveBeenCalledWith(upload)
    expect(renderBlock).toHaveBeenCalledWith(callout.fields, false)
  })

  it('renders ruby itself rather than through renderBlock', () => {
    const renderBlock = vi.fn(() => '<x>')
    expect(richTextToHtml(doc(p(ruby('字', 'じ'))), { renderBlock })).toBe(
      '<p><ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby></p>',
    )
    expect(renderBlock).not.toHaveBeenCalled()
  })

  it('ignores relationships and unknown node types', () => {
    const data = doc(
      p(text('a'), { type: 'mystery-inline', text: '<b>secret</b>' }),
      { type: 'relationship', relationTo: 'articles', value: '42', version: 2 },
      { type: 'html', html: '<script>alert(1)</script>', version: 1 },
      element('mystery', [text('hidden')]),
      p(text('b')),
    )
    expect(richTextToHtml(data)).toBe('<p>a</p><p>b</p>')
  })

  it.each([null, undefined, 42, 'text', [], {}, { root: null }, { root: { type: 'root', children: 'nope' } }])(
    'returns an empty string for %j',
    (value) => {
      expect(richTextToHtml(value)).toBe('')
    },
  )

  it('survives malformed nodes', () => {
    const data = doc(
      p(null as unknown as Json, text(42 as unknown as string), { type: 'text', text: 'ok', format: 'bold' }),
      { type: 'heading', tag: 'h9', children: [text('h')] },
      { type: 'list', children: [null, { type: 'listitem' }, text('stray')] },
      { type: 'inlineBlock' },
      { type: 'block', fields: { blockType: 'ruby' } },
      { type: 'upload' },
    )
    expect(richTextToHtml(data, { renderUpload: () => '<img>' })).toBe('<p>ok</p><h2>h</h2><ul><li></li></ul>')
  })
})

describe('richTextToPlainText', () => {
  it('separates blocks with blank lines and keeps line breaks', () => {
    const data = doc(heading('h2', text('Title')), p(), p(text('a'), linebreak, text('b')), hr, quote(text('q')))
    expect(richTextToPlainText(data)).toBe('Title\n\na\nb\n\nq')
  })

  it('prefixes list items, numbering from start and indenting sub-lists', () => {
    const data = doc(
      list('bullet', [
        item([text('a')]),
        item([list('number', [item([text('x')]), item([text('y')])])]),
        item([text('b')]),
      ]),
      list('number', [item([text('three')]), item([text('four')])], 3),
      list('check', [item([text('done')], { checked: true }), item([text('todo')])]),
    )
    expect(richTextToPlainText(data)).toBe('- a\n  1. x\n  2. y\n- b\n\n3. three\n4. four\n\n- [x] done\n- [ ] todo')
  })

  it('renders furigana as base(reading)', () => {
    const data = doc(p(ruby('日本語', 'にほんご'), text('と'), ruby('漢字', '')))
    expect(richTextToPlainText(data)).toBe('日本語(にほんご)と漢字')
  })

  it('adds absolute and resolved URLs after link text, and does not escape', () => {
    const data = doc(
      p(customLink('https://example.org/', 'Example & co')),
      p(customLink('/ja/about/', 'About')),
      p(customLink('javascript:alert(1)', 'Bad')),
      p(internalLink('Wage')),
      p(element('autolink', [text('https://example.org')], { fields: { url: 'https://example.org' } })),
    )
    expect(richTextToPlainText(data, { resolveInternalLink: resolveArticle })).toBe(
      'Example & co (https://example.org/)\n\nAbout\n\nBad\n\nWage (/vi/articles/minimum-wage/)\n\nhttps://example.org',
    )
    expect(richTextToPlainText(doc(p(internalLink('Wage'))))).toBe('Wage')
  })

  it('leaves out uploads, blocks and unknown nodes', () => {
    const data = doc(
      p(text('a')),
      { type: 'upload', relationTo: 'media', value: 'm1' },
      { type: 'block', fields: { blockType: 'callout' } },
      element('mystery', [text('hidden')]),
    )
    expect(richTextToPlainText(data)).toBe('a')
    expect(richTextToPlainText(null)).toBe('')
  })
})

describe('isRichTextEmpty', () => {
  it.each([null, undefined, {}, doc(), doc(p()), doc(p(text('  ')), p(linebreak)), doc(hr), doc(p(ruby('', 'よみ')))])(
    'is true for %j',
    (value) => {
      expect(isRichTextEmpty(value)).toBe(true)
    },
  )

  it.each([
    doc(p(text('a'))),
    doc(list('bullet', [item([text('a')])])),
    doc(p(link({ url: 'https://example.org' }, text('x')))),
    doc(p(ruby('字', 'じ'))),
    doc({ type: 'upload', relationTo: 'media', value: 'm1' }),
    doc({ type: 'block', fields: { blockType: 'callout' } }),
  ])('is false for %j', (value) => {
    expect(isRichTextEmpty(value)).toBe(false)
  })
})

describe('safeHref', () => {
  it('returns the normalised URL or null', () => {
    expect(safeHref('  https://example.org/a\tb ')).toBe('https://example.org/ab')
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
  })
})

describe('links that leave the site', () => {
  it('are not taken for relative links when they start with two slashes or a backslash', () => {
    expect(safeHref('/ja/articles/')).toBe('/ja/articles/')
    expect(safeHref('//evil.example/x')).toBeNull()
    expect(safeHref('/\\evil.example/x')).toBeNull()
    expect(safeHref('\\\\evil.example/x')).toBeNull()
  })
})
