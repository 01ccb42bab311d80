import { paragraphDoc, paragraphsDoc, textNode } from '@mirai/content-schemas/richtext'
import type { Payload } from 'payload'

export const PASSWORD = 'correct-horse-battery-staple'

export { paragraphDoc, textNode }

/** A one-paragraph Lexical document of plain text. */
export const paragraph = (text: string) => paragraphsDoc(text)

export interface People {
  admin: any
  editor: any
  translator: any
  member: any
  otherMember: any
  /** Staff of orgA, a Collaborative Program participant; otherCompany works for orgB, another one. */
  company: any
  otherCompany: any
  assist: any
  orgA: any
  orgB: any
}

/** One user per role and two member organisations (created with access checks off, as an admin would). */
export async function createPeople(payload: Payload): Promise<People> {
  const orgA = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Sakura Manufacturing',
      slug: 'sakura-manufacturing',
      category: 'business',
      joinedAt: '2021-04-01',
      public: true,
      programme: { participant: true },
    },
  })
  const orgB = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Fuji Support Association',
      slug: 'fuji-support',
      category: 'supervising-or-support-organisation',
      joinedAt: '2022-01-10',
      public: false,
      programme: { participant: true },
    },
  })
  const user = (email: string, role: string, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'users', data: { email, password: PASSWORD, role, ...extra } as never })
  const admin = await user('admin@test.example', 'admin')
  const editor = await user('editor@test.example', 'editor')
  const translator = await user('translator@test.example', 'translator', { languages: ['vi', 'my'] })
  const member = await user('member@test.example', 'member', { organisation: orgA.id })
  const otherMember = await user('other@test.example', 'member', { organisation: orgB.id })
  const company = await user('company@test.example', 'company', { participant: orgA.id })
  const otherCompany = await user('other-company@test.example', 'company', { participant: orgB.id })
  const assist = await user('assist@test.example', 'assist')
  return { admin, editor, translator, member, otherMember, company, otherCompany, assist, orgA, orgB }
}

/** Local API options that apply access control as `user` would meet it. */
export function as(user: unknown) {
  return { user: user as never, overrideAccess: false }
}

export async function createArticle(payload: Payload, overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    locale: 'ja',
    data: {
      title: '最低賃金について',
      summary: '最低賃金の説明です。',
      body: paragraph('最低賃金は都道府県ごとに決まります。'),
      slug: `article-${Math.random().toString(36).slice(2, 10)}`,
      category: 'work-and-wages',
      _status: 'published',
      ...overrides,
    } as never,
  })
}

/** A small solid-colour image of the given type, made with sharp. */
export async function imageFile(name: string, { width = 40, height = 30, format = 'png' as 'png' | 'jpeg' } = {}) {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    [format]()
    .toBuffer()
  return { data, mimetype: `image/${format}`, name, size: data.length }
}

/** A minimal well-formed one-page PDF (Payload checks PDF structure on upload). */
export function pdfFile(name: string) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(body, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
