/**
 * A business site's printable flyer (JP-MIRAI Safety issue): a page in the worker's language whose
 * QR code opens the safety check with the site's code, saying what happens to the answers; for the
 * secretariat and the site's own company only; self-contained, printable, and a workplace's name
 * stays a name whatever it holds.
 */
import { t, UI_TRANSLATIONS } from '@mirai/content-schemas/i18n'
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { HtmlValidate } from 'html-validate'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
let ownSite: any
let otherSite: any
let hostileSite: any
let inactiveSite: any
let siteURL: string

const HOSTILE_NAME = '<img src=x onerror=alert(1)> & "工場" 《かくし》 {threshold}'

const flyer = (id: string, lang: string, token?: string) =>
  rest.request('GET', `business-sites/${id}/flyer?lang=${lang}`, token ? { token } : {})

/** The page as a reader sees it: without tags and without the furigana readings. */
const readable = (html: string) =>
  html
    .replace(/<rt>[^<]*<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** What a phone's camera reads from the page's QR code. */
async function decodeQr(html: string): Promise<string | null> {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0]
  if (!svg) return null
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400, { kernel: 'nearest' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

beforeAll(async () => {
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
  ;({ siteURL } = await import('@mirai/cms/env'))
  const make = (name: string, participant: string, active = true) =>
    cms.payload.create({ collection: 'business-sites', data: { name, prefecture: 'gifu', participant, active } })
  ownSite = await make('デモ精工 本社工場', people.orgA.id)
  otherSite = await make('富士工場', people.orgB.id)
  hostileSite = await make(HOSTILE_NAME, people.orgA.id)
  inactiveSite = await make('閉鎖した工場', people.orgA.id, false)
  await cms.payload.updateGlobal({ slug: 'safety-settings', data: { threshold: 7 } as never })
}, 120_000)
afterAll(async () => cms?.close())

describe('who prints a flyer', () => {
  it('the secretariat, for every site', async () => {
    for (const who of ['admin', 'editor'] as const)
      for (const site of [ownSite, otherSite]) expect((await flyer(site.id, 'vi', tokens[who])).status).toBe(200)
  })

  it("a company, for its own participant's sites only", async () => {
    expect((await flyer(ownSite.id, 'vi', tokens.company)).status).toBe(200)
    const other = await flyer(otherSite.id, 'vi', tokens.company)
    expect(other.status).toBe(404)
    expect(other.bytes.toString()).not.toContain(otherSite.code)
    expect((await flyer(otherSite.id, 'ja', tokens.otherCompany)).status).toBe(200)
    expect((await flyer(ownSite.id, 'ja', tokens.otherCompany)).status).toBe(404)
  })

  it('nobody else: anonymous readers must sign in, members, translators and Assist find no site', async () => {
    const anonymous = await flyer(ownSite.id, 'vi')
    expect(anonymous.status).toBe(401)
    expect(anonymous.bytes.toString()).not.toContain(ownSite.code)
    for (const who of ['member', 'otherMember', 'translator', 'assist'] as const) {
      const res = await flyer(ownSite.id, 'vi', tokens[who])
      expect(res.status, who).toBe(404)
      expect(res.bytes.toString(), who).not.toContain(ownSite.code)
    }
  })

  it('a company account without a participant finds no site', async () => {
    await cms.payload.db.updateOne({
      collection: 'users',
      id: people.company.id,
      data: { participant: null },
    })
    try {
      const token = await rest.login(people.company.email, (await import('./helpers/fixtures')).PASSWORD)
      expect((await flyer(ownSite.id, 'vi', token)).status).toBe(404)
    } finally {
      await cms.payload.db.updateOne({
        collection: 'users',
        id: people.company.id,
        data: { participant: people.orgA.id },
      })
    }
  })

  it('not for an inactive site, whose code takes no answers', async () => {
    const res = await flyer(inactiveSite.id, 'vi', tokens.admin)
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/not active/)
    expect(res.bytes.toString()).not.toContain(inactiveSite.code)
  })
})

describe('hostile requests', () => {
  it('refuse a missing or unknown language with the list of languages, echoing nothing', async () => {
    for (const lang of [
      '',
      'xx',
      'JA',
      'ja%3Cscript%3E',
      'ja&lang=en',
      'ja%0D%0ASet-Cookie:x=1',
      '__proto__',
      'toString',
    ]) {
      const res = await flyer(ownSite.id, lang, tokens.admin)
      expect(res.status, lang).toBe(400)
      expect(res.body.errors[0].message, lang).toBe(`Say which language: ?lang= one of ${LOCALE_CODES.join(', ')}`)
      expect(res.headers.get('set-cookie'), lang).toBeNull()
    }
    expect((await rest.request('GET', `business-sites/${ownSite.id}/flyer`, { token: tokens.admin })).status).toBe(400)
  })

  it('answer an unknown, malformed or huge id as no such site', async () => {
    for (const id of [
      'no-such-site',
      encodeURIComponent("1' OR '1'='1"),
      encodeURIComponent('<script>alert(1)</script>'),
      '0',
      'x'.repeat(5000),
      encodeURIComponent(String(otherSite.id) + ' '),
    ]) {
      const res = await flyer(id, 'vi', tokens.company)
      expect(res.status, id.slice(0, 40)).toBe(404)
      expect(res.bytes.toString()).not.toContain('<script>')
    }
  })

  it('ask anonymous readers to sign in before looking at the language', async () => {
    expect((await flyer(ownSite.id, 'xx')).status).toBe(401)
  })
})

describe('the flyer', () => {
  it("has a QR code that opens the safety check in the flyer's language with the site's code", async () => {
    for (const lang of LOCALE_CODES) {
      const { bytes } = await flyer(ownSite.id, lang, tokens.company)
      const html = bytes.toString()
      const link = `${siteURL.replace(/\/$/, '')}/${lang}/safety/?site=${ownSite.code}`
      expect(await decodeQr(html), lang).toBe(link)
      // The address printed beside it, for a phone that cannot scan.
      expect(html, lang).toContain(`>${link}</p>`)
    }
  })

  it.each(LOCALE_CODES)('is written in %s, with the threshold the secretariat set', async (lang: LocaleCode) => {
    const { bytes } = await flyer(ownSite.id, lang, tokens.company)
    const html = bytes.toString()
    const { bcp47, dir } = getLocale(lang)
    expect(html).toContain(`<html lang="${bcp47}" dir="${dir}">`)
    const text = readable(html)
    for (const key of ['flyer.title', 'flyer.intro', 'flyer.scan', 'flyer.choice', 'flyer.private'] as const) {
      // Each language has its own text, not the English one.
      expect(UI_TRANSLATIONS[lang][key], `${lang} ${key}`).toBeTruthy()
      expect(text, key).toContain(t(lang, key))
    }
    expect(text).toContain(t(lang, 'flyer.workplace', { site: 'デモ精工 本社工場' }))
    expect(text).toContain(t(lang, 'share.groups', { threshold: 7 }))
    expect(text).toContain(t(lang, 'share.together'))
    expect(text).toContain(t(lang, 'share.nobody'))
    if (lang !== 'en') expect(text).not.toContain(t('en', 'flyer.scan'))
    // The Japanese name of the workplace is marked as Japanese on a flyer in another language.
    if (lang === 'ja') expect(html).not.toContain('<span lang="ja">')
    else expect(html).toContain('<span lang="ja">デモ精工 本社工場</span>')
  })

  it('prints furigana over the kanji of the Japanese flyer', async () => {
    const html = (await flyer(ownSite.id, 'ja', tokens.company)).bytes.toString()
    expect(html).toMatch(/<ruby>仕事<rt>しごと<\/rt><\/ruby>/)
    expect(html).not.toMatch(/[《》｜]/)
  })

  it('keeps a workplace name with markup, furigana notation or a placeholder just a name', async () => {
    const html = (await flyer(hostileSite.id, 'vi', tokens.company)).bytes.toString()
    expect(html).not.toContain('<img')
    expect(html).toContain(
      '<span lang="ja">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;工場&quot; 《かくし》 {threshold}</span>',
    )
    expect(html).not.toContain('<rt>かくし</rt>')
    expect(html).toContain(`<title>${t('vi', 'flyer.title')} — &lt;img src=x onerror=alert(1)&gt; &amp;`)
    expect(await decodeQr(html)).toContain(hostileSite.code)
  })

  it('is a self-contained printable page under a strict security policy', async () => {
    const res = await flyer(ownSite.id, 'my', tokens.editor)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'unsafe-inline'")
    expect(csp).not.toMatch(/script-src|https?:/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = res.bytes.toString()
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i)
    expect(html).toContain('@page { size: A4')
    expect(html).toMatch(/@media print/)
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // The one style sheet is inline by design (no external resources), and so is the QR code's SVG.
      rules: { 'no-inline-style': 'off', 'long-title': 'off' },
    })
    const report = await validator.validateString(html, 'flyer.html')
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`))).toEqual([])
  })

  it('adds nothing to the business site as the API gives it', async () => {
    const res = await rest.request('GET', `business-sites/${ownSite.id}?depth=0`, { token: tokens.admin })
    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty('flyers')
  })
})
