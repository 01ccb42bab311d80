/**
 * The alerts the browser tests' build carries (tests/e2e/globalSetup.ts creates them before it
 * builds, at SITE_NOW): one on at the build's time, in Japanese, English and Vietnamese (Burmese
 * readers get the English with a notice); one over before it; one that starts later.
 */
import type { Payload } from 'payload'

export const ALERTS = {
  active: {
    ja: '台風18号が近づいています',
    en: 'Typhoon No. 18 is approaching',
    vi: 'Cơn bão số 18 đang đến gần',
    startsAt: '2026-11-21T09:00:00+09:00',
    endsAt: '2026-11-22T18:00:00+09:00',
    link: 'minimum-wage-in-japan',
  },
  expired: { ja: '昨日の大雪のお知らせ', startsAt: '2026-11-20T06:00:00+09:00', endsAt: '2026-11-21T09:00:00+09:00' },
  upcoming: {
    ja: '来週の法律改正のお知らせ',
    startsAt: '2026-11-23T09:00:00+09:00',
    endsAt: '2026-11-24T09:00:00+09:00',
  },
} as const

export async function createAlerts(payload: Payload): Promise<void> {
  const { active, expired, upcoming } = ALERTS
  const [article] = (
    await payload.find({ collection: 'articles', where: { slug: { equals: active.link } }, limit: 1, depth: 0 })
  ).docs
  const alert = await payload.create({
    collection: 'alerts',
    locale: 'ja',
    data: {
      title: active.ja,
      body: '外出をひかえ、最新の情報を確認してください。',
      kind: 'typhoon',
      severity: 'critical',
      startsAt: active.startsAt,
      endsAt: active.endsAt,
      prefectures: ['tokyo', 'chiba'],
      linkDocument: { relationTo: 'articles', value: article!.id },
      _status: 'published',
    } as never,
  })
  for (const [locale, title, body] of [
    ['en', active.en, 'Stay indoors and check the latest information.'],
    ['vi', active.vi, 'Hãy ở trong nhà và theo dõi thông tin mới nhất.'],
  ] as const)
    await payload.update({ collection: 'alerts', id: alert.id, locale, data: { title, body } as never })
  for (const [fixture, kind, severity] of [
    [expired, 'heavy-snow', 'warning'],
    [upcoming, 'law-change', 'info'],
  ] as const)
    await payload.create({
      collection: 'alerts',
      locale: 'ja',
      data: {
        title: fixture.ja,
        kind,
        severity,
        startsAt: fixture.startsAt,
        endsAt: fixture.endsAt,
        _status: 'published',
      } as never,
    })
}
