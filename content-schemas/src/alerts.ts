/**
 * Urgent alerts (typhoon, earthquake, a change in the law, a scam…) shown at the top of every page
 * while they are on: the rules the CMS, the export, the site and its service worker share — how
 * long their texts may be, where their link may go, and whether one is on at a given moment.
 */
import { safeHref } from './richtext/url'
import { ALERT_SEVERITIES, type AlertSeverity } from './taxonomies'

/** A banner on every page must stay short; the link leads to the details. */
export const ALERT_TEXT_LIMITS = { title: 120, body: 500, linkLabel: 60 } as const

/** Where an alert's own address may lead. */
export type AlertLinkCheck = { ok: true } | { ok: false; reason: string }

/**
 * The allow-list rich text uses (http(s), mailto, tel, paths of the site), as written, whole:
 * `javascript:`, `data:`, addresses with line breaks or control characters, protocol-relative
 * `//host` and a bare `#fragment` or `?query` (meaningless on every page at once) are refused.
 */
export function checkAlertLink(value: string): AlertLinkCheck {
  if (value.length > 2000) return { ok: false, reason: 'is longer than 2000 characters' }
  if (safeHref(value) !== value)
    return { ok: false, reason: 'is not a web, mail or phone address, nor a path of the site (e.g. /ja/articles/…)' }
  if (/^[#?]/.test(value) || value.startsWith('./') || value.startsWith('../'))
    return { ok: false, reason: 'is relative to the page; use a full address or a path starting with /' }
  return { ok: true }
}

export interface AlertTimes {
  startsAt: string
  endsAt: string
}

const time = (iso: string) => Date.parse(iso)

/** Whether an alert is over at `now`: its end has come. */
export const alertEnded = (alert: AlertTimes, now: Date) => time(alert.endsAt) <= now.getTime()

/** Whether an alert is on at `now`: started and not ended. */
export const alertOn = (alert: AlertTimes, now: Date) =>
  time(alert.startsAt) <= now.getTime() && !alertEnded(alert, now)

const rank = (severity: AlertSeverity) => ALERT_SEVERITIES.indexOf(severity)

/**
 * The alerts a build publishes: those not ended at `now` (an upcoming one is published hidden, so
 * that a page built before its start shows it on time), most urgent first, then the earliest
 * start, then the latest change.
 */
export function alertsToPublish<T extends AlertTimes & { severity: AlertSeverity; updatedAt: string }>(
  alerts: readonly T[],
  now: Date,
): T[] {
  return alerts
    .filter((alert) => !alertEnded(alert, now))
    .sort(
      (a, b) =>
        rank(a.severity) - rank(b.severity) ||
        time(a.startsAt) - time(b.startsAt) ||
        time(b.updatedAt) - time(a.updatedAt),
    )
}

/**
 * The moments after `now` at which the published site must change by itself: each alert's start
 * (still in the future) and end. The CMS queues a build at each so pages work without JavaScript.
 */
export function alertBoundariesAfter(alert: AlertTimes, now: Date): string[] {
  return [alert.startsAt, alert.endsAt].filter((at) => time(at) > now.getTime())
}

/**
 * How a page marks its alerts, so that tools find them without parsing HTML: the block opens with
 * `ALERTS_OPEN` and ends with `ALERTS_CLOSE`. The service worker puts newer alerts in its place on
 * a saved page, and the search index ignores it when deciding which languages changed.
 */
export const ALERTS_ID = 'site-alerts'
export const ALERTS_OPEN = `<div id="${ALERTS_ID}" class="site-alerts" data-pagefind-ignore="all">`
export const ALERTS_CLOSE = '<i hidden data-alerts-end></i></div>'

/** A page's HTML without its alerts block (unchanged if it has none). */
export function withoutAlerts(html: string): string {
  const start = html.indexOf(ALERTS_OPEN)
  if (start === -1) return html
  const end = html.indexOf(ALERTS_CLOSE, start)
  return end === -1 ? html : html.slice(0, start) + html.slice(end + ALERTS_CLOSE.length)
}
