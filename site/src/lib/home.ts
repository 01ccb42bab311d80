/**
 * What the home page and the emergency numbers show in one language, for readers who would rather
 * look than read: each entry a picture, a few words and one link — the emergency numbers as
 * tap-to-call links, the article categories as tiles, the consultation line's hours in a line.
 */
import { EMERGENCY_NUMBERS, emergencyTelHref, type EmergencyService } from '@mirai/content-schemas/emergency'
import { weekdayName } from '@mirai/content-schemas/dates'
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import { WEEKDAYS, type OpeningSlot } from '@mirai/content-schemas/opening-hours'
import { ARTICLE_CATEGORIES, type ArticleCategory } from '@mirai/content-schemas/taxonomies'

import { CATEGORY_ICONS, EMERGENCY_ICONS, type IconName } from './icons'
import { categoryPath } from './paths'
import { categoryLabel } from './views/shared'

export interface EmergencyView {
  service: EmergencyService
  number: string
  href: string
  name: string
  use: string
  /** "Only in some prefectures" for a number that does not answer everywhere; null where it does. */
  area: string | null
  icon: IconName
}

export const emergencyView = (lang: LocaleCode): EmergencyView[] =>
  EMERGENCY_NUMBERS.map((n) => ({
    service: n.service,
    number: n.number,
    href: emergencyTelHref(n.number),
    name: t(lang, n.name),
    use: t(lang, n.use),
    area: n.nationwide ? null : t(lang, 'emergency.someAreas'),
    icon: EMERGENCY_ICONS[n.service],
  }))

export interface CategoryTile {
  category: ArticleCategory
  label: string
  href: string
  icon: IconName
}

export const categoryTiles = (lang: LocaleCode): CategoryTile[] =>
  ARTICLE_CATEGORIES.map(({ value }) => ({
    category: value,
    label: categoryLabel(value, lang),
    href: categoryPath(lang, value),
    icon: CATEGORY_ICONS[value],
  }))

/**
 * Opening hours in as few words as they allow: days in a row with the same hours become one range
 * ("Tuesday–Saturday 10:00–18:00"), a day with two slots keeps both ("10:00–12:00, 13:00–17:00").
 * Days are those of the week in order, Monday first, whatever order the CMS lists them in.
 */
export function hoursSummary(slots: readonly OpeningSlot[], lang: LocaleCode): { days: string; time: string }[] {
  const timeOf = (day: OpeningSlot['day']) =>
    slots
      .filter((s) => s.day === day)
      .map((s) => `${s.opens}–${s.closes}`)
      .sort()
      .join(', ')
  const runs: { first: OpeningSlot['day']; last: OpeningSlot['day']; time: string }[] = []
  let previousOpen = false
  for (const day of WEEKDAYS) {
    const time = timeOf(day)
    const run = runs.at(-1)
    if (time && previousOpen && run && run.time === time) run.last = day
    else if (time) runs.push({ first: day, last: day, time })
    previousOpen = time !== ''
  }
  const dayName = (day: OpeningSlot['day']) => {
    const name = weekdayName(day, lang)
    // Weekdays stand alone here, so they start with a capital where the language has case.
    return name.charAt(0).toLocaleUpperCase(getLocale(lang).bcp47) + name.slice(1)
  }
  return runs.map((r) => ({
    days: r.first === r.last ? dayName(r.first) : `${dayName(r.first)}–${dayName(r.last)}`,
    time: r.time,
  }))
}
