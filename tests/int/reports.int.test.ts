/**
 * A member organisation's activity report from draft to acceptance, through the REST API as the
 * member and the secretariat would drive it from the admin, with the notification emails each
 * step sends arriving at a real SMTP server on localhost.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createPeople, PASSWORD, type People } from './helpers/fixtures'
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
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', EMAIL_FROM: 'secretariat@test.example' })
  cms = await startCms()
  people = await createPeople(cms.payload)
  rest = restClient(cms.config)
  for (const who of ['editor', 'member', 'otherMember'] as const) tokens[who] = await rest.login(people[who].email, PASSWORD)
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})
beforeEach(() => {
  smtp.messages.length = 0
})

const patch = (id: string, who: string, body: Record<string, unknown>) => rest.request('PATCH', `activity-reports/${id}`, { token: tokens[who], body })

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
    expect(toEditors!.subject).toBe('活動報告が提出されました / Activity report submitted: FY2025 first-half report (Sakura Manufacturing)')
    expect((toEditors!.to as any).value.map((a: any) => a.address).sort()).toEqual(['admin@test.example', 'editor@test.example'])
    expect(toEditors!.from!.value[0]!.address).toBe('secretariat@test.example')
    expect(toEditors!.text).toContain(`/admin/collections/activity-reports/${id}`)

    // Submitted: read-only for the member.
    const edit = await patch(id, 'member', { title: 'Changed after submitting' })
    expect(edit.status).toBe(403)

    expect((await patch(id, 'editor', { status: 'in-review' })).status).toBe(200)
    const returned = await patch(id, 'editor', { status: 'returned', reviewComment: 'Please add the number of interpreters.' })
    expect(returned.status).toBe(200)
    const [, toMember] = await smtp.waitFor(2)
    expect(toMember!.subject).toBe('活動報告が差し戻されました / Activity report returned for changes: FY2025 first-half report (Sakura Manufacturing)')
    expect((toMember!.to as any).value.map((a: any) => a.address)).toEqual(['member@test.example'])
    expect(toMember!.text).toContain('Please add the number of interpreters.')

    // Returned: the member edits and resubmits.
    expect((await patch(id, 'member', { title: 'FY2025 first-half report (revised)', status: 'submitted' })).status).toBe(200)
    await smtp.waitFor(3)
    const accepted = await patch(id, 'editor', { status: 'accepted', reviewComment: 'Thank you.' })
    expect(accepted.status).toBe(200)
    const messages = await smtp.waitFor(4)
    expect(messages[3]!.subject).toBe('活動報告が受理されました / Activity report accepted: FY2025 first-half report (revised) (Sakura Manufacturing)')

    // Both sides see every transition: who, when, and the comment.
    const seenByMember = await rest.request('GET', `activity-reports/${id}`, { token: tokens.member })
    const history = seenByMember.body.history.map((h: any) => `${h.from}>${h.to}`)
    expect(history).toEqual(['draft>submitted', 'submitted>in-review', 'in-review>returned', 'returned>submitted', 'submitted>accepted'])
    expect(seenByMember.body.history[2].comment).toBe('Please add the number of interpreters.')
    expect(seenByMember.body.history[0].by.id ?? seenByMember.body.history[0].by).toBe(people.member.id)
    expect(seenByMember.body.history[2].by.id ?? seenByMember.body.history[2].by).toBe(people.editor.id)
    expect(smtp.messages).toHaveLength(4)
  })

  it('refuses forbidden moves with a clear reason and sends nothing', async () => {
    const own = await rest.request('POST', 'activity-reports', { token: tokens.member, body: { title: 'Annual plan', kind: 'annual-plan', fiscalYear: 2026 } })
    const id = own.body.doc.id
    const selfAccept = await patch(id, 'member', { status: 'accepted' })
    expect(selfAccept.status).toBe(403)
    expect(JSON.stringify(selfAccept.body)).toContain('A member cannot move a report from \\"draft\\" to \\"accepted\\"')
    const otherReads = await rest.request('GET', `activity-reports/${id}`, { token: tokens.otherMember })
    expect(otherReads.status).toBe(404)
    const otherEdits = await patch(id, 'otherMember', { title: 'mine now' })
    expect(otherEdits.status).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(0)
  })
})
