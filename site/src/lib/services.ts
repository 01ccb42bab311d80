/**
 * A consultation service as pages show it in one language: name and description (or their
 * fallback), channels, opening hours in Japan time as text, the days it is closed, where it serves,
 * its languages named in the reader's language, and for "open now" the raw slots and the closed
 * dates of the years the build covers (public holidays from ./holidays.ts).
 */
import { closedDates, SERVICE_LANGUAGES } from '@mirai/content-schemas/consultation-services'
import { weekdayName } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { OpeningSlot, Weekday } from '@mirai/content-schemas/opening-hours'
import type * as S from '@mirai/content-schemas/schemas'
import { PREFECTURE_TERMS, termLabel, type Prefecture } from '@mirai/content-schemas/taxonomies'

import { buildCalendar, type Calendar } from './holidays'
import { displayPhone, telHref } from './render'
import { pickTranslation } from './translation'

type Service = S.SiteSettings['consultation']

/** Weekdays stand alone in the hours list, so they start with a capital where the language has case (Spanish "lunes"). */
const dayLabel = (day: Weekday, lang: LocaleCode) => {
  const name = weekdayName(day, lang)
  return name.charAt(0).toLocaleUpperCase(getLocale(lang).bcp47) + name.slice(1)
}

export interface ServiceView {
  name: string
  description: string | null
  /** Language the name/description are in (may be a fallback). */
  contentLang: LocaleCode
  phone: string | null
  /** Tap to call: "Call 0800‑123‑5717", never wrapped inside (one unit for readers and validators). */
  call: { label: string; href: string } | null
  email: string | null
  chatUrl: string | null
  url: string | null
  free: boolean
  /**
   * The site's languages first, then the others: `code` as stored (BCP 47), `tag` for `lang`
   * attributes, `name` in the language itself, `label` in the reader's language.
   */
  languages: ServiceLanguageView[]
  hours: { day: string; time: string }[]
  slots: OpeningSlot[]
  /** True for a service for all of Japan; otherwise the prefectures it serves. */
  nationwide: boolean
  prefectures: Prefecture[]
  /** "All of Japan", or the prefectures' names. */
  area: string
  /** Closed days besides the weekly hours, as sentences ("Closed on public holidays"). */
  closedDays: string[]
  /** Dates ("YYYY-MM-DD", Japan) it is closed in the years the build covers. */
  closed: string[]
}

export interface ServiceLanguageView {
  code: string
  tag: string
  name: string
  label: string
}

const isSiteLocale = (code: string): code is LocaleCode => (LOCALE_CODES as readonly string[]).includes(code)

/** A service's languages in the reader's language, with their own names so readers find theirs. */
export function languageViews(codes: readonly string[], lang: LocaleCode): ServiceLanguageView[] {
  const names = new Intl.DisplayNames([getLocale(lang).bcp47], { type: 'language' })
  const order = [...LOCALE_CODES, ...SERVICE_LANGUAGES.filter((c) => !isSiteLocale(c))] as readonly string[]
  return order
    .filter((code) => codes.includes(code))
    .map((code) => {
      const site = isSiteLocale(code) ? getLocale(code) : null
      return {
        code,
        tag: site ? site.bcp47 : code,
        name: site ? site.nativeName : (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code),
        // The language, not the site's variant of it (Portuguese, not Brazilian Portuguese).
        label: names.of(code) ?? code,
      }
    })
}

/** "29 December" in the reader's language, from "12-29". */
function monthDay(value: string, lang: LocaleCode): string {
  const [month, day] = value.split('-').map(Number) as [number, number]
  return new Intl.DateTimeFormat(getLocale(lang).bcp47, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, month - 1, day)),
  )
}

export function serviceView(service: Service, lang: LocaleCode, calendar: Calendar = buildCalendar()): ServiceView {
  const text = pickTranslation(service.translations, lang)
  const prefectures = service.region === 'nationwide' ? [] : service.region
  const yearEnd = service.yearEndClosure
  return {
    name: text.content.name,
    description: text.content.description ?? null,
    contentLang: text.lang,
    phone: service.phone ?? null,
    call: service.phone
      ? {
          label: t(lang, 'consultation.call', { phone: displayPhone(service.phone) }).replace(/ /g, '\u00a0'),
          href: telHref(service.phone),
        }
      : null,
    email: service.email ?? null,
    chatUrl: service.chatUrl ?? null,
    url: service.url ?? null,
    free: service.free,
    languages: languageViews(service.languages, lang),
    hours: service.hours.map((h) => ({ day: dayLabel(h.day, lang), time: `${h.opens}–${h.closes}` })),
    slots: service.hours.map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
    nationwide: prefectures.length === 0,
    prefectures,
    area: prefectures.length
      ? new Intl.ListFormat(getLocale(lang).bcp47, { type: 'conjunction' }).format(
          prefectures.map((p) => termLabel(PREFECTURE_TERMS, p, lang)),
        )
      : t(lang, 'finder.nationwide'),
    closedDays: [
      ...(service.closedOnHolidays ? [t(lang, 'finder.closedHolidays')] : []),
      ...(yearEnd
        ? [t(lang, 'finder.closedYearEnd', { from: monthDay(yearEnd.from, lang), to: monthDay(yearEnd.to, lang) })]
        : []),
    ],
    closed: closedDates({ closedOnHolidays: service.closedOnHolidays, yearEnd }, calendar.holidays, calendar.years),
  }
}

/** JP-MIRAI Assist first, then the other services, as the CMS lists them. */
export const allServices = (
  settings: S.SiteSettings,
  lang: LocaleCode,
  calendar: Calendar = buildCalendar(),
): ServiceView[] =>
  [settings.consultation, ...settings.otherServices].map((service) => serviceView(service, lang, calendar))
