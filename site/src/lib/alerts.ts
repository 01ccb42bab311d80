/**
 * Urgent alerts at the top of every page, in one language: what each shows (its text or the
 * fallback, labels, areas, end time, link) and the block of HTML that shows them. The page and
 * the service worker's copy (/alerts.json) use the same HTML, so an offline page shows exactly
 * what the site showed. Upcoming alerts are in the block hidden; a small script (AlertBanner.astro)
 * shows or hides each by the device's clock, and a build at each start and end does it for
 * readers without JavaScript.
 */
import { ALERTS_CLOSE, ALERTS_OPEN, alertsToPublish, alertOn } from '@mirai/content-schemas/alerts'
import { formatDateTime } from '@mirai/content-schemas/dates'
import { findTranslation, pickTranslation } from '@mirai/content-schemas/fallback'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import { docPath } from '@mirai/content-schemas/paths'
import type { Alert } from '@mirai/content-schemas/schemas'
import {
  ALERT_KIND_TERMS,
  ALERT_SEVERITY_TERMS,
  PREFECTURE_TERMS,
  termLabel,
  type AlertSeverity,
} from '@mirai/content-schemas/taxonomies'

import { xmlText } from './xml'

export interface AlertView {
  id: string
  severity: AlertSeverity
  /** "Urgent · Typhoon", in the reader's language. */
  badge: string
  startsAt: string
  endsAt: string
  /** Not started at the build's time: in the page, hidden until the device's clock reaches it. */
  upcoming: boolean
  /** The language the text is in; `notice` says so when it is not the reader's. */
  contentLang: LocaleCode
  title: string
  body: string | null
  /** The link's text is the alert's (in `contentLang`) or, when it has none, the site's "Details". */
  link: { href: string; label: string; lang: LocaleCode } | null
  /** Prefecture names and the language they are in; null for the whole country. */
  areas: { names: string; lang: LocaleCode } | null
  until: string
  notice: string | null
}

function areasOf(prefectures: readonly string[], lang: LocaleCode): AlertView['areas'] {
  if (prefectures.length === 0) return null
  // Prefecture names exist in Japanese and English: every reader gets them in one language.
  const labels = prefectures.map((value) =>
    findTranslation(PREFECTURE_TERMS.find((p) => p.value === value)!.label, lang)!,
  )
  const names = labels.map((label) => label.content).join(lang === 'ja' ? '、' : ', ')
  return { names, lang: labels[0]!.lang }
}

/** The alerts of a build (those not over at `now`) as a reader of `lang` sees them. */
export function alertViews(alerts: readonly Alert[], lang: LocaleCode, now: Date): AlertView[] {
  return alertsToPublish(alerts, now).map((alert) => {
    const shown = pickTranslation(alert.translations, lang)
    const { title, body, linkLabel } = shown.content
    const href =
      alert.link === null
        ? null
        : 'url' in alert.link
          ? alert.link.url
          : docPath(lang, alert.link.collection, alert.link.slug)
    return {
      id: alert.id,
      severity: alert.severity,
      badge: `${termLabel(ALERT_SEVERITY_TERMS, alert.severity, lang)} · ${termLabel(ALERT_KIND_TERMS, alert.kind, lang)}`,
      startsAt: alert.startsAt,
      endsAt: alert.endsAt,
      upcoming: !alertOn(alert, now),
      contentLang: shown.lang,
      title,
      body: body || null,
      link: href
        ? linkLabel
          ? { href, label: linkLabel, lang: shown.lang }
          : { href, label: t(lang, 'alert.details'), lang }
        : null,
      areas: areasOf(alert.prefectures, lang),
      until: t(lang, 'alert.until', { date: formatDateTime(alert.endsAt, lang, 'long') }),
      notice: shown.isFallback
        ? t(lang, 'alert.notTranslated', {
            language: getLocale(lang).nativeName,
            fallback: getLocale(shown.lang).nativeName,
          })
        : null,
    }
  })
}

const esc = xmlText

/** `lang="…"` where a part is in another language than the page. */
const langAttr = (of: LocaleCode, page: LocaleCode) => (of === page ? '' : ` lang="${getLocale(of).bcp47}"`)

/** Stands for the names while the label is filled, so they can carry their own `lang`. */
const SLOT = '\u0000'

function areasHtml(areas: NonNullable<AlertView['areas']>, lang: LocaleCode): string {
  const [before = '', after = ''] = t(lang, 'alert.areas', { areas: SLOT }).split(SLOT)
  return `${esc(before)}<span${langAttr(areas.lang, lang)}>${esc(areas.names)}</span>${esc(after)}`
}

function alertHtml(view: AlertView, lang: LocaleCode): string {
  const headingId = `alert-${esc(view.id)}`
  const inText = langAttr(view.contentLang, lang)
  const meta = [view.areas ? `<span>${areasHtml(view.areas, lang)}</span>` : '', `<span>${esc(view.until)}</span>`]
    .filter(Boolean)
    .join(' · ')
  return [
    `<section class="alert alert-${view.severity}" aria-labelledby="${headingId}" data-alert-starts="${esc(view.startsAt)}" data-alert-ends="${esc(view.endsAt)}"${view.upcoming ? ' hidden' : ''}>`,
    `<div class="wrap">`,
    `<h2 id="${headingId}" class="alert-title"><span class="alert-badge">${esc(view.badge)}</span> <span${inText}>${esc(view.title)}</span></h2>`,
    view.body ? `<p class="alert-body"${inText}>${esc(view.body)}</p>` : '',
    `<p class="alert-meta">${meta}</p>`,
    view.link
      ? `<p class="alert-link"><a href="${esc(view.link.href)}"${langAttr(view.link.lang, lang)}>${esc(view.link.label)}</a></p>`
      : '',
    view.notice ? `<p class="alert-notice">${esc(view.notice)}</p>` : '',
    `</div>`,
    `</section>`,
  ].join('')
}

/** The alerts block of a page in `lang`: always there (empty without alerts), so a newer copy can take its place. */
export function alertsBlockHtml(views: readonly AlertView[], lang: LocaleCode): string {
  return ALERTS_OPEN + views.map((view) => alertHtml(view, lang)).join('') + ALERTS_CLOSE
}
