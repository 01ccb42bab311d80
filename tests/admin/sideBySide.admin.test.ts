/**
 * The side-by-side view in the admin build, as a translator meets it: from the translation status
 * page, a cell of their language opens the source beside the translation with the source's
 * changed words struck through and underlined; other languages and other accounts are refused.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminPage, signIn } from './session'

const base = inject('adminURL')
const tokens: Record<string, string> = {}
const login = signIn
const page = (path: string, role?: string) => adminPage(path, role ? tokens[role] : undefined)

async function api(method: string, path: string, role: string, body: unknown) {
  const res = await fetch(`${base}/api/${path}`, {
    method,
    headers: { authorization: `JWT ${tokens[role]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, `${method} ${path} as ${role}`).toBe(method === 'POST' ? 201 : 200)
  return (await res.json()) as any
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

let id: string
beforeAll(async () => {
  for (const role of ['editor', 'translator', 'member']) tokens[role] = await login(role)
  const created = await api('POST', 'articles?locale=ja', 'editor', {
    title: '残業代の計算',
    summary: '残業代の計算方法。',
    body: paragraph('残業代は通常の25%増しです。'),
    slug: `overtime-side-by-side-${Date.now()}`,
    category: 'work-and-wages',
    _status: 'published',
  })
  id = String(created.doc.id)
  await api('PATCH', `articles/${id}?locale=vi`, 'translator', {
    title: 'Cách tính tiền làm thêm giờ',
    summary: 'Cách tính tiền làm thêm giờ.',
    body: paragraph('Tiền làm thêm giờ được cộng thêm 25%.'),
  })
  await api('PATCH', `articles/${id}?locale=ja`, 'editor', { body: paragraph('残業代は25%以上増しです。') })
})

describe('the side-by-side view', () => {
  it('opens from the status page and marks the source words changed since the translation', async () => {
    const status = await page('/admin/translations', 'translator')
    expect(status.status).toBe(200)
    const link = status.html.match(new RegExp(`href="(/admin/translations/articles/${id}/vi)"`))?.[1]
    expect(link, 'the vi cell links to the side-by-side view').toBeDefined()
    // A language not yet translated opens it too, to translate from the source.
    expect(status.html).toContain(`href="/admin/translations/articles/${id}/my"`)

    const view = await page(link!, 'translator')
    expect(view.status).toBe(200)
    expect(view.html).toContain('残業代の計算')
    expect(view.html).toMatch(/<del[^>]*>通常の<\/del>/)
    expect(view.html).toMatch(/<ins[^>]*>以上<\/ins>/)
    // Only the changed words are marked; the rest of the sentence is plain.
    expect(view.html.match(/<(ins|del)\b/g)).toHaveLength(2 + 2) // the legend's two, the diff's two
    const html = view.html.replaceAll('<!-- -->', '')
    expect(html).toMatch(/<td lang="ja"[^>]*>残業代は<del[^>]*>通常の<\/del>25%<ins[^>]*>以上<\/ins>増しです。<\/td>/)
    expect(html).toMatch(/<td lang="vi"[^>]*>Tiền làm thêm giờ được cộng thêm 25%.<\/td>/)
    expect(view.html).toContain('since the version this translation was made from')
  })

  it("refuses a translator another language, and accounts that are not the team's", async () => {
    const en = await page(`/admin/translations/articles/${id}/en`, 'translator')
    expect(en.html).toContain('You translate vi, my, not en: ask the secretariat to assign it to you.')
    expect(en.html).not.toContain('通常の')
    const member = await page(`/admin/translations/articles/${id}/vi`, 'member')
    expect(member.html).toContain('The side-by-side view is for the secretariat and translators.')
    expect(member.html).not.toContain('通常の')
    const anonymous = await page(`/admin/translations/articles/${id}/vi`)
    expect(anonymous.html).not.toContain('通常の')
    expect(anonymous.status === 307 ? anonymous.location : anonymous.status).toEqual(
      anonymous.status === 307 ? expect.stringContaining('/admin/login') : 200,
    )
  })
})
