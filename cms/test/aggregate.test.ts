import { describe, expect, it } from 'vitest'

import { aggregate, thresholdOf, totalOf, type AnswerRow } from '../src/safety/aggregate'

const rows = (n: number, yes: number): AnswerRow[] =>
  Array.from({ length: n }, (_, i) => ({ answers: { passport: i < yes, wages: i % 2 === 0 } }))

describe('site figures', () => {
  it('show respondents and each question’s yes count and share from the threshold on', () => {
    const figures = aggregate(rows(5, 2), ['passport', 'wages'], 5)
    expect(figures).toEqual({
      enough: true,
      respondents: 5,
      questions: [
        { key: 'passport', yes: 2, answered: 5, share: 0.4 },
        { key: 'wages', yes: 3, answered: 5, share: 0.6 },
      ],
    })
  })

  it('show nothing but "not enough answers" below it', () => {
    expect(aggregate(rows(4, 4), ['passport'], 5)).toEqual({ enough: false, respondents: null, questions: null })
  })

  it('never go below three, whatever the setting', () => {
    expect(thresholdOf(1)).toBe(3)
    expect(thresholdOf(null)).toBe(5)
    expect(thresholdOf(2.5)).toBe(5)
    expect(aggregate(rows(2, 1), ['passport'], 1).enough).toBe(false)
    expect(aggregate(rows(3, 1), ['passport'], 1).enough).toBe(true)
  })

  it('count only the workers who answered a question, and hide a question fewer answered', () => {
    const partial: AnswerRow[] = [...rows(5, 4), { answers: { wages: true } }]
    expect(aggregate(partial, ['passport'], 5).questions).toEqual([
      { key: 'passport', yes: 4, answered: 5, share: 0.8 },
    ])
    // A question added during the period: one answer would be one person's.
    const added: AnswerRow[] = [...rows(5, 1), { answers: { passport: true, newQuestion: true } }]
    expect(aggregate(added, ['newQuestion'], 5).questions).toEqual([
      { key: 'newQuestion', yes: null, share: null, answered: null },
    ])
  })
})

describe('totals over sites', () => {
  it('hide the total when the hidden sites could be worked out from it', () => {
    // 6 shown + 2 hidden: total minus the shown site would give the two workers' answers.
    expect(totalOf([{ rows: rows(6, 1) }, { rows: rows(2, 2) }], ['passport'], 5).enough).toBe(false)
  })

  it('show it when the hidden sites together reach the threshold, or there are none', () => {
    const total = totalOf([{ rows: rows(6, 1) }, { rows: rows(3, 3) }, { rows: rows(2, 2) }], ['passport'], 5)
    expect(total).toMatchObject({ enough: true, respondents: 11 })
    expect(totalOf([{ rows: rows(6, 1) }, { rows: rows(5, 0) }], ['passport'], 5)).toMatchObject({
      respondents: 11,
    })
  })
})
