/**
 * JP-MIRAI Safety in the Collaborative Program, for the demo: business sites of the two fictional
 * participants (data/organisations.ts), the aggregation periods — the fiscal year's halves as the
 * secretariat's "data aggregation dates" might be — and workers' answers, so that the figures of
 * the periods that have ended show something, with a trend, and one site too small to show.
 */
import type { SeedBusinessSite, SeedSafetyAnswers, SeedSafetyPeriod } from '../types'

export const businessSites: SeedBusinessSite[] = [
  { key: 'demo-seiko-main', participant: 'demo-member-co', name: 'デモ精工 本社工場', prefecture: 'gifu' },
  { key: 'demo-seiko-kani', participant: 'demo-member-co', name: 'デモ精工 可児工場', prefecture: 'gifu' },
  { key: 'demo-foods-kumamoto', participant: 'demo-foods-co', name: 'デモ食品 熊本工場', prefecture: 'kumamoto' },
  { key: 'demo-foods-saga', participant: 'demo-foods-co', name: 'デモ食品 佐賀センター', prefecture: 'saga' },
]

export const safetyPeriods: SeedSafetyPeriod[] = [
  { key: 'fy2025-h2', label: '2025年度 下期 (FY2025 H2)', startsOn: '2025-10-01', endsOn: '2026-03-31' },
  { key: 'fy2026-h1', label: '2026年度 上期 (FY2026 H1)', startsOn: '2026-04-01', endsOn: '2026-09-30' },
  { key: 'fy2026-h2', label: '2026年度 下期 (FY2026 H2)', startsOn: '2026-10-01', endsOn: '2027-03-31' },
]

/**
 * Demo answers per site and period: how many workers answered, in which languages, and how many
 * said "yes" to each question (a question left out: nobody). Demo Seiko's Kani plant stays below
 * the threshold of 5 in both periods, so its company sees "not enough answers" there.
 */
export const safetyAnswers: SeedSafetyAnswers[] = [
  {
    site: 'demo-seiko-main',
    period: 'fy2025-h2',
    languages: { vi: 4, id: 3, my: 2 },
    yes: {
      'overtime-over-45-hours': 5,
      'wages-not-paid': 2,
      'paid-leave-restricted': 4,
      'documents-kept-by-others': 2,
      harassment: 1,
      'no-days-off': 3,
    },
  },
  {
    site: 'demo-seiko-main',
    period: 'fy2026-h1',
    languages: { vi: 5, id: 3, my: 2, tl: 1, ja: 1 },
    yes: {
      'overtime-over-45-hours': 4,
      'wages-not-paid': 1,
      'paid-leave-restricted': 3,
      'documents-kept-by-others': 1,
      'consultation-forbidden': 1,
      harassment: 2,
      'no-days-off': 1,
    },
  },
  {
    site: 'demo-seiko-kani',
    period: 'fy2025-h2',
    languages: { vi: 2 },
    yes: { 'overtime-over-45-hours': 1 },
  },
  {
    site: 'demo-seiko-kani',
    period: 'fy2026-h1',
    languages: { vi: 2, my: 1 },
    yes: { 'overtime-over-45-hours': 2, 'paid-leave-restricted': 1 },
  },
  {
    site: 'demo-foods-kumamoto',
    period: 'fy2025-h2',
    languages: { vi: 3, zh: 2, id: 2 },
    yes: { 'overtime-over-45-hours': 2, 'paid-leave-restricted': 2, 'internet-forbidden': 1, 'no-days-off': 2 },
  },
  {
    site: 'demo-foods-kumamoto',
    period: 'fy2026-h1',
    languages: { vi: 4, zh: 2, id: 2, pt: 2 },
    yes: {
      'overtime-over-45-hours': 3,
      'wages-not-paid': 2,
      'paid-leave-restricted': 2,
      'documents-kept-by-others': 3,
      violence: 1,
      'no-days-off': 1,
    },
  },
  {
    site: 'demo-foods-saga',
    period: 'fy2025-h2',
    languages: { my: 3, vi: 2 },
    yes: { 'overtime-over-45-hours': 1, harassment: 1, 'no-days-off': 2 },
  },
  {
    site: 'demo-foods-saga',
    period: 'fy2026-h1',
    languages: { my: 3, vi: 2, es: 1 },
    yes: { 'overtime-over-45-hours': 2, 'union-forbidden': 1, harassment: 1, 'pregnancy-dismissal': 1 },
  },
]
