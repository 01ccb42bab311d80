/**
 * Interface text in the admin build, as a translator meets it: the documents listed, one group of
 * keys opened in their language with each key, its note and the built-in text to correct; the
 * side-by-side view from the status page. (Who may write what: tests/int/interfaceTextCms.int.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { adminPage, adminURL, signIn } from './session'

const tokens: Record<string, string> = {}
const page = async (path: string, role: string) => {
  const res = await adminPage(path, tokens[role])
  return { ...res, html: res.html.replaceAll('<!-- -->', '') }
}

let nav: string
beforeAll(async () => {
  tokens.translator = await signIn('translator')
  const res = await fetch(`${adminURL()}/api/interface-text?where[namespace][equals]=nav&depth=0`, {
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
