import { describe, expect, it } from 'vitest'

import { countedCells, figuresOf, thresholdOf, totalOf, type Group, type MeasureKey } from '../src/safety/aggregate'
import { tallyOf, type Tally, type TalliedAnswer } from '../src/safety/tally'

const rows = (n: number, yes: number, language = 'ja'): TalliedAnswer[] =>
  Array.from({ length: n }, (_, i) => ({ answers: { passport: i < yes, wages: i % 2 === 0 }, language }))
const site = (n: number, yes = 0, language = 'ja'): Tally => tallyOf(rows(n, yes, language))

describe('site figures', () => {
  it('show respondents and each question’s yes count and share from the threshold on', () => {
    expect(figuresOf(site(5, 2), ['passport', 'wages'], 5)).toEqual({
      enough: true,
      respondents: 5,
      questions: [
        { key: 'passport', yes: 2, answered: 5, share: 0.4 },
        { key: 'wages', yes: 3, answered: 5, share: 0.6 },
      ],
    })
  })

  it('show nothing but "not enough answers" below it', () => {
    expect(figuresOf(site(4, 4), ['passport'], 5)).toEqual({ enough: false, respondents: null, questions: null })
  })

  it('never go below three, whatever the setting', () => {
    expect(thresholdOf(1)).toBe(3)
    expect(thresholdOf(null)).toBe(5)
    expect(thresholdOf(2.5)).toBe(5)
    expect(figuresOf(site(2, 1), ['passport'], 1).enough).toBe(false)
    expect(figuresOf(site(3, 1), ['passport'], 1).enough).toBe(true)
  })

  it('count only the workers who answered a question, and hide a question fewer answered', () => {
    const partial = tallyOf([...rows(5, 4), { answers: { wages: true } }])
    expect(figuresOf(partial, ['passport'], 5).questions).toEqual([
      { key: 'passport', yes: 4, answered: 5, share: 0.8 },
    ])
    // A question added during the period: one answer would be one person's.
    const added = tallyOf([...rows(5, 1), { answers: { passport: true, newQuestion: true } }])
    expect(figuresOf(added, ['newQuestion'], 5).questions).toEqual([
      { key: 'newQuestion', yes: null, share: null, answered: null },
    ])
  })
})

/**
 * The attacker of the rule in aggregate.ts: every figure a viewer sees is the sum of some cells,
 * and any combination of those sums is known to them. A leak is a set of cells smaller than the
 * threshold (together) whose sum is such a combination — tested exactly, by linear algebra over
 * the cells.
 */
function leaks(figures: readonly (readonly Tally[])[], cells: readonly Tally[], size: (c: Tally) => number, limit = 5) {
  const vector = (set: readonly Tally[]) => cells.map((c) => (set.includes(c) ? 1 : 0))
  const rank = (vectors: number[][]) => {
    const m = vectors.map((v) => [...v])
    let r = 0
    for (let col = 0; col < cells.length && r < m.length; col++) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[col]!) > 1e-9)
      if (pivot < 0) continue
      ;[m[r], m[pivot]] = [m[pivot]!, m[r]!]
      for (let i = 0; i < m.length; i++)
        if (i !== r) {
          const f = m[i]![col]! / m[r]![col]!
          m[i] = m[i]!.map((x, j) => x - f * m[r]![j]!)
        }
      r++
    }
    return r
  }
  const known = figures.map(vector)
  const base = rank(known)
  // A set below the threshold can hold only cells below it, and at most threshold − 1 of them.
  const small = cells.filter((c) => size(c) > 0 && size(c) < limit)
  const found: Tally[][] = []
  const visit = (from: number, set: Tally[], weight: number) => {
    if (set.length > 0 && rank([...known, vector(set)]) === base) found.push([...set])
    for (let i = from; i < small.length; i++)
      if (weight + size(small[i]!) < limit) visit(i + 1, [...set, small[i]!], weight + size(small[i]!))
  }
  visit(0, [], 0)
  return found
}

const respondents: MeasureKey = { respondents: true }
const people = (c: Tally) => c.respondents

/** What a viewer sees of a tree, as sets of cells: each cell shown, and each group's figure. */
function seen(groups: readonly Group[][], which: MeasureKey, limit = 5) {
  const figures: Tally[][] = []
  const walk = (node: Group) => {
    if (!Array.isArray(node)) {
      const { cells } = countedCells([node as Tally], which, limit)
      if (cells.length > 0) figures.push(cells)
      return
    }
    ;(node as Group[]).forEach(walk)
    figures.push(countedCells(node as Group[], which, limit).cells)
  }
  groups.forEach(walk)
  return figures
}

describe('totals over sites', () => {
  it('leave out a hidden site the total minus the shown ones would tell', () => {
    const shown = site(6, 1)
    const hidden = site(2, 2)
    const total = totalOf([shown, hidden], ['passport'], 5)
    // 6 shown + 2 hidden: a total of 8 minus the shown site would give the two workers' answers.
    expect(total).toMatchObject({ enough: true, respondents: 6, complete: false })
    expect(total.questions?.[0]).toMatchObject({ yes: 1, answered: 6, complete: false })
    expect(leaks(seen([[shown, hidden]], respondents), [shown, hidden], people)).toEqual([])
  })

  it('count the hidden sites when together they reach the threshold, or there are none', () => {
    const total = totalOf([site(6, 1), site(3, 3), site(2, 2)], ['passport'], 5)
    expect(total).toMatchObject({ enough: true, respondents: 11, complete: true })
    expect(total.questions?.[0]).toMatchObject({ yes: 6, answered: 11, complete: true })
    expect(totalOf([site(6, 1), site(5, 0)], ['passport'], 5)).toMatchObject({ respondents: 11, complete: true })
  })

  it('show "not enough answers" when nothing can be shown', () => {
    expect(totalOf([site(2), site(2)], ['passport'], 5)).toEqual({
      enough: false,
      respondents: null,
      complete: null,
      questions: null,
      languages: null,
    })
  })

  it('keep a question hidden at one site out of the total, even when the site is shown', () => {
    // Site X has 8 respondents, but only 3 answered a question added during the period.
    const x = tallyOf([
      ...rows(5, 0).map((r) => ({ answers: { passport: r.answers.passport! } })),
      ...[true, true, false].map((yes) => ({ answers: { passport: false, added: yes } })),
    ])
    const y = tallyOf(rows(6, 0).map((r, i) => ({ answers: { ...r.answers, added: i < 2 } })))
    expect(figuresOf(x, ['added'], 5).questions).toEqual([{ key: 'added', yes: null, share: null, answered: null }])
    const total = totalOf([x, y], ['passport', 'added'], 5)
    expect(total).toMatchObject({ respondents: 14, complete: true })
    // The total shows the question only as far as the sites that show it: X's three stay out.
    expect(total.questions?.[1]).toEqual({ key: 'added', yes: 2, answered: 6, share: 2 / 6, complete: false })
    const answeredAdded = (c: Tally) => c.questions.added?.answered ?? 0
    expect(leaks(seen([[x, y]], { question: 'added' }), [x, y], answeredAdded)).toEqual([])
  })

  it('the attacker finds the leak of a total that counted every site (the test can fail)', () => {
    const shown = site(6, 1)
    const hidden = site(2, 2)
    expect(leaks([[shown], [shown, hidden]], [shown, hidden], people)).toEqual([[hidden]])
  })
})

describe('overlapping totals: a company, its sites and the year', () => {
  it('keep the year from telling a company’s small site through another company’s full total', () => {
    // A: 10 shown + 2 hidden (total leaves the 2 out). B: 3 + 3 hidden, together 6 (full total).
    const [a1, a2, b1, b2] = [site(10, 4), site(2, 2), site(3, 1), site(3, 0)]
    const year: Group[] = [
      [a1, a2],
      [b1, b2],
    ]
    expect(totalOf([a1, a2], ['passport'], 5)).toMatchObject({ respondents: 10, complete: false })
    expect(totalOf([b1, b2], ['passport'], 5)).toMatchObject({ respondents: 6, complete: true })
    // The year of 18 minus B's 6 minus A's shown site would be A's two workers: it leaves them out.
    expect(totalOf(year, ['passport'], 5)).toMatchObject({ respondents: 16, complete: false })
    expect(leaks(seen([year as Group[]], respondents), [a1, a2, b1, b2], people)).toEqual([])
    // What a year counting everyone would have given away:
    expect(leaks([[a1], [b1, b2], [a1, a2, b1, b2]], [a1, a2, b1, b2], people)).toEqual([[a2]])
  })

  it('count small sites of several periods in the year once they are enough together', () => {
    // One company, two periods: each period leaves out a small site (2, then 4); the year has 6.
    const [p1big, p1small, p2big, p2small] = [site(5, 1), site(2, 1), site(5, 2), site(4, 4)]
    const year: Group[] = [
      [p1big, p1small],
      [p2big, p2small],
    ]
    expect(totalOf(year, ['passport'], 5)).toMatchObject({ respondents: 16, complete: true })
    expect(leaks(seen([year as Group[]], respondents), [p1big, p1small, p2big, p2small], people)).toEqual([])
  })

  it('never leak, for any company, site and period sizes (random trees, the secretariat’s view)', () => {
    let seed = 13
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 150; round++) {
      const year: Group[] = []
      const cells: Tally[] = []
      for (let company = 0; company < 1 + random(3); company++)
        for (let period = 0; period < 1 + random(2); period++) {
          const sites: Tally[] = []
          for (let s = 0; s < 1 + random(3); s++) {
            const n = random(9)
            // Some answered a question added late: between none and all of them.
            const added = random(n + 1)
            const cell = tallyOf(
              Array.from({ length: n }, (_, i) => ({
                answers: (i < added
                  ? { passport: i % 2 === 0, added: i % 3 === 0 }
                  : { passport: i % 2 === 0 }) as Record<string, boolean>,
                language: ['vi', 'my', 'ja'][random(3)],
              })),
            )
            sites.push(cell)
            cells.push(cell)
          }
          year.push(sites)
        }
      for (const [which, size] of [
        [respondents, people],
        [{ question: 'added' }, (c: Tally) => c.questions.added?.answered ?? 0],
      ] as const)
        expect(leaks(seen([year], which), cells, size), `round ${round}`).toEqual([])
    }
  })
})

describe('respondents per language', () => {
  const speaking = (counts: Record<string, number>) =>
    tallyOf(Object.entries(counts).flatMap(([language, n]) => rows(n, 0, language)))

  it('show languages from the threshold on, the rest together, and never a small "other"', () => {
    const total = totalOf([speaking({ vi: 10, id: 6, my: 2, tl: 1 })], [], 5)
    // my + tl = 3 would tell a group of three: Indonesian joins "other" too.
    expect(total.languages).toEqual({ shown: [{ language: 'vi', respondents: 10 }], other: 9 })
    const even = totalOf([speaking({ vi: 10, id: 6, my: 3, tl: 2 })], [], 5)
    expect(even.languages).toEqual({
      shown: [
        { language: 'vi', respondents: 10 },
        { language: 'id', respondents: 6 },
      ],
      other: 5,
    })
  })

  it('count the same respondents as the total shown: a small site left out leaves its languages out', () => {
    const total = totalOf([site(10, 0, 'vi'), site(6, 0, 'id'), site(2, 0, 'my'), site(1, 0, 'tl')], [], 5)
    expect(total).toMatchObject({
      respondents: 16,
      complete: false,
      languages: {
        shown: [
          { language: 'vi', respondents: 10 },
          { language: 'id', respondents: 6 },
        ],
        other: 0,
      },
    })
  })
})
