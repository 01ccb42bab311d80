/**
 * The admin's own pages, rendered by the production build for each role: the translation
 * queue, reporting deadlines, the site status, the printable report and the article preview.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

const base = inject('adminURL')
const PASSWORD = 'mirai-demo-2026'
const tokens: Record<string, string> = {}

async function login(role: string) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@demo.jp-mirai.org`, password: PASSWORD }),
  })
  expect(res.status, `${role} login`).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** A page as the browser gets it: the session cookie, sent same-origin. */
async function page(path: string, role?: string) {
  const res = await fetch(`${base}${path}`, {
    redirect: 'manual',
    headers: role ? { cookie: `payload-token=${tokens[role]}`, 'sec-fetch-site': 'same-origin' } : {},
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

async function api(path: string, role: string) {
  const res = await fetch(`${base}/api/${path}`, { headers: { authorization: `JWT ${tokens[role]}` } })
  return (await res.json()) as any
}

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'translator', 'member']) tokens[role] = await login(role)
})

describe('the admin build', () => {
  it('shows a translator the queue of their languages', async () => {
    const { status, html } = await page('/admin/translations', 'translator')
    expect(status).toBe(200)
    expect(html).toContain('Translation status')
    expect(html).toMatch(/document\(s\)(<!-- -->)? needing work in (<!-- -->)?vi, my/)
    expect(html).toContain('scope="col">vi</th>')
    expect(html).not.toContain('scope="col">en</th>')
    // The work to do as XLIFF: a download per language, and the upload form.
    const link = html.match(/href="(\/api\/translations\/xliff\?lang=(?:vi|my)&amp;scope=todo&amp;source=[a-z]+)"/)
    expect(link).not.toBeNull()
    expect(html).not.toContain('xliff?lang=en')
    expect(html).toContain('Upload a translated file')
    const file = await fetch(`${base}${link![1]!.replaceAll('&amp;', '&')}`, {
      headers: { cookie: `payload-token=${tokens.translator}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="mirai-[a-z]+-(vi|my)-todo-/)
    expect(await file.text()).toMatch(/trgLang="(vi|my)"/)
    // A cross-site page cannot post a file with the translator's session.
    const forged = await fetch(`${base}/api/translations/xliff`, {
      method: 'POST',
      headers: {
        cookie: `payload-token=${tokens.translator}`,
        origin: 'https://evil.example',
        'content-type': 'application/xliff+xml',
      },
      body: '<xliff/>',
    })
    expect([401, 403]).toContain(forged.status)
  })

  it('keeps the translation page from members', async () => {
    const { html } = await page('/admin/translations', 'member')
    expect(html).toContain('This page is for the secretariat and translators.')
    expect(html).not.toContain('needing work')
  })

  it("shows a member their organisation's deadlines above the reports list", async () => {
    const { status, html } = await page('/admin/collections/activity-reports', 'member')
    expect(status).toBe(200)
    expect(html).toContain('提出期限 / Deadlines')
    expect(html).toContain('期限超過 / overdue')
  })

  it('shows editors the state of the public site on the dashboard', async () => {
    const { html } = await page('/admin', 'editor')
    expect(html).toContain('Public site / 公開サイト')
  })

  it("prints a member's own report in full, and nobody else's", async () => {
    const own = await api('activity-reports?limit=1&where[status][equals]=accepted', 'member')
    const id = own.docs[0].id
    const printed = await page(`/reports/${id}/print`, 'member')
    expect(printed.status).toBe(200)
    expect(printed.html).toContain(`<h1>${own.docs[0].title}</h1>`)
    expect(printed.html.match(/<h2>/g)?.length).toBeGreaterThanOrEqual(5)
    expect(printed.html).toContain('印刷・PDFで保存 / Print or save as PDF')
    expect((await page(`/reports/${id}/print`, 'translator')).status).toBe(404)
    const anonymous = await page(`/reports/${id}/print`)
    expect(anonymous.status).toBe(307)
    expect(anonymous.location).toContain('/admin/login')
  })

  it('previews an article in the language being edited', async () => {
    const article = await api('articles?limit=1&locale=vi&fallback-locale=none', 'editor')
    const preview = await page(`/preview/articles/${article.docs[0].id}?locale=vi`, 'editor')
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('lang="vi"')
    expect(preview.html).toContain(article.docs[0].title)
  })

  it('shows members the events held for them, and none of the editorial collections', async () => {
    const events = await page('/admin/collections/events', 'member')
    expect(events.status).toBe(200)
    expect(events.html).toContain('JP-MIRAIの集い 第1回')
    expect(events.html).not.toContain('ビジネスと人権')
    const articles = await page('/admin/collections/articles', 'member')
    // Hidden from members in the admin: the page does not exist for them.
    expect(articles.status).toBe(404)
    expect((await page('/admin/collections/articles', 'editor')).status).toBe(200)
    const api = await fetch(`${base}/api/articles?draft=true&where[_status][equals]=draft`, {
      headers: { authorization: `JWT ${tokens.member}` },
    })
    expect(((await api.json()) as any).docs ?? []).toHaveLength(0)
  })

  it('previews a newsletter as the email looks, in the language asked, and exports it', async () => {
    const found = await api('newsletters?where[issueNumber][equals]=30', 'editor')
    const id = found.docs[0].id
    const preview = await page(`/newsletters/${id}/preview?locale=vi`, 'editor')
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('<iframe title="Email preview: Bản tin JP-MIRAI tháng 12/2023"')
    expect(preview.html).toContain(`/newsletters/${id}/export?locale=vi&amp;format=eml`)
    const eml = await fetch(`${base}/newsletters/${id}/export?locale=vi&format=eml`, {
      headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(eml.status).toBe(200)
    expect(eml.headers.get('content-type')).toBe('message/rfc822')
    expect(eml.headers.get('content-disposition')).toBe('attachment; filename="monthly-30-vi.eml"')
    expect(await eml.text()).toMatch(/^List-Unsubscribe: /m)
    const missing = await fetch(`${base}/newsletters/${id}/export?locale=my&format=html`, {
      headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(missing.status).toBe(400)
    expect(await missing.text()).toContain('Issue 30 has no Burmese edition')
    // A bulletin not marked public is the secretariat's until sent.
    const bulletin = (await api('newsletters?where[issueNumber][equals]=101', 'editor')).docs[0].id
    expect((await page(`/newsletters/${bulletin}/preview?locale=ja`, 'member')).status).toBe(404)
    expect((await page(`/newsletters/${bulletin}/preview?locale=ja`, 'editor')).status).toBe(200)
  })

  it('hardening 2: shows members and translators the published issue, never an embargoed draft', async () => {
    const found = await api('newsletters?where[issueNumber][equals]=30', 'editor')
    const id = found.docs[0].id
    const draft = await fetch(`${base}/api/newsletters/${id}?locale=en&draft=true`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'EMBARGOED until the 1st' }),
    })
    expect(draft.status).toBe(200)
    expect((await page(`/newsletters/${id}/preview?locale=en`, 'editor')).html).toContain('EMBARGOED until the 1st')
    for (const role of ['member', 'translator']) {
      const preview = await page(`/newsletters/${id}/preview?locale=en`, role)
      expect(preview.status, role).toBe(200)
      expect(preview.html, role).not.toContain('EMBARGOED')
      expect(preview.html, role).toContain('JP-MIRAI Newsletter, December 2023')
      for (const format of ['html', 'text', 'eml']) {
        const exported = await fetch(`${base}/newsletters/${id}/export?locale=en&format=${format}`, {
          headers: { cookie: `payload-token=${tokens[role]}`, 'sec-fetch-site': 'same-origin' },
        })
        expect(exported.status, `${role} ${format}`).toBe(200)
        expect(await exported.text(), `${role} ${format}`).not.toContain('EMBARGOED')
      }
    }
    // A draft that was never published is not there for them at all.
    const created = await fetch(`${base}/api/newsletters?locale=ja&draft=true`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'monthly',
        issueNumber: 31,
        issueDate: '2024-01-15T00:00:00.000Z',
        subject: '解禁前の第31号',
        public: true,
      }),
    })
    const unpublished = ((await created.json()) as any).doc.id
    for (const role of ['member', 'translator']) {
      expect((await page(`/newsletters/${unpublished}/preview?locale=ja`, role)).status, role).toBe(404)
      const exported = await fetch(`${base}/newsletters/${unpublished}/export?locale=ja&format=html`, {
        headers: { cookie: `payload-token=${tokens[role]}`, 'sec-fetch-site': 'same-origin' },
      })
      expect(exported.status, role).toBe(404)
    }
  })

  it('opens documents for editing under the new rules: a member their report, an editor an article and an image', async () => {
    const own = await api('activity-reports?limit=1&where[status][equals]=draft', 'member')
    const report = await page(`/admin/collections/activity-reports/${own.docs[0].id}`, 'member')
    expect(report.status).toBe(200)
    expect(report.html).toContain(own.docs[0].title)
    const article = await api('articles?limit=1', 'editor')
    expect((await page(`/admin/collections/articles/${article.docs[0].id}`, 'editor')).status).toBe(200)
    const media = await api('media?limit=1', 'editor')
    expect((await page(`/admin/collections/media/${media.docs[0].id}`, 'editor')).status).toBe(200)
  })

  it('hardening 15: shows the email in a sandboxed frame', async () => {
    const found = await api('newsletters?where[issueNumber][equals]=30', 'editor')
    const { html } = await page(`/newsletters/${found.docs[0].id}/preview?locale=ja`, 'editor')
    const frame = /<iframe\b[^>]*>/.exec(html)?.[0] ?? ''
    expect(frame).toMatch(/\ssandbox="allow-popups allow-popups-to-escape-sandbox"/)
    expect(frame).not.toMatch(/allow-scripts|allow-same-origin/)
  })
})
