import { rubySegments, t, tWithRuby, type UiKey } from '@mirai/content-schemas/i18n'
import { getLocale, isLocaleCode, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { sharedCheckPath } from '@mirai/content-schemas/safety-sharing'
import { APIError, type Endpoint } from 'payload'
import QRCode from 'qrcode'

import { isStaff, participantOf } from '../../access/roles'
import { siteURL } from '../../env'
import { safetySettings } from '../../safety/settings'
import { applyInterfaceText } from '../InterfaceText/apply'

/**
 * The page needs nothing from anywhere: its one style sheet is inline and the QR code is inline
 * SVG. No script may run in it, no form may send anything, no other page may frame it.
 */
export const FLYER_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c as '&'])

/** Kana or kanji: a name written in Japanese, whatever the flyer's language. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u

/**
 * A workplace's name as printed: marked as Japanese where it is written in Japanese on a flyer in
 * another language, so that it is read out and drawn as Japanese.
 */
function siteNameHtml(name: string, lang: LocaleCode): string {
  return lang !== 'ja' && JAPANESE.test(name) ? `<span lang="ja">${escapeHtml(name)}</span>` : escapeHtml(name)
}

const rubyHtml = (text: string) =>
  rubySegments(text)
    .map((s) =>
      typeof s === 'string' ? escapeHtml(s) : `<ruby>${escapeHtml(s.base)}<rt>${escapeHtml(s.reading)}</rt></ruby>`,
    )
    .join('')

/**
 * The interface text of `key` as HTML, furigana as <ruby>. Values are put in after the text is
 * read for furigana and escaped, so a workplace named with 《》 or markup stays just a name.
 */
function textHtml(lang: LocaleCode, key: UiKey, values: Record<string, string> = {}): string {
  return tWithRuby(lang, key)
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1]
      return name !== undefined && name in values ? values[name]! : rubyHtml(part)
    })
    .join('')
}

/** Where a flyer's QR code leads: the safety check in the flyer's language, with the site's code. */
export const flyerLink = (lang: LocaleCode, code: string) => new URL(sharedCheckPath(lang, code), siteURL).href

export interface FlyerContent {
  lang: LocaleCode
  siteName: string
  link: string
  threshold: number
  /** The QR code of `link`, as the SVG the QR library makes. */
  qrSvg: string
}

/** A self-contained A4 page in the worker's language. */
export function flyerHtml({ lang, siteName, link, threshold, qrSvg }: FlyerContent): string {
  const { bcp47, dir } = getLocale(lang)
  const site = siteNameHtml(siteName, lang)
  const title = `${escapeHtml(t(lang, 'flyer.title'))} — ${escapeHtml(siteName)}`
  const qr = qrSvg.replace('<svg ', `<svg role="img" aria-label="QR: ${escapeHtml(link)}" `)
  return `<!DOCTYPE html>
<html lang="${bcp47}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
html { font-family: system-ui, 'Noto Sans', 'Segoe UI', Roboto, sans-serif; color: #111; background: #fff; line-height: 1.55; }
:lang(ja) { font-family: system-ui, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', Meiryo, 'Noto Sans CJK JP', sans-serif; }
:lang(zh-Hans) { font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; }
:lang(my) { font-family: 'Noto Sans Myanmar', 'Myanmar Text', Padauk, sans-serif; line-height: 1.9; }
body { margin: 0 auto; max-width: 182mm; padding: 8mm 0; }
.brand { font-size: 13pt; font-weight: 700; letter-spacing: 0.04em; margin: 0; }
h1 { font-size: 25pt; line-height: 1.25; margin: 2mm 0 4mm; }
ruby rt { font-size: 0.5em; }
.intro { font-size: 13pt; margin: 0 0 5mm; }
.site { font-size: 15pt; font-weight: 700; border-left: 2mm solid #111; padding: 1mm 0 1mm 4mm; margin: 0 0 6mm; }
.qr { display: flex; gap: 7mm; align-items: center; margin: 0 0 7mm; }
.qr svg { width: 72mm; height: 72mm; flex: none; }
.scan { font-size: 15pt; font-weight: 700; margin: 0 0 3mm; }
.address { margin: 0; font-size: 11pt; }
.link { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 10.5pt; word-break: break-all; margin: 1mm 0 0; }
h2 { font-size: 16pt; margin: 0 0 2mm; }
.answers { border: 0.5mm solid #111; border-radius: 3mm; padding: 4mm 6mm; }
.answers ul { margin: 0; padding-inline-start: 6mm; font-size: 12pt; }
.answers li { margin: 0 0 1.5mm; }
footer { margin-top: 6mm; font-size: 10pt; color: #333; }
.screen { font-size: 10pt; background: #eef; padding: 2mm 4mm; margin: 0 0 4mm; }
@media print { .screen { display: none; } body { padding: 0; } }
</style>
</head>
<body>
<p class="screen" lang="ja">印刷: Ctrl+P（Mac: ⌘P） / <span lang="en">Print: Ctrl+P (Mac: ⌘P)</span></p>
<p class="brand" lang="en" translate="no">JP-MIRAI Safety</p>
<h1>${textHtml(lang, 'flyer.title')}</h1>
<p class="intro">${textHtml(lang, 'flyer.intro')}</p>
<p class="site">${textHtml(lang, 'flyer.workplace', { site })}</p>
<div class="qr">
${qr}
<div>
<p class="scan">${textHtml(lang, 'flyer.scan')}</p>
<p class="address">${textHtml(lang, 'flyer.address')}</p>
<p class="link" dir="ltr" translate="no">${escapeHtml(link)}</p>
</div>
</div>
<section class="answers">
<h2>${textHtml(lang, 'flyer.answers')}</h2>
<ul>
<li>${textHtml(lang, 'flyer.choice')}</li>
<li>${textHtml(lang, 'flyer.private')}</li>
<li>${textHtml(lang, 'share.together')}</li>
<li>${textHtml(lang, 'share.groups', { threshold: String(threshold) })}</li>
<li>${textHtml(lang, 'share.nobody')}</li>
</ul>
</section>
<footer>${textHtml(lang, 'site.name')}</footer>
</body>
</html>
`
}

/**
 * GET /api/business-sites/:id/flyer?lang=<language> — a printable flyer of a business site in one
 * language: a QR code leading to the safety check with the site's code, and what happens to the
 * answers. For the secretariat and the site's own company; anyone else finds no such site.
 */
export const flyerEndpoint: Endpoint = {
  path: '/:id/flyer',
  method: 'get',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) throw new APIError('Sign in to print flyers', 401, undefined, true)
    const lang = req.query.lang
    if (!isLocaleCode(lang))
      throw new APIError(`Say which language: ?lang= one of ${LOCALE_CODES.join(', ')}`, 400, undefined, true)
    // Read with the asker's own access: another company's site is simply not found.
    const site = await payload
      .findByID({
        collection: 'business-sites',
        id: String(req.routeParams?.id ?? ''),
        depth: 0,
        user,
        overrideAccess: false,
      })
      .catch(() => null)
    if (!site || (!isStaff(user) && participantOf(user) === null))
      throw new APIError('No such business site', 404, undefined, true)
    // Its code takes no answers: workers would scan a flyer that refuses them.
    if (!site.active || !site.code)
      throw new APIError('This business site is not active: its code takes no answers', 409, undefined, true)
    const link = flyerLink(lang, site.code)
    const [{ threshold }, qrSvg] = await Promise.all([
      safetySettings(payload),
      QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }),
    ])
    // The flyer's words are the interface text as published now.
    await applyInterfaceText(payload)
    return new Response(flyerHtml({ lang, siteName: site.name, link, threshold, qrSvg }), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': FLYER_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        // The page carries the site's code; it is printed, not kept by caches on the way.
        'cache-control': 'no-store',
      },
    })
  },
}
