/**
 * Interface text in the admin build, as a translator meets it: the documents listed, one group of
 * keys opened in their language with each key, its note and the built-in text to correct; the
 * side-by-side view from the status page. (Who may write what: tests/int/interfaceTextCms.int.test.ts.)
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

const base = inject('adminURL')
const PASSWORD = 'mirai-demo-2026'
const tokens: Record<string, string> = {}

async function login(role: string) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@demo.jp-mirai.org`, password: PASSWORD }),
  })
  expect(res.status, `${role} login`).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function page(path: string, role?: string) {
  const res = await fetch(`${base}${path}`, {
    redirect: 'manual',
    headers: role
      ? { cookie: `payload-token=${tokens[role]}`, 'sec-fetch-site': 'same-origin', 'accept-language': 'en' }
      : {},
  })
  return {
    status: res.status,
    location: res.headers.get('location'),
    html: (await res.text()).replaceAll('<!-- -->', ''),
  }
}

let nav: string
beforeAll(async () => {
  tokens.translator = await login('translator')
  const res = await fetch(`${base}/api/interface-text?where[namespace][equals]=nav&depth=0`, {
    headers: { authorization: `JWT ${tokens.translator}` },
  })
  nav = String(((await res.json()) as { docs: { id: string }[] }).docs[0]!.id)
})

describe('interface text in the admin', () => {
  it('lists the groups of keys and opens one in the translator’s language, key by key with its note', async () => {
    const list = await page('/admin/collections/interface-text', 'translator')
    expect(list.status).toBe(200)
    expect(list.html).toContain(`/admin/collections/interface-text/${nav}`)
    const edit = await page(`/admin/collections/interface-text/${nav}?locale=vi`, 'translator')
    expect(edit.status).toBe(200)
    expect(edit.html).toContain('nav.home')
    expect(edit.html).toContain('Link to the home page of the language')
    expect(edit.html).toContain('Trang chủ')
  })

  it('opens the side-by-side view from the status page: the code’s English beside the Vietnamese', async () => {
    // Nothing to do in it on a fresh install: it shows among every document, not in the queue.
    const queue = await page('/admin/translations', 'translator')
    expect(queue.html).not.toContain(`/admin/translations/interface-text/${nav}/vi`)
    const status = await page('/admin/translations?show=all', 'translator')
    expect(status.html).toContain(`href="/admin/translations/interface-text/${nav}/vi"`)
    const view = await page(`/admin/translations/interface-text/${nav}/vi`, 'translator')
    expect(view.status).toBe(200)
    expect(view.html).toMatch(/<td lang="en"[^>]*>Home<\/td>/)
    expect(view.html).toMatch(/<td lang="vi"[^>]*>Trang chủ<\/td>/)
  })
})
