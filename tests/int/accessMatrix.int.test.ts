/**
 * The access matrix (hardening issue): for every collection and global, every role — anonymous,
 * member, member of another organisation, translator, editor, admin — tries every operation that
 * applies — read, create, update, delete, read versions, restore a version, download the file,
 * lock the document — through REST, and the outcome must be the one written here. A collection
 * or global the table does not list fails the test: a new one needs its rules decided here.
 *
 * Each row is the set of operations a role may perform, as letters: R read, C create, U update,
 * D delete, V versions, X restore, F file, L lock.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { SENDING_COUNTRIES } from '@mirai/content-schemas/taxonomies'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, imageFile, paragraph, pdfFile, PASSWORD, type People } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { restClient, uploadForm as multipart, type RestClient } from './helpers/rest'

const ROLES = ['anonymous', 'member', 'otherMember', 'translator', 'editor', 'admin', 'company', 'assist'] as const
type Role = (typeof ROLES)[number]
const OPS = {
  R: 'read',
  C: 'create',
  U: 'update',
  D: 'delete',
  V: 'versions',
  X: 'restore',
  F: 'file',
  L: 'lock',
} as const
type Op = keyof typeof OPS

let cms: TestCms
let people: People
let rest: RestClient
const tokens: Partial<Record<Role, string>> = {}
let seq = 0
const unique = (prefix: string) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 7)}`

type Doc = Record<string, any>
type Body = Record<string, unknown> | FormData

interface Case {
  /** Collection or global slug, and what makes this case differ from another of the same slug. */
  slug: string
  variant?: string
  global?: boolean
  /** The operations that exist for it. */
  ops: Op[]
  /** A document as this case describes it, made with access checks off. */
  make?: () => Promise<Doc>
  /** What a role sends to create one. */
  create?: () => Promise<Body> | Body
  /** How the REST API names a document (its id, unless the collection's routes use another key). */
  ref?: (doc: Doc) => string
  /** What a role sends to update the case's document (in Vietnamese, a translator's language). */
  update?: Body | (() => Body | Promise<Body>)
  /** Run after each role's row: frees what only a limited number of documents can hold. */
  cleanup?: () => Promise<void>
  expected: Record<Role, string>
}

const payload = () => cms.payload
const local = (collection: string, data: Doc, locale = 'ja', extra: Doc = {}) =>
  payload().create({
    collection: collection as never,
    locale: locale as never,
    data: data as never,
    ...extra,
  }) as Promise<Doc>

const articleData = () => ({
  title: '記事',
  summary: '要約',
  body: paragraph('本文'),
  slug: unique('article'),
  category: 'work-and-wages',
})
const eventData = (audience: string) => ({
  title: '催し',
  slug: unique('event'),
  kind: 'seminar',
  audience,
  start: '2026-12-10T14:00:00+09:00',
  end: '2026-12-10T16:00:00+09:00',
  online: true,
})
async function freeCountry(): Promise<string> {
  const used = new Set(
    ((await payload().find({ collection: 'countries', pagination: false, depth: 0, draft: true })).docs as Doc[]).map(
      (d) => d.country,
    ),
  )
  const code = SENDING_COUNTRIES.map((c) => c.value).find((c) => !used.has(c))
  if (!code) throw new Error('no sending country left for a fixture')
  return code
}
const countryData = async () => ({
  title: '国',
  slug: unique('country'),
  country: await freeCountry(),
  sendingScheme: paragraph('制度'),
  recruitmentFees: paragraph('手数料'),
})
const goodPracticeData = () => ({
  title: '好事例',
  slug: unique('gp'),
  number: 1000 + ++seq,
  organisation: people.orgA.id,
  commitments: ['legal-compliance'],
  body: paragraph('本文'),
})
const pageData = () => ({ title: 'Page', slug: unique('page'), kind: 'about', body: paragraph('text') })
const alertData = () => ({
  title: '警報',
  kind: 'typhoon',
  severity: 'warning',
  startsAt: '2026-12-10T00:00:00+09:00',
  endsAt: '2026-12-11T00:00:00+09:00',
})
const newsletterData = (isPublic: boolean) => ({
  kind: 'monthly',
  issueNumber: 5000 + ++seq,
  issueDate: '2026-11-01T00:00:00.000Z',
  subject: '号',
  public: isPublic,
})
const published = { _status: 'published' }
let interfaceTextDoc: Doc | undefined
/** Content with versions to restore: written twice. */
const twice = async (collection: string, data: Doc) => {
  const doc = await local(collection, { ...data, ...published })
  await payload().update({
    collection: collection as never,
    id: doc.id,
    locale: 'ja',
    data: { title: `${data.title ?? ''} 改` } as never,
  })
  return doc
}

const CONTENT_ROWS = {
  anonymous: 'R',
  member: 'R',
  otherMember: 'R',
  translator: 'RUVL',
  editor: 'RCUDVXL',
  admin: 'RCUDVXL',
  company: 'R',
  assist: 'R',
}
const DRAFT_ROWS = {
  anonymous: '',
  member: '',
  otherMember: '',
  translator: 'RUVL',
  editor: 'RCUDVXL',
  admin: 'RCUDVXL',
  company: '',
  assist: '',
}
const MEMBERS_ROWS = {
  anonymous: '',
  member: 'R',
  otherMember: 'R',
  translator: 'RUVL',
  editor: 'RCUDVXL',
  admin: 'RCUDVXL',
  company: '',
  assist: '',
}
const CONTENT_OPS: Op[] = ['R', 'C', 'U', 'D', 'V', 'X', 'L']

function cases(): Case[] {
  return [
    {
      slug: 'articles',
      ops: CONTENT_OPS,
      make: () => twice('articles', articleData()),
      create: () => ({ ...articleData(), ...published }),
      update: { title: 'Bài viết', body: paragraph('Nội dung') },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'articles',
      variant: 'draft',
      ops: CONTENT_OPS,
      make: () =>
        local('articles', articleData()).then(
          async (d) => (
            await payload().update({
              collection: 'articles',
              id: d.id,
              locale: 'ja',
              data: { title: '下書き改' } as never,
            }),
            d
          ),
        ),
      create: articleData,
      update: { title: 'Nháp', body: paragraph('Nội dung') },
      expected: DRAFT_ROWS,
    },
    {
      slug: 'videos',
      ops: CONTENT_OPS,
      make: () => twice('videos', { title: '動画', slug: unique('video'), youtubeId: 'dQw4w9WgXcQ' }),
      create: () => ({ title: '動画', slug: unique('video'), youtubeId: 'dQw4w9WgXcQ', ...published }),
      update: { title: 'Video' },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'countries',
      ops: CONTENT_OPS,
      make: async () => twice('countries', await countryData()),
      create: async () => ({ ...(await countryData()), ...published }),
      update: { title: 'Quốc gia', sendingScheme: paragraph('Chế độ'), recruitmentFees: paragraph('Phí') },
      // One country page per sending country: eight roles would use them all up.
      cleanup: async () => {
        await payload().delete({ collection: 'countries', where: { id: { exists: true } } })
      },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'events',
      ops: CONTENT_OPS,
      make: () => twice('events', eventData('public')),
      create: () => ({ ...eventData('public'), ...published }),
      update: { title: 'Sự kiện' },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'events',
      variant: 'members-only',
      ops: CONTENT_OPS,
      make: () => twice('events', eventData('members-only')),
      create: () => ({ ...eventData('members-only'), ...published }),
      update: { title: 'Sự kiện' },
      expected: MEMBERS_ROWS,
    },
    {
      slug: 'good-practices',
      ops: CONTENT_OPS,
      make: () => twice('good-practices', goodPracticeData()),
      create: () => ({ ...goodPracticeData(), ...published }),
      update: { title: 'Thực tiễn', body: paragraph('Nội dung') },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'pages',
      ops: CONTENT_OPS,
      make: () => twice('pages', pageData()),
      create: () => ({ ...pageData(), ...published }),
      update: { title: 'Trang', body: paragraph('Nội dung') },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'alerts',
      ops: CONTENT_OPS,
      make: () => twice('alerts', alertData()),
      create: () => ({ ...alertData(), ...published }),
      update: { title: 'Cảnh báo', body: 'Ở trong nhà.' },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'alerts',
      variant: 'draft',
      ops: CONTENT_OPS,
      make: () =>
        local('alerts', alertData()).then(
          async (d) => (
            await payload().update({
              collection: 'alerts',
              id: d.id,
              locale: 'ja',
              data: { title: '下書き改' } as never,
            }),
            d
          ),
        ),
      create: alertData,
      update: { title: 'Nháp' },
      expected: DRAFT_ROWS,
    },
    {
      // Made by the server from the code's keys: nobody creates or deletes one (InterfaceText/).
      slug: 'interface-text',
      ops: CONTENT_OPS,
      make: async () => {
        const { docs } = await payload().find({
          collection: 'interface-text' as never,
          where: { namespace: { equals: 'video' } },
          locale: 'vi' as never,
          depth: 0,
        })
        const doc = docs[0] as unknown as Doc
        // A second version, to restore the first.
        await payload().update({
          collection: 'interface-text' as never,
          id: doc.id,
          locale: 'vi' as never,
          data: { strings: (doc.strings as Doc[]).map((row) => ({ id: row.id, text: `${row.text}!` })) } as never,
        })
        return (interfaceTextDoc = doc)
      },
      create: () => ({ namespace: unique('namespace'), ...published }),
      update: () => ({
        strings: (interfaceTextDoc!.strings as Doc[]).map((row) => ({ id: row.id, text: `${row.text} ` })),
      }),
      expected: {
        ...CONTENT_ROWS,
        editor: 'RUVXL',
        admin: 'RUVXL',
      },
    },
    {
      slug: 'newsletters',
      variant: 'public archive',
      ops: CONTENT_OPS,
      make: () => twice('newsletters', { ...newsletterData(true), title: undefined }),
      create: () => ({ ...newsletterData(true), ...published }),
      update: { subject: 'Bản tin' },
      expected: CONTENT_ROWS,
    },
    {
      slug: 'newsletters',
      variant: 'mailing list only',
      ops: CONTENT_OPS,
      make: () => twice('newsletters', { ...newsletterData(false), title: undefined }),
      create: () => newsletterData(false),
      update: { subject: 'Bản tin' },
      expected: DRAFT_ROWS,
    },
    {
      slug: 'tags',
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () => local('tags', { name: 'タグ', slug: unique('tag') }),
      create: () => ({ name: 'タグ', slug: unique('tag') }),
      update: { name: 'Thẻ' },
      expected: {
        anonymous: 'R',
        member: 'R',
        otherMember: 'R',
        translator: 'RUL',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: 'R',
        assist: 'R',
      },
    },
    {
      slug: 'organisations',
      variant: 'listed',
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () =>
        local('organisations', {
          name: '団体',
          slug: unique('org'),
          category: 'business',
          joinedAt: '2021-04-01',
          public: true,
        }),
      create: () => ({ name: '団体', slug: unique('org'), category: 'business', joinedAt: '2021-04-01', public: true }),
      update: { name: 'Tổ chức' },
      expected: {
        anonymous: 'R',
        member: 'R',
        otherMember: 'R',
        translator: 'R',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: 'R',
        assist: 'R',
      },
    },
    {
      slug: 'organisations',
      variant: 'unlisted',
      ops: ['R', 'U', 'D', 'L'],
      make: () =>
        local('organisations', {
          name: '非公開団体',
          slug: unique('org'),
          category: 'business',
          joinedAt: '2021-04-01',
          public: false,
        }),
      update: { name: 'Tổ chức' },
      expected: {
        anonymous: '',
        member: 'R',
        otherMember: 'R',
        translator: '',
        editor: 'RUDL',
        admin: 'RUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'media',
      variant: 'used by a published article',
      ops: ['R', 'C', 'U', 'D', 'F', 'L'],
      make: async () => {
        const image = await local('media', { alt: '画像' }, 'ja', { file: await imageFile(`${unique('public')}.png`) })
        await local('articles', { ...articleData(), heroImage: image.id, ...published })
        return image
      },
      create: async () => multipart(await imageFile(`${unique('new')}.png`), { alt: '新しい画像' }),
      update: { alt: 'Ảnh' },
      expected: {
        anonymous: 'RF',
        member: 'RF',
        otherMember: 'RF',
        translator: 'RUFL',
        editor: 'RCUDFL',
        admin: 'RCUDFL',
        company: 'RF',
        assist: 'RF',
      },
    },
    {
      slug: 'media',
      variant: 'used by nothing published',
      ops: ['R', 'U', 'D', 'F', 'L'],
      make: async () => local('media', { alt: '画像' }, 'ja', { file: await imageFile(`${unique('team')}.png`) }),
      update: { alt: 'Ảnh' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: 'RUFL',
        editor: 'RUDFL',
        admin: 'RUDFL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'documents',
      variant: "a members-only event's flyer",
      ops: ['R', 'C', 'U', 'D', 'F', 'L'],
      make: async () => {
        const flyer = await local('documents', { title: 'チラシ', language: 'ja' }, 'ja', {
          file: pdfFile(`${unique('flyer')}.pdf`),
        })
        await local('events', { ...eventData('members-only'), flyers: [flyer.id], ...published })
        return flyer
      },
      create: () => multipart(pdfFile(`${unique('new')}.pdf`), { title: 'New flyer', language: 'en' }),
      update: { description: 'Tờ rơi' },
      expected: {
        anonymous: '',
        member: 'RF',
        otherMember: 'RF',
        translator: 'RF',
        editor: 'RCUDFL',
        admin: 'RCUDFL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'report-attachments',
      variant: "the member's organisation",
      ops: ['R', 'C', 'U', 'D', 'F', 'L'],
      make: () =>
        local('report-attachments', { organisation: people.orgA.id }, 'ja', {
          file: pdfFile(`${unique('attachment')}.pdf`),
        }),
      create: () =>
        multipart(pdfFile(`${unique('new')}.pdf`), { description: 'evidence', organisation: people.orgA.id }),
      update: { description: 'Tệp' },
      expected: {
        anonymous: '',
        member: 'RCUDFL',
        otherMember: 'C',
        translator: '',
        editor: 'RCUDFL',
        admin: 'RCUDFL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'business-sites',
      variant: "a site of the company's own participant",
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () => local('business-sites', { name: '本社工場', prefecture: 'aichi', participant: people.orgA.id }),
      create: () => ({ name: '新工場', prefecture: 'gifu', participant: people.orgA.id }),
      update: { name: 'Nhà máy' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: 'R',
        assist: '',
      },
    },
    {
      slug: 'business-sites',
      variant: "another participant's site",
      ops: ['R', 'U', 'D', 'L'],
      make: () => local('business-sites', { name: '富士工場', prefecture: 'shizuoka', participant: people.orgB.id }),
      update: { name: 'Nhà máy' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RUDL',
        admin: 'RUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'safety-answers',
      ops: ['R', 'C', 'U', 'D'],
      make: async () => {
        const site = await local('business-sites', {
          name: unique('site'),
          prefecture: 'gifu',
          participant: people.orgA.id,
        })
        const year = 2100 + ++seq
        const period = await local('safety-periods', {
          label: `${year}`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-01-31`,
        })
        return local('safety-answers', {
          site: site.id,
          period: period.id,
          language: 'vi',
          answers: { overtime: true },
          day: `${year}-01-15`,
          token: unique('token'),
        })
      },
      create: () => ({ language: 'vi', answers: { overtime: false }, day: '2026-12-01', token: unique('token') }),
      update: { answers: { overtime: false } },
      // Raw answers leave the database only as aggregates: nobody reads or writes them over the API.
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: '',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'safety-tallies',
      ops: ['R', 'C', 'U', 'D'],
      make: async () => {
        const site = await local('business-sites', {
          name: unique('site'),
          prefecture: 'gifu',
          participant: people.orgA.id,
        })
        const year = 2100 + ++seq
        const period = await local('safety-periods', {
          label: `${year}`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-01-31`,
        })
        return local('safety-tallies', {
          site: site.id,
          period: period.id,
          tally: { respondents: 2, questions: { overtime: { yes: 1, answered: 2 } }, languages: { vi: 2 } },
        })
      },
      create: () => ({ tally: { respondents: 99, questions: {}, languages: {} } }),
      update: { tally: { respondents: 99, questions: {}, languages: {} } },
      // What the retention job keeps of deleted answers: as closed as the answers were.
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: '',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'consultation-requests',
      ops: ['R', 'C', 'U', 'D', 'L'],
      // Made as the submission endpoint makes them (its only way in); a status move is the one change.
      make: () =>
        local('consultation-requests', {
          status: 'new',
          method: 'phone',
          contact: '090-1234-5678',
          language: 'vi',
          days: [],
          times: [],
          siteLanguage: 'vi',
        }),
      create: () => ({ method: 'phone', contact: '090-1234-5678', language: 'vi', siteLanguage: 'vi' }),
      update: { status: 'contacted' },
      // Workers' contact details: Assist's counsellors and admins, nobody else; created by no role.
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: 'RUDL',
        company: '',
        assist: 'RUDL',
      },
    },
    {
      slug: 'safety-periods',
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: async () => {
        const year = 2100 + ++seq
        return local('safety-periods', { label: `${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-06-30` })
      },
      create: () => {
        const year = 2100 + ++seq
        return { label: `${year}`, startsOn: `${year}-07-01`, endsOn: `${year}-12-31` }
      },
      update: { label: 'Kỳ' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: 'R',
        assist: '',
      },
    },
    {
      slug: 'activity-reports',
      variant: "the member's draft",
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () =>
        local('activity-reports', {
          title: 'Plan',
          organisation: people.orgA.id,
          kind: 'annual-plan',
          fiscalYear: 2026,
          status: 'draft',
        }),
      create: () => ({ title: 'Plan', organisation: people.orgA.id, kind: 'annual-plan', fiscalYear: 2026 }),
      update: { title: 'Plan (edited)' },
      expected: {
        anonymous: '',
        member: 'RCUDL',
        otherMember: 'C',
        translator: '',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'activity-reports',
      variant: "another organisation's, shared with members",
      ops: ['R', 'U', 'D', 'L'],
      make: () =>
        local('activity-reports', {
          title: 'Report',
          organisation: people.orgB.id,
          kind: 'annual-plan',
          fiscalYear: 2025,
          status: 'accepted',
          visibility: 'members-only',
        }),
      update: { title: 'Report (edited)' },
      expected: {
        anonymous: '',
        member: 'R',
        otherMember: 'R',
        translator: '',
        editor: 'RUDL',
        admin: 'RUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'users',
      variant: "the other member's account",
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () =>
        local('users', {
          email: `${unique('user')}@test.example`,
          password: PASSWORD,
          role: 'member',
          organisation: people.orgB.id,
        }),
      create: () => ({
        email: `${unique('new')}@test.example`,
        password: PASSWORD,
        role: 'member',
        organisation: people.orgB.id,
      }),
      update: { name: 'Renamed' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'R',
        admin: 'RCUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'site-builds',
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () => local('site-builds', { summary: 'build', status: 'succeeded', startedAt: new Date().toISOString() }),
      create: () => ({ summary: 'forged build', status: 'succeeded' }),
      update: { summary: 'rewritten' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RD',
        admin: 'RD',
        company: '',
        assist: '',
      },
    },
    {
      // Old addresses name old slugs, deleted documents' too: the secretariat's alone.
      slug: 'redirects',
      ops: ['R', 'C', 'U', 'D', 'L'],
      make: () => local('redirects', { from: `/ja/${unique('old')}/`, to: '/ja/articles/' }),
      create: () => ({ from: `/ja/${unique('forged')}/`, to: '/ja/' }),
      update: { to: '/ja/events/' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RCUDL',
        admin: 'RCUDL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'build-claims',
      ops: ['R', 'C', 'U', 'D'],
      make: () =>
        local('build-claims', {
          key: `k-${Math.random()}`,
          build: 'b',
          runner: 'host:1',
          heartbeatAt: new Date().toISOString(),
        }),
      create: () => ({ key: 'forged', build: 'b', runner: 'evil:1', heartbeatAt: new Date().toISOString() }),
      update: { runner: 'evil:2' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'R',
        admin: 'R',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'file-usages',
      ops: ['R', 'C', 'U', 'D'],
      make: () => local('file-usages', { source: 'articles:x', file: 'media:y', audience: 'public' }),
      create: () => ({ source: 'articles:x', file: 'media:forged', audience: 'public' }),
      update: { audience: 'members' },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'R',
        admin: 'R',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'payload-locked-documents',
      variant: "an editor's lock on an article",
      ops: ['R', 'U', 'D'],
      make: async () =>
        local('payload-locked-documents', {
          document: { relationTo: 'articles', value: (await local('articles', articleData())).id },
          user: { relationTo: 'users', value: people.editor.id },
        }),
      update: () => ({ user: { relationTo: 'users', value: people.admin.id } }),
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: 'RUD',
        editor: 'RUD',
        admin: 'RUD',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'payload-preferences',
      variant: "the editor's",
      ops: ['R', 'U', 'D'],
      make: () =>
        local('payload-preferences', { key: unique('pref'), value: { columns: [] } }, 'ja', { user: people.editor }),
      // Payload's routes for preferences read and delete by key, and each account sees its own.
      ref: (doc) => doc.key,
      update: { value: { columns: ['forged'] } },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'RUD',
        admin: '',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'payload-jobs',
      ops: ['R', 'C', 'U', 'D'],
      make: () => local('payload-jobs', { taskSlug: 'schedulePublish', input: {} }),
      create: () => ({ taskSlug: 'schedulePublish', input: {} }),
      update: { processing: true },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: '',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'payload-kv',
      ops: ['R', 'C', 'U', 'D'],
      make: () => local('payload-kv', { key: unique('kv'), data: { x: 1 } }),
      create: () => ({ key: unique('kv'), data: {} }),
      update: { data: { y: 1 } },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: '',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'payload-migrations',
      ops: ['R', 'C', 'U', 'D'],
      make: () => local('payload-migrations', { name: unique('migration'), batch: 1 }),
      create: () => ({ name: 'forged', batch: 99 }),
      update: { batch: 2 },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: '',
        company: '',
        assist: '',
      },
    },
    // Globals: read, update (in Vietnamese), lock.
    {
      slug: 'site-settings',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { organisation: { name: 'JP-MIRAI (tiếng Việt)' } },
      expected: {
        anonymous: 'R',
        member: 'R',
        otherMember: 'R',
        translator: 'RUL',
        editor: 'RUL',
        admin: 'RUL',
        company: 'R',
        assist: 'R',
      },
    },
    {
      slug: 'navigation',
      global: true,
      ops: ['R', 'U', 'L'],
      // The labels of the Vietnamese menu (translators may change those, not where it leads).
      update: async () => ({
        items: (((await payload().findGlobal({ slug: 'navigation', locale: 'vi' })) as Doc).items as Doc[]).map(
          (item) => ({ ...item, label: `${item.label}!` }),
        ),
      }),
      expected: {
        anonymous: 'R',
        member: 'R',
        otherMember: 'R',
        translator: 'RUL',
        editor: 'RUL',
        admin: 'RUL',
        company: 'R',
        assist: 'R',
      },
    },
    {
      slug: 'safety-check',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { intro: paragraph('Giới thiệu') },
      expected: {
        anonymous: 'R',
        member: 'R',
        otherMember: 'R',
        translator: 'RUL',
        editor: 'RUL',
        admin: 'RUL',
        company: 'R',
        assist: 'R',
      },
    },
    {
      slug: 'safety-settings',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { threshold: 6 },
      // The threshold and retention are privacy decisions: admins make them, editors see them.
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'R',
        admin: 'RUL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'reporting-periods',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { periods: [] },
      expected: {
        anonymous: '',
        member: 'R',
        otherMember: 'R',
        translator: '',
        editor: 'RUL',
        admin: 'RUL',
        company: '',
        assist: '',
      },
    },
    {
      slug: 'seed-ledger',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { keys: ['forged'] },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: 'R',
        admin: 'R',
        company: '',
        assist: '',
      },
    },
    {
      // Payload's scheduler's record of when each scheduled task was last queued.
      slug: 'payload-jobs-stats',
      global: true,
      ops: ['R', 'U', 'L'],
      update: { stats: { scheduledRuns: {} } },
      expected: {
        anonymous: '',
        member: '',
        otherMember: '',
        translator: '',
        editor: '',
        admin: 'R',
        company: '',
        assist: '',
      },
    },
  ]
}

beforeAll(async () => {
  cms = await startCms()
  people = await createPeople(cms.payload)
  rest = restClient(cms.config)
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await rest.login(people[role].email, PASSWORD)
  // Globals with their required text in Japanese and Vietnamese, so an update in Vietnamese is
  // decided by access, not by validation.
  for (const [locale, name] of [
    ['ja', 'JP-MIRAI'],
    ['vi', 'JP-MIRAI (vi)'],
  ]) {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      locale: locale as never,
      data: { organisation: { name }, consultation: { name: `${name} Assist` } } as never,
    })
  }
  await cms.payload.updateGlobal({
    slug: 'navigation',
    locale: 'vi',
    data: { items: [{ label: 'Bài viết', type: 'section', section: 'articles' }] } as never,
  })
  const check: any = await cms.payload.updateGlobal({
    slug: 'safety-check',
    locale: 'ja',
    data: {
      sections: [
        {
          key: 'work',
          title: '仕事',
          questions: [{ key: 'overtime', severity: 'check', text: paragraph('残業は？') }],
        },
      ],
    } as never,
  })
  await cms.payload.updateGlobal({
    slug: 'safety-check',
    locale: 'vi',
    data: {
      sections: [
        {
          id: check.sections[0].id,
          key: 'work',
          title: 'Công việc',
          questions: [
            { id: check.sections[0].questions[0].id, key: 'overtime', severity: 'check', text: paragraph('Làm thêm?') },
          ],
        },
      ],
    } as never,
  })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const ok = (status: number) => status >= 200 && status < 300
const send = (role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: Body) =>
  rest.request(method, path, {
    token: tokens[role],
    ...(body instanceof FormData ? { formData: body } : body !== undefined ? { body } : {}),
  })

/** What one role may do to one case, as the letters of the operations that succeeded. */
async function row(c: Case, role: Role, doc: Doc | null): Promise<string> {
  const allowed: Op[] = []
  const attempt = async (op: Op, run: () => Promise<boolean>) => {
    if (c.ops.includes(op) && (await run())) allowed.push(op)
  }
  const base = c.global ? `globals/${c.slug}` : c.slug
  const ref = (d: Doc) => (c.ref ? c.ref(d) : d.id)
  await attempt('R', async () => {
    const res = await send(role, 'GET', c.global ? `${base}?depth=0` : `${base}/${ref(doc!)}?depth=0`)
    return ok(res.status) && (c.global || res.body?.id === doc!.id)
  })
  await attempt('C', async () => ok((await send(role, 'POST', `${base}?locale=ja`, await c.create!())).status))
  await attempt('U', async () =>
    ok(
      (
        await send(
          role,
          c.global ? 'POST' : 'PATCH',
          c.global ? `${base}?locale=vi` : `${base}/${doc!.id}?locale=vi`,
          typeof c.update === 'function' ? await c.update() : c.update,
        )
      ).status,
    ),
  )
  await attempt('V', async () => {
    const res = await send(role, 'GET', `${base}/versions?where[parent][equals]=${doc!.id}&depth=0`)
    return ok(res.status) && (res.body?.docs?.length ?? 0) > 0
  })
  await attempt('X', async () => {
    const versions = await payload().findVersions({
      collection: c.slug as never,
      where: { parent: { equals: doc!.id } },
      sort: 'createdAt',
      limit: 1,
    })
    return ok((await send(role, 'POST', `${base}/versions/${versions.docs[0]!.id}?locale=vi`)).status)
  })
  await attempt('F', async () => ok((await send(role, 'GET', `${base}/file/${doc!.filename}`)).status))
  await attempt('L', async () => {
    const res = await send(
      role,
      'POST',
      'payload-locked-documents',
      c.global ? { globalSlug: c.slug } : { document: { relationTo: c.slug, value: doc!.id } },
    )
    if (ok(res.status)) await payload().delete({ collection: 'payload-locked-documents', id: res.body.doc.id })
    return ok(res.status)
  })
  await attempt('D', async () => {
    const victim = await c.make!()
    return ok((await send(role, 'DELETE', `${base}/${ref(victim)}`)).status)
  })
  return allowed.join('')
}

describe('the access matrix', () => {
  it('lists every collection and global of the CMS, with its rules decided', () => {
    const listed = new Set(cases().map((c) => `${c.global ? 'global' : 'collection'}:${c.slug}`))
    const present = [
      ...cms.config.collections.map((c) => `collection:${c.slug}`),
      ...cms.config.globals.map((g) => `global:${g.slug}`),
    ]
    expect(
      present.filter((slug) => !listed.has(slug)),
      'collections and globals without a row in the access matrix',
    ).toEqual([])
  })

  for (const c of cases()) {
    it(`${c.global ? 'global ' : ''}${c.slug}${c.variant ? ` (${c.variant})` : ''}`, async () => {
      const actual: Partial<Record<Role, string>> = {}
      for (const role of ROLES) {
        const doc = c.global ? null : await c.make!()
        actual[role] = await row(c, role, doc)
        await c.cleanup?.()
      }
      const normalise = (rows: Record<Role, string>) =>
        Object.fromEntries(
          ROLES.map((r) => [
            r,
            [...rows[r]]
              .filter((op) => c.ops.includes(op as Op))
              .sort()
              .join(''),
          ]),
        )
      expect(normalise(actual as Record<Role, string>)).toEqual(normalise(c.expected))
    }, 120_000)
  }
})

// Every letter used above is an operation, and every locale the update uses exists.
void LOCALE_CODES
void OPS
