/**
 * Urgent alerts in the CMS: who may write and publish them through REST, GraphQL and the Local API
 * with access on; what a save refuses (an end before the start, links outside the allow-list,
 * unknown terms, dates out of range, overlong text) leaving the stored alert as it was; what the
 * export publishes (HTML in the text stays text, ended alerts stay out); and how publishing one
 * skips the rebuild debounce and plans builds at its start and end.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { as, createArticle } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
let ctx: SignedIn
const payload = () => ctx.cms.payload

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString()
const alertData = (fields: Record<string, unknown> = {}) => ({
  title: '台風が近づいています',
  body: '外出をひかえてください。',
  kind: 'typhoon',
  severity: 'critical',
  startsAt: hours(-1),
  endsAt: hours(24),
  prefectures: ['tokyo'],
  ...fields,
})
const createAlert = (fields: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') =>
  payload().create({
    collection: 'alerts',
    locale: 'ja',
    data: { ...alertData(fields), _status: status } as never,
  }) as Promise<any>

async function rejected(operation: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await operation
  } catch (error: any) {
    return { status: error?.status ?? 500, message: `${error?.message} ${JSON.stringify(error?.data ?? '')}` }
  }
  throw new Error('expected the operation to be refused')
}

beforeAll(async () => {
  ctx = await startCmsWithPeople()
})
afterAll(async () => {
  await ctx?.cms.close()
})

describe('who may write alerts', () => {
  it('lets editors create and publish one over REST; members, companies, Assist and anonymous readers may not', async () => {
    const { rest, tokens } = ctx
    const created = await rest.request('POST', 'alerts?locale=ja', {
      token: tokens.editor,
      body: { ...alertData(), _status: 'published' },
    })
    expect(created.status).toBe(201)
    for (const who of ['member', 'company', 'assist', 'translator'] as const) {
      const res = await rest.request('POST', 'alerts?locale=ja', {
        token: tokens[who],
        body: { ...alertData(), _status: 'published' },
      })
      expect(res.status, who).toBe(403)
    }
    expect((await rest.request('POST', 'alerts', { body: alertData() })).status).toBe(403)
    const gql = await rest.graphql(
      `mutation { updateAlert(id: "${created.body.doc.id}", data: { title: "<script>x</script>" }) { id } }`,
      tokens.member,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const all = await payload().find({ collection: 'alerts', pagination: false, draft: true, depth: 0, locale: 'ja' })
    expect(all.docs.map((d: any) => [d.id, d.title])).toEqual([[created.body.doc.id, '台風が近づいています']])
  })

  it('shows anonymous readers published alerts only, through REST, GraphQL and the Local API', async () => {
    const live = await createAlert({ title: '公開中' })
    const draft = await createAlert({ title: '下書きの警報' }, 'draft')
    const { rest } = ctx
    const listed = (await rest.request('GET', 'alerts?limit=100')).body.docs.map((d: any) => d.id)
    expect(listed).toContain(live.id)
    expect(listed).not.toContain(draft.id)
    expect((await rest.request('GET', `alerts/${draft.id}`)).status).toBe(404)
    const gql = await rest.graphql('{ Alerts(limit: 100, draft: true) { docs { id } } }')
    expect(gql.body.data.Alerts.docs.map((d: any) => d.id)).not.toContain(draft.id)
    const local = await payload().find({ collection: 'alerts', overrideAccess: false, draft: true, pagination: false })
    expect(local.docs.map((d: any) => d.id)).not.toContain(draft.id)
  })

  it('lets translators write their languages only, and nothing every language shares', async () => {
    const alert = await createAlert({ severity: 'warning' })
    const { rest, tokens } = ctx
    const vi = await rest.request('PATCH', `alerts/${alert.id}?locale=vi`, {
      token: tokens.translator,
      body: {
        title: 'Bão đang đến gần',
        body: 'Hãy ở trong nhà.',
        // Ready for readers: an alert's translation goes live as soon as it is (readyGate.int.test.ts).
        translationReady: true,
        severity: 'info',
        endsAt: hours(1000),
        linkUrl: 'https://evil.example/',
      },
    })
    expect(vi.status).toBe(200)
    const stored: any = await payload().findByID({
      collection: 'alerts',
      id: alert.id,
      locale: 'vi',
      fallbackLocale: false,
    })
    expect(stored).toMatchObject({ title: 'Bão đang đến gần', severity: 'warning', endsAt: alert.endsAt })
    expect(stored.linkUrl ?? null).toBeNull()
    for (const locale of ['ja', 'en', 'all']) {
      const res = await rest.request('PATCH', `alerts/${alert.id}?locale=${locale}`, {
        token: tokens.translator,
        body: { title: 'changed' },
      })
      expect(res.status, locale).toBe(403)
    }
    const local = await rejected(
      payload().update({
        collection: 'alerts',
        id: alert.id,
        locale: 'en',
        data: { title: 'x' },
        ...as(ctx.people.translator),
      }),
    )
    expect(local.status).toBe(403)
    expect((await rest.request('DELETE', `alerts/${alert.id}`, { token: tokens.translator })).status).toBe(403)
    const ja: any = await payload().findByID({ collection: 'alerts', id: alert.id, locale: 'ja' })
    expect(ja.title).toBe('台風が近づいています')
  })

  it('are on the translators’ list: missing until translated, current after', async () => {
    const { translationOverview } = await import('@mirai/cms/translation')
    const alert = await createAlert({ title: '大雪のお知らせ', kind: 'heavy-snow' })
    const cells = async () =>
      (await translationOverview(payload(), { user: ctx.people.translator })).find((row) => row.id === alert.id)?.cells
    expect(await cells()).toMatchObject({ ja: 'source', vi: 'missing', my: 'missing' })
    await ctx.rest.request('PATCH', `alerts/${alert.id}?locale=vi`, {
      token: ctx.tokens.translator,
      body: { title: 'Tuyết rơi dày' },
    })
    expect(await cells()).toMatchObject({ vi: 'current', my: 'missing' })
  })

  it('never lets a translator publish an alert that was never published', async () => {
    const draft = await createAlert({}, 'draft')
    const res = await ctx.rest.request('PATCH', `alerts/${draft.id}?locale=vi`, {
      token: ctx.tokens.translator,
      body: { title: 'Bão', _status: 'published' },
    })
    expect(res.status).toBe(403)
    expect(((await payload().findByID({ collection: 'alerts', id: draft.id })) as any)._status).toBe('draft')
  })
})

describe('what a save refuses, changing nothing', () => {
  const editor = () => as(ctx.people.editor)

  it.each([
    ['an end before the start', { startsAt: hours(5), endsAt: hours(2) }, 'must end after it starts'],
    ['an end at the start', { startsAt: hours(5), endsAt: hours(5) }, 'must end after it starts'],
    ['a javascript: link', { linkUrl: 'javascript:alert(document.cookie)' }, 'is not a web, mail or phone address'],
    ['a data: link', { linkUrl: 'data:text/html,<script>alert(1)</script>' }, 'is not a web, mail or phone address'],
    ['a link with a line break', { linkUrl: 'https://example.org/\r\nSet-Cookie: a=b' }, 'is not a web'],
    ['a protocol-relative link', { linkUrl: '//evil.example/' }, 'is not a web'],
    ['a year out of range', { endsAt: '20260-01-01T00:00:00.000Z' }, ''],
    ['an unknown severity', { severity: 'apocalyptic' }, ''],
    ['a number as severity', { severity: 5 }, ''],
    ['an unknown prefecture', { prefectures: ['atlantis'] }, ''],
    ['an overlong title', { title: 'あ'.repeat(121) }, ''],
    ['an overlong body', { body: 'x'.repeat(501) }, ''],
    ['a huge body', { body: 'x'.repeat(2_000_000) }, ''],
    ['a control character', { title: 'Typhoon\u0007' }, 'control character'],
  ])('refuses %s', async (_what, fields, message) => {
    const alert = await createAlert({ title: '元の警報' })
    const result = await rejected(
      payload().update({ collection: 'alerts', id: alert.id, locale: 'ja', data: fields as never, ...editor() }),
    )
    expect(result.status).toBe(400)
    expect(result.message).toContain(message)
    const stored: any = await payload().findByID({ collection: 'alerts', id: alert.id, locale: 'ja' })
    expect(stored).toMatchObject({
      title: '元の警報',
      startsAt: alert.startsAt,
      endsAt: alert.endsAt,
      severity: 'critical',
    })
    expect(stored.linkUrl ?? null).toBeNull()
  })

  it('refuses a link to a page and an address at once', async () => {
    const article = await createArticle(payload())
    const result = await rejected(
      createAlert({ linkUrl: 'https://example.org/', linkDocument: { relationTo: 'articles', value: article.id } }),
    )
    expect(result.message).toContain('not both')
  })
})

describe('what the export publishes', () => {
  it('keeps HTML in the text as text, links to public pages by slug, and leaves ended alerts out', async () => {
    const article = await createArticle(payload(), { slug: 'typhoon-guide' })
    const hostile = await createAlert({
      title: '<script>alert(1)</script>',
      linkDocument: { relationTo: 'articles', value: article.id },
    })
    const ended = await createAlert({ startsAt: hours(-5), endsAt: hours(-1) })
    const { buildSnapshot } = await import('@mirai/cms/snapshot')
    const { snapshot } = await buildSnapshot(payload())
    const shaped = snapshot.alerts.find((a) => a.id === hostile.id)
    expect(shaped?.translations.ja?.title).toBe('<script>alert(1)</script>')
    expect(shaped?.link).toEqual({ collection: 'articles', slug: 'typhoon-guide' })
    expect(snapshot.alerts.map((a) => a.id)).not.toContain(ended.id)
    const { alert } = await import('@mirai/content-schemas/schemas')
    for (const a of snapshot.alerts) expect(alert.safeParse(a).success).toBe(true)
  })
})

describe('building the site for alerts', () => {
  afterEach(async () => {
    const { rebuildQueue } = await import('@mirai/cms/publish')
    await rebuildQueue(payload()).idle()
    process.env.SITE_REBUILD = 'off'
    await clearBuilds()
  })

  /** Jobs first: a job whose build record is gone would fail when the queue's timer finds it. */
  const clearBuilds = async () => {
    await payload().delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload().delete({ collection: 'site-builds', where: { id: { exists: true } } })
  }
  const rebuildLocally = () =>
    Object.assign(process.env, {
      SITE_REBUILD: 'local',
      SITE_BUILD_COMMAND: `"${process.execPath}" "${path.join(here, 'fixtures/timed-build.mjs')}" "${path.join(ctx.cms.dataDir, 'runs.log')}"`,
      SITE_REBUILD_DEBOUNCE_MS: '60000',
      BUILD_MS: '10',
    })
  const buildJob = async () => {
    const [build] = (await payload().find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })).docs
    return payload().findByID({ collection: 'payload-jobs', id: build!.job!, depth: 0 })
  }

  it('builds an alert at once, skipping the debounce that other publishes wait for', async () => {
    rebuildLocally()
    await createArticle(payload())
    const waiting = await buildJob()
    expect(new Date(waiting.waitUntil!).getTime() - Date.now()).toBeGreaterThan(50_000)
    // The alert joins the waiting build, which now starts at once.
    const before = Date.now()
    await createAlert()
    const now = await buildJob()
    expect(now.id).toBe(waiting.id)
    expect(new Date(now.waitUntil!).getTime()).toBeLessThanOrEqual(Date.now())
    expect(new Date(now.waitUntil!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const { rebuildQueue } = await import('@mirai/cms/publish')
    await rebuildQueue(payload()).idle()
    const [build] = (await payload().find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })).docs
    expect(build!.status).toBe('succeeded')
    expect(build!.changes?.map((c) => c.collection)).toEqual(['articles', 'alerts'])
  })

  it('plans a build at a published alert’s start and end, none for a draft, and a new one when the end moves', async () => {
    rebuildLocally()
    const boundaries = async () =>
      (
        await payload().find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'alertBoundary' } },
          sort: 'waitUntil',
          pagination: false,
          depth: 0,
        })
      ).docs.map((job: any) => [job.queue, job.input.at, new Date(job.waitUntil).toISOString()])
    const draft = await createAlert({ startsAt: hours(2), endsAt: hours(3) }, 'draft')
    expect(await boundaries()).toEqual([])
    const alert = await payload().update({
      collection: 'alerts',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    expect(await boundaries()).toEqual([
      ['default', alert.startsAt, alert.startsAt],
      ['default', alert.endsAt, alert.endsAt],
    ])
    // A change of its text plans nothing new; a later end does.
    await payload().update({
      collection: 'alerts',
      id: alert.id,
      locale: 'ja',
      data: { title: '台風（更新）' } as never,
    })
    expect(await boundaries()).toHaveLength(2)
    const moved = await payload().update({ collection: 'alerts', id: alert.id, data: { endsAt: hours(6) } as never })
    expect((await boundaries()).map(([, at]) => at)).toEqual([alert.startsAt, alert.endsAt, moved.endsAt])
  })

  it('builds when an alert’s start comes, and not for a start that was moved since', async () => {
    rebuildLocally()
    const soon = new Date(Date.now() + 1500).toISOString()
    const alert = await createAlert({ startsAt: soon, endsAt: hours(5) })
    const moved = await createAlert({ startsAt: soon, endsAt: hours(5), title: '移動した警報' })
    await payload().update({ collection: 'alerts', id: moved.id, data: { startsAt: hours(1) } as never })
    const { rebuildQueue } = await import('@mirai/cms/publish')
    await rebuildQueue(payload()).idle()
    await payload().delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
    })
    await payload().delete({ collection: 'site-builds', where: { id: { exists: true } } })
    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload().jobs.run({ queue: 'default' })
    await rebuildQueue(payload()).idle()
    const builds = (await payload().find({ collection: 'site-builds', pagination: false, depth: 0 })).docs
    expect(builds.flatMap((b) => b.changes ?? []).map((c) => [c.docId, c.title])).toEqual([
      [alert.id, '台風が近づいています (starts)'],
    ])
  })
})
