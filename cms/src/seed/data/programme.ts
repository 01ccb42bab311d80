/**
 * JP-MIRAI Safety in the Collaborative Program, for the demo: business sites of the two fictional
 * participants (data/organisations.ts) and the aggregation periods, the fiscal year's halves as the
 * secretariat's "data aggregation dates" might be.
 */
import type { SeedBusinessSite, SeedSafetyPeriod } from '../types'

export const businessSites: SeedBusinessSite[] = [
  { key: 'demo-seiko-main', participant: 'demo-member-co', name: 'デモ精工 本社工場', prefecture: 'gifu' },
  { key: 'demo-seiko-kani', participant: 'demo-member-co', name: 'デモ精工 可児工場', prefecture: 'gifu' },
  { key: 'demo-foods-kumamoto', participant: 'demo-foods-co', name: 'デモ食品 熊本工場', prefecture: 'kumamoto' },
  { key: 'demo-foods-saga', participant: 'demo-foods-co', name: 'デモ食品 佐賀センター', prefecture: 'saga' },
]

export const safetyPeriods: SeedSafetyPeriod[] = [
  { key: 'fy2026-h1', label: '2026年度 上期 (FY2026 H1)', startsOn: '2026-04-01', endsOn: '2026-09-30' },
  { key: 'fy2026-h2', label: '2026年度 下期 (FY2026 H2)', startsOn: '2026-10-01', endsOn: '2027-03-31' },
]
