import type { SiteSettingsInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull, rowsOf, translationsOf } from '../localized'
import type { SiteSettingsDoc } from './documents'

type Service = SiteSettingsDoc['base']['consultation']

/** The language-independent part of a consultation service (see cms/src/fields/consultationService.ts). */
const serviceShared = (service: Partial<Service>) => ({
  phone: service.phone || null,
  email: service.email || null,
  chatUrl: service.chatUrl || null,
  url: service.url || null,
  free: service.free ?? true,
  languages: service.languages ?? [],
  hours: (service.hours ?? []).map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
  // Saved before the region existed, or left for all of Japan: nationwide.
  region:
    service.region === 'prefectures' && service.prefectures?.length
      ? [...service.prefectures]
      : ('nationwide' as const),
  closedOnHolidays: service.closedOnHolidays ?? false,
  yearEndClosure:
    service.yearEndClosure?.from && service.yearEndClosure.to
      ? { from: service.yearEndClosure.from, to: service.yearEndClosure.to }
      : null,
})

export function shapeSiteSettings({ base, byLocale }: SiteSettingsDoc): SiteSettingsInput {
  return {
    updatedAt: isoOrNull(base.updatedAt),
    organisation: {
      email: base.organisation?.email ?? null,
      phone: base.organisation?.phone ?? null,
      url: base.organisation?.url ?? null,
      translations: translationsOf(
        byLocale,
        (l) => hasText(l.organisation?.name),
        (l) => ({ name: l.organisation.name, address: l.organisation.address ?? null }),
      ),
    },
    consultation: {
      ...serviceShared(base.consultation ?? {}),
      translations: translationsOf(
        byLocale,
        (l) => hasText(l.consultation?.name),
        (l) => ({ name: l.consultation.name, description: l.consultation.description ?? null }),
      ),
    },
    otherServices: rowsOf(
      byLocale,
      base.otherServices,
      (l) => l.otherServices,
      serviceShared,
      (row) => hasText(row.name),
      (row) => ({ name: row.name, description: row.description ?? null }),
    ),
    social: (base.social ?? []).map((s) => ({ platform: s.platform, url: s.url })),
  }
}
