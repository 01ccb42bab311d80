/**
 * A member organisation's activity report from draft to acceptance, through the REST API as the
 * member and the secretariat would drive it from the admin, with the notification emails each
 * step sends arriving at a real SMTP server on localhost.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { as, createPeople, PASSWORD, pdfFile, type People } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { restClient, type RestClient } from './helpers/rest'
import { startSmtp, type TestSmtp } from './helpers/smtp'

let cms: TestCms
let smtp: TestSmtp
let people: People
let rest: RestClient
const tokens: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startSmtp()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'secretariat@test.example',
  })
  cms = await startCms()
  people = await createPeople(cms.payload)
  rest = restClient(cms.config)
  for (const who of ['editor', 'member', 'otherMember'] as const)
    tokens[who] = await rest.login(people[who].email, PASSWORD)
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})
beforeEach(() => {
  smtp.messages.length = 0
})

const patch = (id: string, who: string, body: Record<string, unknown>) =>
  rest.request('PATCH', `activity-reports/${id}`, { token: tokens[who], body })

describe('the activity report lifecycle', () => {
  it('runs draft → submitted → in review → returned → submitted → accepted, emailing the right people at each step', async () => {
    const created = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'FY2025 first-half report', kind: 'semi-annual-report', fiscalYear: 2025, half: 'first' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // The member reports for their own organisation, whatever they send.
    expect(created.body.doc.organisation).toMatchObject({ id: people.orgA.id })
    expect(created.body.doc.status).toBe('draft')

    expect((await patch(id, 'member', { status: 'submitted' })).status).toBe(200)
    const [toEditors] = await smtp.waitFor(1)
    expect(toEditors!.subject).toBe(
      '活動報告が提出されました / Activity report submitted: FY2025 first-half report (Sakura Manufacturing)',
    )
    expect((toEditors!.to as any).value.map((a: any) => a.address).sort()).toEqual([
      'admin@test.example',
      'editor@test.example',
    ])
    expect(toEditors!.from!.value[0]!.address).toBe('secretariat@test.example')
    expect(toEditors!.text).toContain(`/admin/collections/activity-reports/${id}`)

    // Submitted: read-only for the member.
    const edit = await patch(id, 'member', { title: 'Changed after submitting' })
    expect(edit.status).toBe(403)

    expect((await patch(id, 'editor', { status: 'in-review' })).status).toBe(200)
    const returned = await patch(id, 'editor', {
      status: 'returned',
      reviewComment: 'Please add the number of interpreters.',
    })
    expect(returned.status).toBe(200)
    const [, toMember] = await smtp.waitFor(2)
    expect(toMember!.subject).toBe(
      '活動報告が差し戻されました / Activity report returned for changes: FY2025 first-half report (Sakura Manufacturing)',
    )
    expect((toMember!.to as any).value.map((a: any) => a.address)).toEqual(['member@test.example'])
    expect(toMember!.text).toContain('Please add the number of interpreters.')

    // Returned: the member edits and resubmits.
    expect(
      (await patch(id, 'member', { title: 'FY2025 first-half report (revised)', status: 'submitted' })).status,
    ).toBe(200)
    await smtp.waitFor(3)
    const accepted = await patch(id, 'editor', { status: 'accepted', reviewComment: 'Thank you.' })
    expect(accepted.status).toBe(200)
    const messages = await smtp.waitFor(4)
    expect(messages[3]!.subject).toBe(
      '活動報告が受理されました / Activity report accepted: FY2025 first-half report (revised) (Sakura Manufacturing)',
    )

    // Both sides see every transition: who, when, and the comment.
    const seenByMember = await rest.request('GET', `activity-reports/${id}`, { token: tokens.member })
    const history = seenByMember.body.history.map((h: any) => `${h.from}>${h.to}`)
    expect(history).toEqual([
      'draft>submitted',
      'submitted>in-review',
      'in-review>returned',
      'returned>submitted',
      'submitted>accepted',
    ])
    expect(seenByMember.body.history[2].comment).toBe('Please add the number of interpreters.')
    expect(seenByMember.body.history[0].by.id ?? seenByMember.body.history[0].by).toBe(people.member.id)
    expect(seenByMember.body.history[2].by.id ?? seenByMember.body.history[2].by).toBe(people.editor.id)
    expect(smtp.messages).toHaveLength(4)
  })

  it('refuses forbidden moves with a clear reason and sends nothing', async () => {
    const own = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'Annual plan', kind: 'annual-plan', fiscalYear: 2026 },
    })
    const id = own.body.doc.id
    const selfAccept = await patch(id, 'member', { status: 'accepted' })
    expect(selfAccept.status).toBe(403)
    expect(JSON.stringify(selfAccept.body)).toContain(
      'A member cannot move a report from \\"draft\\" to \\"accepted\\"',
    )
    const otherReads = await rest.request('GET', `activity-reports/${id}`, { token: tokens.otherMember })
    expect(otherReads.status).toBe(404)
    const otherEdits = await patch(id, 'otherMember', { title: 'mine now' })
    expect(otherEdits.status).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(0)
  })
})

describe('after acceptance', () => {
  const section = (text: string) => ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          textFormat: 0,
        },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  })

  async function acceptedReport(title: string) {
    const created = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: {
        title,
        kind: 'semi-annual-report',
        fiscalYear: 2025,
        half: 'second',
        commitments: {
          legalCompliance: section('全員に多言語の労働条件通知書を交付した。'),
          humanRightsAndConditions: section('相談窓口の周知カードを配布した。'),
        },
      },
    })
    const id = created.body.doc.id
    await patch(id, 'member', { status: 'submitted' })
    expect((await patch(id, 'editor', { status: 'accepted' })).status).toBe(200)
    return id
  }

  it('an editor turns an accepted report into a draft good practice, linked both ways', async () => {
    const id = await acceptedReport('Multilingual contracts')
    const res = await patch(id, 'editor', { makeGoodPractice: true })
    expect(res.status).toBe(200)
    const gpId = res.body.doc.goodPractice?.id ?? res.body.doc.goodPractice
    expect(gpId).toBeTruthy()
    const gp: any = await cms.payload.findByID({
      collection: 'good-practices',
      id: gpId,
      draft: true,
      locale: 'ja',
      depth: 0,
    })
    expect(gp._status).toBe('draft')
    expect(gp.title).toBe('Multilingual contracts')
    expect(gp.organisation).toBe(people.orgA.id)
    expect(gp.commitments).toEqual(['legal-compliance', 'human-rights-and-conditions'])
    expect(gp.sourceReport).toBe(id)
    const text = JSON.stringify(gp.body)
    expect(text).toContain('全員に多言語の労働条件通知書を交付した。')
    expect(text).toContain('相談窓口の周知カードを配布した。')
    expect(gp.body.root.children[0]).toMatchObject({ type: 'heading', tag: 'h2' })
    // The public site does not show it until an editor publishes it.
    const publicView = await cms.payload.find({
      collection: 'good-practices',
      where: { id: { equals: gpId } },
      overrideAccess: false,
    })
    expect(publicView.docs).toHaveLength(0)

    const again = await patch(id, 'editor', { makeGoodPractice: true })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('already has a good practice')
  })

  it('refuses to make a good practice of a report that is not accepted', async () => {
    const created = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'Draft plan', kind: 'annual-plan', fiscalYear: 2027 },
    })
    const res = await patch(created.body.doc.id, 'editor', { makeGoodPractice: true })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Only an accepted report can become a good practice')
  })

  it('only the secretariat shares a report with every member', async () => {
    const id = await acceptedReport('Shared practice')
    const byMember = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'Self-shared', kind: 'annual-plan', fiscalYear: 2028, visibility: 'members-only' },
    })
    expect(byMember.status).toBe(403)
    expect(JSON.stringify(byMember.body)).toContain('Only the secretariat shares a report with all members')
    expect((await rest.request('GET', `activity-reports/${id}`, { token: tokens.otherMember })).status).toBe(404)
    expect((await patch(id, 'editor', { visibility: 'members-only' })).status).toBe(200)
    const seen = await rest.request('GET', `activity-reports/${id}`, { token: tokens.otherMember })
    expect(seen.status).toBe(200)
    expect(seen.body.title).toBe('Shared practice')
  })
})

describe("a shared report's attachments", () => {
  // Sharing a report with members shares its text; the evidence uploaded with it (which may hold
  // workers' personal data) stays with the reporting organisation and the secretariat.
  it('stay with the reporting organisation and the secretariat: another member reads the report, but neither lists nor downloads its files', async () => {
    const file = await cms.payload.create({
      collection: 'report-attachments',
      data: { organisation: people.orgA.id, description: 'pay slips' },
      file: pdfFile('pay-slips.pdf'),
    })
    const report = await cms.payload.create({
      collection: 'activity-reports',
      data: {
        title: 'Shared with evidence',
        organisation: people.orgA.id,
        kind: 'annual-plan',
        fiscalYear: 2029,
        status: 'accepted',
        visibility: 'members-only',
        attachments: [file.id],
      },
    })

    // Local API, with the other organisation's member's access.
    const seen = await cms.payload.findByID({
      collection: 'activity-reports',
      id: report.id,
      depth: 1,
      ...as(people.otherMember),
    })
    expect(seen.title).toBe('Shared with evidence')
    expect(seen.attachments).toEqual([file.id])
    const listed = await cms.payload.find({
      collection: 'report-attachments',
      where: { id: { equals: file.id } },
      ...as(people.otherMember),
    })
    expect(listed.docs).toHaveLength(0)
    expect(
      await cms.payload.findByID({
        collection: 'report-attachments',
        id: file.id,
        disableErrors: true,
        ...as(people.otherMember),
      }),
    ).toBeNull()
    expect(
      (
        await cms.payload.find({
          collection: 'report-attachments',
          where: { id: { equals: file.id } },
          ...as(people.member),
        })
      ).docs,
    ).toHaveLength(1)

    // REST, as the admin and the browser ask.
    const viaRest = await rest.request('GET', `activity-reports/${report.id}?depth=1`, { token: tokens.otherMember })
    expect(viaRest.status).toBe(200)
    expect(viaRest.body.title).toBe('Shared with evidence')
    expect(viaRest.body.attachments).toEqual([file.id])
    const list = await rest.request('GET', `report-attachments?where[id][equals]=${file.id}`, {
      token: tokens.otherMember,
    })
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await rest.request('GET', `report-attachments/${file.id}`, { token: tokens.otherMember })).status).toBe(404)
    const download = await rest.request('GET', `report-attachments/file/${file.filename}`, {
      token: tokens.otherMember,
    })
    expect(download.status).toBeGreaterThanOrEqual(403)
    expect(download.bytes.toString('latin1')).not.toContain('%PDF')
    // The organisation that reported, and the secretariat, still open it.
    for (const who of ['member', 'editor'] as const) {
      const own = await rest.request('GET', `report-attachments/file/${file.filename}`, { token: tokens[who] })
      expect(own.status, who).toBe(200)
      expect(own.bytes.toString('latin1').startsWith('%PDF'), who).toBe(true)
    }
  })
})

describe('reporting deadlines', () => {
  it('show a member which of their reports are due, overdue or handed in', async () => {
    const day = 24 * 60 * 60 * 1000
    const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()
    const set = await rest.request('POST', 'globals/reporting-periods', {
      token: tokens.editor,
      body: {
        periods: [
          { kind: 'annual-plan', fiscalYear: 2030, deadline: iso(-10) },
          { kind: 'semi-annual-report', fiscalYear: 2030, half: 'first', deadline: iso(20) },
          { kind: 'semi-annual-report', fiscalYear: 2030, half: 'second', deadline: iso(40) },
        ],
      },
    })
    expect(set.status).toBe(200)
    const draft = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'H1 2030', kind: 'semi-annual-report', fiscalYear: 2030, half: 'first' },
    })
    const handedIn = await rest.request('POST', 'activity-reports', {
      token: tokens.member,
      body: { title: 'H2 2030', kind: 'semi-annual-report', fiscalYear: 2030, half: 'second' },
    })
    await patch(handedIn.body.doc.id, 'member', { status: 'submitted' })

    const due = await rest.request('GET', 'activity-reports/due', { token: tokens.member })
    expect(due.status).toBe(200)
    const mine = due.body.items.filter((i: any) => i.period.fiscalYear === 2030)
    expect(mine.map((i: any) => [i.period.kind, i.period.half ?? null, i.state, i.report?.id ?? null])).toEqual([
      ['annual-plan', null, 'overdue', null],
      ['semi-annual-report', 'first', 'due', draft.body.doc.id],
      ['semi-annual-report', 'second', 'submitted', handedIn.body.doc.id],
    ])
    expect(mine[1].daysLeft).toBe(19)

    // The other organisation owes its own reports: none of these are theirs.
    const theirs = await rest.request('GET', 'activity-reports/due', { token: tokens.otherMember })
    expect(theirs.body.items.filter((i: any) => i.period.fiscalYear === 2030).map((i: any) => i.state)).toEqual([
      'overdue',
      'due',
      'due',
    ])
    expect((await rest.request('GET', 'activity-reports/due')).status).toBe(401)
  })
})
