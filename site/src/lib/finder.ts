/**
 * The consultation services finder in one language: the services grouped by where they serve —
 * those for all of Japan once at the top, then each prefecture with services of its own, in the
 * official order (a service for several prefectures is listed under each) — and the choices of its
 * two filters: every prefecture (a reader's own may have only the nationwide services) and every
 * language some service speaks, named in the reader's language and in its own.
 */
import { t } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { PREFECTURE_TERMS, termLabel, type Prefecture } from '@mirai/content-schemas/taxonomies'

import { languageViews, type ServiceView } from './services'

export interface FinderService extends ServiceView {
  /** The same for a service in each group it is listed in, so the filter counts it once. */
  key: number
}

export interface FinderGroup {
  key: 'nationwide' | Prefecture
  title: string
  services: FinderService[]
}

export interface FinderView {
  groups: FinderGroup[]
  prefectures: { value: Prefecture; label: string }[]
  languages: { code: string; label: string }[]
}

export function finderView(services: readonly ServiceView[], lang: LocaleCode): FinderView {
  const keyed = services.map((service, key) => ({ ...service, key }))
  const nationwide = keyed.filter((s) => s.nationwide)
  const groups: FinderGroup[] = [
    ...(nationwide.length
      ? [{ key: 'nationwide' as const, title: t(lang, 'finder.nationwide'), services: nationwide }]
      : []),
    ...PREFECTURE_TERMS.map((term) => ({
      key: term.value,
      title: termLabel(PREFECTURE_TERMS, term.value, lang),
      services: keyed.filter((s) => s.prefectures.includes(term.value)),
    })).filter((group) => group.services.length > 0),
  ]
  const spoken = languageViews([...new Set(services.flatMap((s) => s.languages.map((l) => l.code)))], lang)
  return {
    groups,
    prefectures: PREFECTURE_TERMS.map((term) => ({
      value: term.value,
      label: termLabel(PREFECTURE_TERMS, term.value, lang),
    })),
    // Its own name too, so a reader finds their language in a list written in another.
    languages: spoken.map((l) => ({
      code: l.code,
      label: l.label.toLowerCase() === l.name.toLowerCase() ? l.label : `${l.label} — ${l.name}`,
    })),
  }
}
