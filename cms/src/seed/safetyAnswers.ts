/**
 * The demo's answers to the safety check as rows of `safety-answers`, made from the counts in
 * data/programme.ts: the same rows on every run, so seeding again finds them instead of adding more.
 */
import { createHmac } from 'node:crypto'

import type { LocaleCode } from '@mirai/content-schemas/locales'

import { dayAfter } from '../safety/retention'
import type { SeedSafetyAnswers } from './types'

export interface DemoAnswerRow {
  language: LocaleCode
  answers: Record<string, boolean>
  day: string
  token: string
}

/**
 * One row per respondent. Respondent i says "yes" to the question at position j when
 * (i + 3j) mod n is below the question's count, which spreads the "yes" answers over people instead
 * of giving them all to the first few. The token is a keyed hash like a worker's, of a name only the
 * seed uses: unique, and unlinkable to any device.
 */
export function demoAnswerRows(
  set: SeedSafetyAnswers,
  questionKeys: readonly string[],
  startsOn: string,
  secret: string,
): DemoAnswerRow[] {
  const what = `the demo answers of ${set.site} in ${set.period}`
  const languages = Object.entries(set.languages) as [LocaleCode, number][]
  const respondents = languages.reduce((sum, [, n]) => sum + n, 0)
  if (respondents === 0) throw new Error(`Seed content has no respondents in ${what}`)
  for (const [key, yes] of Object.entries(set.yes)) {
    if (!questionKeys.includes(key))
      throw new Error(`Seed content refers to question "${key}" in ${what}, which the check does not have`)
    if (!Number.isInteger(yes) || yes < 0 || yes > respondents)
      throw new Error(`Seed content gives question "${key}" ${yes} "yes" answers of ${respondents} in ${what}`)
  }
  const languageOf = languages.flatMap(([lang, n]) => Array.from({ length: n }, () => lang))
  return languageOf.map((language, i) => ({
    language,
    answers: Object.fromEntries(questionKeys.map((key, j) => [key, (i + 3 * j) % respondents < (set.yes[key] ?? 0)])),
    // Days within the period's first weeks, never finer than the day (as real answers).
    day: dayAfter(startsOn, 7 + ((i * 5) % 60)),
    token: createHmac('sha256', secret).update(`seed:${set.site}:${set.period}:${i}`).digest('hex'),
  }))
}
