/**
 * What companies and the secretariat see of JP-MIRAI Safety (issue 13): a company's feedback
 * report per period (printable page and JSON) and the secretariat's totals per fiscal year. Below
 * the threshold only "not enough answers", also where a total minus the figures shown would tell
 * a small site; a company never reads another company's report; figures only after a period has
 * ended; hostile parameters refused with a clear reason.
 */
import { createHash, randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { as, paragraph } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let cms: SignedIn['cms']
let people: SignedIn['people']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']
type Who = keyof SignedIn['tokens']

const year = new Date().getFullYear()
const periods: Record<'before' | 'closed' | 'open', any> = {} as never
const sites: Record<'big' | 'small' | 'b1' | 'b2' | 'b3' | 'hostile', any> = {} as never

/** Stored as the submit endpoint stores answers; `added` only where given (a question added late). */
async function answer(
  site: string,
  period: string,
  rows: { passport: boolean; wages: boolean; added?: boolean }[],
  language: 'ja' | 'vi' | 'my',
) {
  for (const { passport, wages, added } of rows)
    await cms.payload.create({
      collection: 'safety-answers',
      data: {
        site,
        period,
        language,
        answers: { passport, wages, ...(added === undefined ? {} : { added }) },
        day: `${year - 2}-05-01`,
        token: randomBytes(32).toString('hex'),
      },
    })
}
const many = (n: number, yes: number, extra: Partial<{ wagesYes: number; added: number }> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    passport: i < yes,
    wages: i < (extra.wagesYes ?? 0),
    ...(extra.added !== undefined && i < extra.added ? { added: i === 0 } : {}),
  }))

const report = (who: Who | undefined, query: string) =>
  rest.request('GET', `safety-reports/company?${query}`, { token: who && tokens[who] })
const yearOf = (who: Who | undefined, query: string) =>
  rest.request('GET', `safety-reports/year?${query}`, { token: who && tokens[who] })
const own = (extra = '') => `participant=${people.orgA.id}&period=${periods.closed.id}${extra}`

beforeAll(async () => {
  ;({ cms, people, rest, tokens } = await startCmsWithPeople())
  const question = (key: string, text: string, commitment: string | undefined, explanation: string) => ({
    key,
    severity: 'serious',
    text: paragraph(text),
    commitment,
    forCompanies: { explanation, action: `${explanation} — 対応` },
  })
  const ja = await cms.payload.updateGlobal({
    slug: 'safety-check',
    locale: 'ja',
    data: {
      sections: [
        {
          key: 'work',
          title: '仕事',
          questions: [
            question(
              'passport',
              'パスポートを会社が持っている',
              'human-rights-and-conditions',
              'パスポートの保管は禁止です',
            ),
            question('wages', '給料が全部払われていない', 'legal-compliance', '賃金は全額払い'),
            question('added', '新しい質問', undefined, ''),
          ],
        },
      ],
    } as never,
  })
  // The rows are the editors'; English fills the same rows.
  const rows = (ja as any).sections
  await cms.payload.updateGlobal({
    slug: 'safety-check',
    locale: 'en',
    data: {
      sections: rows.map((s: any) => ({
        ...s,
        title: 'At work',
        questions: s.questions.map((q: any) => ({
          ...q,
          text: paragraph(`EN ${q.key}`),
          forCompanies: { explanation: `Means ${q.key}`, action: `Do ${q.key}` },
        })),
      })),
    } as never,
  })
  const period = (label: string, startsOn: string, endsOn: string) =>
    cms.payload.create({ collection: 'safety-periods', data: { label, startsOn, endsOn } })
  periods.before = await period('前々期', `${year - 2}-04-01`, `${year - 2}-09-30`)
  periods.closed = await period('前期', `${year - 2}-10-01`, `${year - 1}-03-31`)
  periods.open = await period('今期', `${year - 1}-04-01`, `${year + 1}-12-31`)
  const site = (name: string, participant: string) =>
    cms.payload.create({ collection: 'business-sites', data: { name, prefecture: 'gifu', participant } })
  sites.big = await site('本社工場', people.orgA.id)
  sites.small = await site('小さな工場', people.orgA.id)
  sites.b1 = await site('富士第一工場', people.orgB.id)
  sites.b2 = await site('富士第二工場', people.orgB.id)
  sites.b3 = await site('富士第三工場', people.orgB.id)
  // The period before: the big site has 5 respondents, 2 say "yes" to passport (40%).
  await answer(sites.big.id, periods.before.id, many(5, 2), 'my')
  // The closed period: big 6 (4 yes = 67%, 1 yes to wages; only 3 answered the added question),
  // small 2 (hidden: and the company total must not let 8 − 6 tell them).
  await answer(sites.big.id, periods.closed.id, many(6, 4, { wagesYes: 1, added: 3 }), 'vi')
  await answer(sites.small.id, periods.closed.id, many(2, 2, { wagesYes: 2 }), 'vi')
  // The other company: two sites of 3 and one of 1 (its name an attack), hidden each, 7 together; its third site's answers of the
  // period before were deleted by retention, leaving their tally.
  await answer(sites.b1.id, periods.closed.id, many(3, 1), 'ja')
  await answer(sites.b2.id, periods.closed.id, many(3, 0), 'ja')
  await cms.payload.create({
    collection: 'safety-tallies',
    data: {
      site: sites.b3.id,
      period: periods.before.id,
      tally: {
        respondents: 5,
        languages: { tl: 5 },
        questions: { passport: { yes: 5, answered: 5 }, wages: { yes: 0, answered: 5 } },
      },
    },
  })
  sites.hostile = await site('<script>alert(1)</script>"工場', people.orgB.id)
  await answer(sites.hostile.id, periods.closed.id, many(1, 0), 'ja')
}, 120_000)
afterAll(async () => cms?.close())

describe('a company’s feedback report', () => {
  it('is a printable page of the company’s own sites, whole in itself, under a strict policy', async () => {
    const res = await report('company', own('&lang=ja'))
    expect(res.status, res.bytes.toString().slice(0, 300)).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'/)
    expect(csp).not.toContain('unsafe')
    const html: string = res.body
    // The one inline style is the one the policy allows.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`)
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i)
    expect(html).toContain('<html lang="ja">')
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('「PDFに保存」')
    expect(html).toContain('本社工場')
    expect(html).toContain('小さな工場')
    expect(html).not.toContain('富士')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('shows per site respondents, yes count and share, the trend, and "not enough answers" below the threshold', async () => {
    const html: string = (await report('company', own('&lang=ja'))).body
    const section = (name: string) => {
      const at = html.indexOf(`<h3>${name} `)
      expect(at, name).toBeGreaterThan(0)
      return html.slice(at, html.indexOf('</section>', at))
    }
    const big = section('本社工場')
    expect(big).toContain('回答者数: 6')
    expect(big).toContain('(前期: 5)')
    // 4 of 6 (67%) against 2 of 5 (40%) the period before.
    expect(big).toMatch(
      /パスポートを会社が持っている<\/td><td class="n">4<\/td><td class="n">67%<\/td><td class="n">▲ \+27 pt/,
    )
    expect(big).toMatch(
      /給料が全部払われていない<\/td><td class="n">1<\/td><td class="n">17%<\/td><td class="n">▲ \+17 pt/,
    )
    // Three answered the question added during the period: hidden although the site is shown.
    expect(big).toMatch(/新しい質問<\/td><td class="n muted" colspan="3">回答が不足<\/td>/)
    const small = section('小さな工場')
    expect(small).toContain('回答が不足しています（5人未満）')
    expect(small).not.toMatch(/回答者数: \d/)
  })

  it('gives the company total without the small site: 8 − 6 would tell its two workers’ answers', async () => {
    const res = await report('company', own('&format=json'))
    expect(res.status).toBe(200)
    const { total, sites: rows, previousTotal } = res.body
    expect(total).toMatchObject({ enough: true, respondents: 6, complete: false })
    expect(total.questions[0]).toMatchObject({ key: 'passport', yes: 4, answered: 6, complete: false })
    // Nothing left over once the sites shown are subtracted.
    const shown = rows.filter((r: any) => r.figures.enough)
    expect(total.respondents - shown.reduce((s: number, r: any) => s + r.figures.respondents, 0)).toBe(0)
    expect(total.questions[0].yes - shown.reduce((s: number, r: any) => s + r.figures.questions[0].yes, 0)).toBe(0)
    expect(total.questions[2]).toEqual({ key: 'added', yes: null, share: null, answered: null })
    expect(previousTotal).toMatchObject({ respondents: 5, complete: true })
    expect(rows.find((r: any) => r.name === '小さな工場').figures).toEqual({
      enough: false,
      respondents: null,
      questions: null,
    })
    // The company never gets languages, tokens or days.
    expect(JSON.stringify(res.body)).not.toMatch(/languages|"vi"|token|"day"/)
    const html: string = (await report('company', own('&lang=ja'))).body
    expect(html).toContain('回答者数: 6＊')
    expect(html).toContain('回答者の少ない事業所の回答（合わせても5人未満）は、この合計に含めていません。')
  })

  it('links each question to its Code of Conduct commitment, with the explanation and the action', async () => {
    const ja: string = (await report('company', own('&lang=ja'))).body
    expect(ja).toContain('JP-MIRAI 行動原則 2:</strong> 人権を尊重し、労働・生活環境を改善する')
    expect(ja).toContain('<p>パスポートの保管は禁止です</p>')
    expect(ja).toContain('<p>パスポートの保管は禁止です — 対応</p>')
    expect(ja).toContain('JP-MIRAI 行動原則 1:</strong> 法令を遵守して外国人労働者を受け入れる')
    const en = await report('company', own('&lang=en'))
    expect(en.status).toBe(200)
    expect(en.headers.get('content-language')).toBe('en')
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('JP-MIRAI Code of Conduct 2:</strong> Respect migrant workers&#39; human rights')
    expect(en.body).toContain('<p>Means passport</p>')
    expect(en.body).toContain('<p>Do passport</p>')
    expect(en.body).toContain('EN passport')
    expect(en.body).toContain('Not enough answers (fewer than 5)')
    expect(en.body).toContain('“Save as PDF”')
    expect(en.body).toContain(`?participant=${people.orgA.id}&amp;period=${periods.closed.id}&amp;lang=ja`)
  })

  it('takes the company’s own participant when none is given, and the period asked for', async () => {
    const res = await report('company', `period=${periods.before.id}&format=json`)
    expect(res.status).toBe(200)
    expect(res.body.participant.id).toBe(people.orgA.id)
    expect(res.body.previousPeriod).toBeNull()
    expect(res.body.previousTotal).toBeNull()
  })

  it('reads a tally the retention job left where the answers are gone', async () => {
    const res = await report('otherCompany', `period=${periods.before.id}&format=json`)
    expect(res.body.sites.find((s: any) => s.name === '富士第三工場').figures).toMatchObject({
      enough: true,
      respondents: 5,
    })
  })

  it('is never another company’s: the same "not found" as a participant that does not exist', async () => {
    const other = await report('company', `participant=${people.orgB.id}&period=${periods.closed.id}`)
    const none = await report(
      'company',
      `participant=${people.orgA.id.replace(/.$/, (c: string) => (c === '0' ? '1' : '0'))}&period=${periods.closed.id}`,
    )
    expect([other.status, other.body]).toEqual([404, { errors: [{ message: 'No such participant' }] }])
    expect([none.status, none.body]).toEqual([other.status, other.body])
    const theirs = await report('otherCompany', `period=${periods.closed.id}&format=json`)
    expect(theirs.status).toBe(200)
    expect(JSON.stringify(theirs.body)).not.toMatch(/本社工場|小さな工場|Sakura/)
    expect((await report('otherCompany', own())).status).toBe(404)
  })

  it('offers GraphQL and the Local API nothing of another company’s figures', async () => {
    for (const who of ['company', 'otherCompany'] as const) {
      const gql = await rest.graphql(
        '{ SafetyTallies { docs { tally } } SafetyAnswers { docs { answers } } }',
        tokens[who],
      )
      expect(gql.body.data?.SafetyTallies ?? null, who).toBeNull()
      expect(gql.body.data?.SafetyAnswers ?? null, who).toBeNull()
      const other = who === 'company' ? people.orgB.id : people.orgA.id
      const listed = await rest.graphql(
        `{ BusinessSites(where: { participant: { equals: "${other}" } }) { docs { name code } } }`,
        tokens[who],
      )
      expect(listed.body.data.BusinessSites.docs, who).toEqual([])
    }
    await expect(cms.payload.find({ collection: 'safety-tallies', ...as(people.company) })).rejects.toThrow()
  })

  it('is for the secretariat, any participant, and nobody else', async () => {
    for (const who of ['admin', 'editor'] as const) {
      const res = await report(who, `participant=${people.orgB.id}&period=${periods.closed.id}&format=json`)
      expect(res.status, who).toBe(200)
      expect(res.body.total).toMatchObject({ respondents: 7, complete: true })
    }
    expect((await report('editor', `period=${periods.closed.id}`)).body).toEqual({
      errors: [{ message: 'Say which participant: ?participant=<organisation id>' }],
    })
    for (const who of ['member', 'otherMember', 'translator', 'assist'] as const)
      expect((await report(who, own())).status, who).toBe(403)
    expect((await report(undefined, own())).status).toBe(401)
    // An organisation that is no participant and has no site has no report.
    const outsider = await cms.payload.create({
      collection: 'organisations',
      data: { name: 'Outsider', slug: 'outsider-org', category: 'business', joinedAt: '2024-04-01' },
    })
    expect((await report('editor', `participant=${outsider.id}&period=${periods.closed.id}`)).status).toBe(404)
  })

  it('is refused while the period is open, and for a period that does not exist', async () => {
    const open = await report('company', `period=${periods.open.id}`)
    expect([open.status, open.body]).toEqual([
      409,
      { errors: [{ message: 'Figures are given once the period has ended' }] },
    ])
    expect((await report('editor', `participant=${people.orgA.id}&period=${periods.open.id}`)).status).toBe(409)
    expect((await report('company', 'period=no-such-period')).status).toBe(400)
    expect((await report('company', '')).body).toEqual({ errors: [{ message: 'Say which period: ?period=<id>' }] })
  })

  it('refuses hostile parameters with a reason, and escapes what it shows', async () => {
    const refused: [string, string][] = [
      [`participant[equals]=${people.orgA.id}&period=${periods.closed.id}`, 'participant is the id'],
      [`participant=%3Cscript%3E&period=${periods.closed.id}`, 'participant is the id'],
      [`participant=${'a'.repeat(5000)}&period=${periods.closed.id}`, 'participant is the id'],
      [`period=${periods.closed.id}%0D%0ASet-Cookie:%20x=1`, 'Say which period'],
      [`period[in][]=${periods.closed.id}`, 'Say which period'],
      [own('&lang=fr'), 'lang is one of: ja, en'],
      [own('&lang[]=ja'), 'lang is one of: ja, en'],
      [own('&format=pdf'), 'format is one of: html, json'],
    ]
    for (const [query, message] of refused) {
      const res = await report('company', query)
      expect(res.status, query).toBe(400)
      expect(JSON.stringify(res.body), query).toContain(message)
    }
    const html: string = (await report('otherCompany', `period=${periods.closed.id}`)).body
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;工場')
    expect(html).not.toContain('<script>alert(1)')
  })
})

describe('the secretariat’s totals for a fiscal year', () => {
  const fy = year - 2

  it('count every site of the periods ended in the fiscal year, April to March', async () => {
    const res = await yearOf('editor', `fiscalYear=${fy}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ fiscalYear: fy, from: `${fy}-04-01`, to: `${fy + 1}-03-31`, notEnded: [] })
    expect(res.body.periods.map((p: any) => p.label)).toEqual(['前々期', '前期'])
    expect(res.body.questions.map((q: any) => q.key)).toEqual(['passport', 'wages', 'added'])
  })

  it('leave out the small site the company totals would otherwise give away', async () => {
    const { figures } = (await yearOf('admin', `fiscalYear=${fy}`)).body
    // Big 5 + B3 5 (before), big 6 + B 7 (closed); the small site's 2 are left out: with them,
    // 25 − 5 − 5 − 6 − 7 would be exactly those two workers.
    expect(figures).toMatchObject({ enough: true, respondents: 23, complete: false })
    const totals = await Promise.all(
      [people.orgA.id, people.orgB.id].flatMap((participant) =>
        [periods.before.id, periods.closed.id].map(
          async (period) =>
            (await report('admin', `participant=${participant}&period=${period}&format=json`)).body.total,
        ),
      ),
    )
    const known = totals.reduce((sum, t) => sum + (t.enough ? t.respondents : 0), 0)
    expect(figures.respondents - known).toBe(0)
    // Respondents per language over the same people; none below the threshold on its own.
    expect(figures.languages).toEqual({
      shown: [
        { language: 'ja', respondents: 7 },
        { language: 'vi', respondents: 6 },
        { language: 'my', respondents: 5 },
        { language: 'tl', respondents: 5 },
      ],
      other: 0,
    })
    expect(figures.questions[0]).toMatchObject({ key: 'passport', yes: 2 + 5 + 4 + 1, answered: 23 })
    expect(figures.questions[2]).toEqual({ key: 'added', yes: null, share: null, answered: null })
  })

  it('say which periods of the year have not ended, and count none of them', async () => {
    const res = await yearOf('editor', `fiscalYear=${year + 1}`)
    expect(res.body.periods).toEqual([])
    expect(res.body.notEnded.map((p: any) => p.label)).toEqual(['今期'])
    expect(res.body.figures.enough).toBe(false)
  })

  it('are the secretariat’s only, and refuse a year that is not one', async () => {
    for (const who of ['company', 'otherCompany', 'member', 'translator', 'assist'] as const)
      expect((await yearOf(who, `fiscalYear=${fy}`)).status, who).toBe(403)
    expect((await yearOf(undefined, `fiscalYear=${fy}`)).status).toBe(401)
    for (const bad of [
      '',
      'fiscalYear=26',
      'fiscalYear=1999',
      'fiscalYear[]=2026',
      'fiscalYear=2026%0D%0A',
      'fiscalYear=<b>',
    ])
      expect((await yearOf('editor', bad)).body, bad).toEqual({
        errors: [{ message: 'Say which fiscal year: ?fiscalYear=2026 (April 2026 to March 2027)' }],
      })
  })
})
