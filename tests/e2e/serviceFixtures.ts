/**
 * Two prefectural consultation desks the browser tests' build carries (globalSetup adds them to
 * the seeded site settings), so the finder has services of its own per prefecture. Made up for the
 * tests: the demo content has only the organisation's own nationwide services, and these numbers
 * reach no one.
 */
import { DEFAULT_YEAR_END } from '@mirai/content-schemas/consultation-services'
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { Payload } from 'payload'

type Text = Partial<Record<LocaleCode, string>> & { ja: string; en: string }

const weekdays = (opens: string, closes: string) =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens, closes }))

export const REGIONAL_SERVICES = {
  aichi: {
    name: {
      ja: '愛知 外国人相談デスク(テスト用)',
      en: 'Aichi desk for foreign residents (test)',
      vi: 'Bàn tư vấn Aichi cho người nước ngoài (thử nghiệm)',
    } satisfies Text,
    description: {
      ja: '愛知県に住む人・働く人の相談です。',
      en: 'For people who live or work in Aichi.',
    } satisfies Text,
    phone: '052-000-0001',
    hours: weekdays('10:00', '18:00'),
    languages: ['ja', 'en', 'pt', 'es', 'zh', 'tl', 'vi', 'ne', 'id'],
    prefectures: ['aichi'],
  },
  osaka: {
    name: {
      ja: '大阪 外国人情報デスク(テスト用)',
      en: 'Osaka information desk for foreign residents (test)',
      vi: 'Bàn thông tin Osaka cho người nước ngoài (thử nghiệm)',
    } satisfies Text,
    description: {
      ja: '大阪府に住む外国人の生活相談です。',
      en: 'Daily-life advice for residents of Osaka.',
    } satisfies Text,
    phone: '06-0000-0002',
    hours: weekdays('09:00', '17:30'),
    languages: ['ja', 'en', 'zh', 'ko', 'pt', 'es', 'tl', 'vi', 'th', 'id', 'ne'],
    prefectures: ['osaka'],
  },
} as const

export async function addRegionalServices(payload: Payload): Promise<void> {
  const services = Object.values(REGIONAL_SERVICES)
  // Japanese first: it adds the rows; the other languages then name the rows it made.
  for (const locale of LOCALE_CODES) {
    const settings = (await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, fallbackLocale: false })) as {
      otherServices?: ({ phone?: string; id?: string } & Record<string, unknown>)[] | null
    }
    const rows = settings.otherServices ?? []
    const named = (service: (typeof services)[number]) => ({
      name: (service.name as Text)[locale] ?? service.name.en,
      description: (service.description as Text)[locale] ?? service.description.en,
    })
    const otherServices =
      locale === 'ja'
        ? [
            ...rows,
            ...services.map((service) => ({
              ...named(service),
              phone: service.phone,
              free: true,
              languages: [...service.languages],
              hours: service.hours,
              region: 'prefectures',
              prefectures: [...service.prefectures],
              closedOnHolidays: true,
              yearEndClosure: DEFAULT_YEAR_END,
            })),
          ]
        : rows.map((row) => {
            const service = services.find((s) => s.phone === row.phone)
            return service ? { ...row, ...named(service) } : row
          })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: { otherServices } as never,
      context: { disableRevalidate: true },
    })
  }
}

/**
 * JP-MIRAI Assist closed on public holidays, for the safety check's "open now" on a 祝日
 * (safety.e2e.test.ts). Made up for the tests: the organisation's documents do not say.
 */
export async function closeAssistOnHolidays(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'ja',
    data: { consultation: { closedOnHolidays: true } } as never,
    context: { disableRevalidate: true },
  })
}
