/**
 * JP-MIRAI Safety's feedback in the admin build, as a company's staff and the secretariat meet it:
 * the company signs in and finds its own sites' figures and the printable report, and nothing else
 * of the CMS or of another company; the secretariat finds every participant and the year's totals.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminPage, signIn } from './session'

const base = inject('adminURL')
const tokens: Record<string, string> = {}
const login = signIn
/** A page as the browser gets it: the session cookie, sent same-origin, the admin in English. */
const page = (path: string, role: string) => adminPage(path, tokens[role])

const api = async (path: string, role: string) =>
  (await (await fetch(`${base}/api/${path}`, { headers: { authorization: `JWT ${tokens[role]}` } })).json()) as any

/** Links of the page to the admin's collections and globals: what its navigation offers. */
const adminLinks = (html: string) =>
  [...new Set([...html.matchAll(/href="(\/admin\/(?:collections|globals)\/[a-z-]+)/g)].map((m) => m[1]))].sort()

let seiko: string
let foodsSite: { id: string; name: string }

beforeAll(async () => {
  for (const role of ['company', 'editor', 'member']) tokens[role] = await login(role)
  seiko = (await api('users/me', 'company')).user.participant
  const sites = await api('business-sites?depth=0&limit=100', 'editor')
  foodsSite = sites.docs.find((s: any) => s.name.startsWith('デモ食品'))
  expect(foodsSite).toBeDefined()
})

describe('Safety feedback for a company', () => {
  it('shows its own sites’ figures of the last period that ended, with "not enough answers" for the small one', async () => {
    const { status, html } = await page('/admin/safety-feedback', 'company')
    expect(status).toBe(200)
    expect(html).toContain('Safety feedback / セーフティ・フィードバック')
    expect(html).toContain('data-testid="safety-figures"')
    expect(html).toContain('デモ精工 本社工場')
    expect(html).toContain('デモ精工 可児工場')
    expect(html).toContain('Not enough answers (fewer than 5)')
    expect(html).toContain('2026年度 上期 (FY2026 H1)')
    expect(html).not.toContain('デモ食品')
    // The figures are the report's: the main plant's 12 respondents, the Kani plant's left out.
    const periods = await api('safety-periods?depth=0&limit=10', 'company')
    const h1 = periods.docs.find((p: any) => p.label.includes('FY2026 H1')).id
    const report = await page(`/api/safety-reports/company?period=${h1}&format=json`, 'company')
    const json = JSON.parse(report.html)
    expect(json.total).toMatchObject({ enough: true, respondents: 12, complete: false })
    expect(json.sites.find((s: any) => s.name === 'デモ精工 可児工場').figures.enough).toBe(false)
    expect(html).toContain(`/api/safety-reports/company?participant=${seiko}&amp;period=${h1}&amp;lang=ja`)
    expect(html).toContain(`/api/safety-reports/company?participant=${seiko}&amp;period=${h1}&amp;lang=en`)
  })

  it('opens the printable report in Japanese and English from its links', async () => {
    const { html } = await page('/admin/safety-feedback', 'company')
    const href = (lang: string) =>
      new RegExp(`href="(/api/safety-reports/company\\?[^"]*lang=${lang})"`).exec(html)![1]!.replaceAll('&amp;', '&')
    const ja = await page(href('ja'), 'company')
    expect(ja.status).toBe(200)
    expect(ja.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/)
    expect(ja.html).toContain('<html lang="ja">')
    expect(ja.html).toContain('デモ精工 本社工場')
    expect(ja.html).toContain('「PDFに保存」')
    expect(ja.html).toContain('JP-MIRAI 行動原則 1:</strong> 法令を遵守して外国人労働者を受け入れる')
    expect(ja.html).toContain('36協定')
    const en = await page(href('en'), 'company')
    expect(en.html).toContain('<html lang="en">')
    expect(en.html).toContain('Article 36')
    expect(en.html).toContain('Recommended action')
  })

  it('offers nothing else of the CMS in the navigation, and no other collection opens', async () => {
    const { html } = await page('/admin/safety-feedback', 'company')
    expect(adminLinks(html)).toEqual(['/admin/collections/business-sites', '/admin/collections/safety-periods'])
    expect(html).toContain('href="/admin/safety-feedback"')
    expect(html).not.toContain('href="/admin/translations"')
    expect(adminLinks((await page('/admin', 'company')).html)).toEqual([
      '/admin/collections/business-sites',
      '/admin/collections/safety-periods',
    ])
    for (const slug of ['events', 'articles', 'newsletters', 'organisations', 'users', 'media', 'activity-reports'])
      expect((await page(`/admin/collections/${slug}`, 'company')).status, slug).toBe(404)
    expect((await page('/admin/globals/safety-check', 'company')).status).toBe(404)
  })

  it('never shows another company’s sites: not in the list, not by address, not by asking the view', async () => {
    const list = await page('/admin/collections/business-sites', 'company')
    expect(list.status).toBe(200)
    expect(list.html).toContain('デモ精工 本社工場')
    expect(list.html).not.toContain('デモ食品')
    const theirs = await page(`/admin/collections/business-sites/${foodsSite.id}`, 'company')
    expect(theirs.html).not.toContain(foodsSite.name)
    const foods = (await api(`business-sites/${foodsSite.id}?depth=0`, 'editor')).participant
    const asked = await page(`/admin/safety-feedback?participant=${foods}`, 'company')
    expect(asked.html).toContain('デモ精工 本社工場')
    expect(asked.html).not.toContain('デモ食品')
    const report = await page(`/api/safety-reports/company?participant=${foods}&period=x`, 'company')
    expect(report.status).toBe(404)
  })
})

describe('Safety feedback for the secretariat and others', () => {
  it('lets the secretariat pick any participant and see the fiscal year’s totals', async () => {
    const foods = (await api(`business-sites/${foodsSite.id}?depth=0`, 'editor')).participant
    const { status, html } = await page(`/admin/safety-feedback?participant=${foods}`, 'editor')
    expect(status).toBe(200)
    expect(html).toContain('デモ食品 熊本工場')
    expect(html).toContain('Totals for the fiscal year (all participants)')
    expect(html).toContain('data-testid="safety-year"')
    expect(html).toContain(
      'FY2026 (2026-04-01 – 2027-03-31): 2026年度 上期 (FY2026 H1) (not ended, not counted: 2026年度 下期 (FY2026 H2))',
    )
    // Demo Seiko's Kani plant (3) is left out of the year as of its company's total: 12 + 10 + 6.
    expect(html).toContain('Respondents: 28*')
    const year = await api('safety-reports/year?fiscalYear=2026', 'editor')
    expect(year.figures).toMatchObject({ enough: true, respondents: 28, complete: false })
    expect(year.figures.languages.shown.every((l: any) => l.respondents >= 5)).toBe(true)
    expect(html).toContain('href="/admin/translations"')
    expect(html).toContain('href="/admin/collections/articles"')
  })

  it('keeps the page from members', async () => {
    const { html } = await page('/admin/safety-feedback', 'member')
    expect(html).toContain('This page is for the secretariat and the Collaborative Program’s companies.')
    expect(html).not.toContain('data-testid="safety-figures"')
  })
})
