/**
 * A consultation service as pages show it in one language: name and description (or their
 * fallback), channels, opening hours in Japan time as text, and the raw slots for "open now".
 */
import { weekdayName } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { OpeningSlot, Weekday } from '@mirai/content-schemas/opening-hours'
import type * as S from '@mirai/content-schemas/schemas'

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
  languages: { code: LocaleCode; name: string }[]
  hours: { day: string; time: string }[]
  slots: OpeningSlot[]
}

export function serviceView(service: Service, lang: LocaleCode): ServiceView {
  const text = pickTranslation(service.translations, lang)
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
    languages: LOCALE_CODES.filter((c) => service.languages.includes(c)).map((c) => ({
      code: c,
      name: getLocale(c).nativeName,
    })),
    hours: service.hours.map((h) => ({ day: dayLabel(h.day, lang), time: `${h.opens}–${h.closes}` })),
    slots: service.hours.map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
  }
}

/** JP-MIRAI Assist first, then the other services, as the CMS lists them. */
export const allServices = (settings: S.SiteSettings, lang: LocaleCode): ServiceView[] =>
  [settings.consultation, ...settings.otherServices].map((service) => serviceView(service, lang))
