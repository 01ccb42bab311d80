/**
 * Newsletters from the CMS to the inbox: each section type rendered in HTML and text, fallback
 * markers, the size limit, the .eml parsed back, the weekly bulletin filling itself around week
 * boundaries in Japan time, and clear refusals of bad input — in the admin (validation) and in
 * the `pnpm newsletter:export` CLI (non-zero exit, nothing written).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { renderIssue, type NewsletterSettings } from '@mirai/cms/newsletter'
import { seed } from '@mirai/cms/seed'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, paragraph } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { startSmtp } from './helpers/smtp'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let cms: TestCms
let out: string
const settings: NewsletterSettings = {
  siteUrl: 'https://portal.example.org',
  from: 'JP-MIRAI <news@example.org>',
  unsubscribe: ['mailto:news@example.org?subject=unsubscribe', 'https://portal.example.org/unsubscribe'],
}

beforeAll(async () => {
  cms = await startCms()
  await seed(cms.payload)
  out = mkdtempSync(path.join(tmpdir(), 'mirai-newsletter-test-'))
}, 120_000)
afterAll(async () => {
  await cms?.close()
  rmSync(out, { recursive: true, force: true })
})

const links = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!)
const images = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0])

describe('rendering an issue', () => {
  it('renders stories and cards for articles, good practices and videos in HTML and text', async () => {
    const { html, text } = await renderIssue(cms.payload, '30', 'en', settings)
    expect(html).toContain('lang="en"')
    expect(html).toContain('<title>JP-MIRAI Newsletter, December 2023</title>')
    // story: kind label, heading and text
    expect(html).toContain('Interview')
    expect(html).toContain('Film director Yusei Naruse on “En no shita no immigré”')
    expect(text).toContain('== Interview: Film director Yusei Naruse on “En no shita no immigré” ==')
    // cards link to the item's page on the site, in the same language
    for (const url of [
      'https://portal.example.org/en/good-practices/good-practice-13/',
      'https://portal.example.org/en/articles/jp-mirai-safety-self-check/',
      'https://portal.example.org/en/videos/your-rights-at-work/',
    ]) {
      expect(links(html)).toContain(url)
      expect(text).toContain(url)
    }
    expect(html).toContain('This month’s good practice.')
  })

  it('marks a story that is not translated and shows it in the fallback language, with its lang', async () => {
    const { html, text } = await renderIssue(cms.payload, '30', 'id', settings)
    expect(html).toContain('Belum diterjemahkan (ditampilkan dalam English)')
    expect(html).toMatch(/<div lang="en"><h2[^>]*>Film director Yusei Naruse/)
    expect(text).toContain('[Belum diterjemahkan (ditampilkan dalam English)]')
    // The translated story carries no marker.
    expect(html).toContain('Situs web kami diperbarui')
  })

  it('stays under 100 KB, works without images (alt text) and links only to absolute addresses', async () => {
    for (const [ref, lang] of [
      ['30', 'ja'],
      ['30', 'vi'],
      ['101', 'en'],
    ] as const) {
      const { html } = await renderIssue(cms.payload, ref, lang, settings)
      expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024)
      expect(html).not.toMatch(/fonts\.googleapis|@import/)
      for (const href of links(html)) expect(href, href).toMatch(/^(https:\/\/portal\.example\.org\/|mailto:)/)
      for (const img of images(html)) {
        expect(img).toMatch(/\salt="[^"]+"/)
        expect(img).toMatch(/\ssrc="https:\/\/portal\.example\.org\/media\//)
      }
    }
  })

  it('refuses an issue too large for mail clients', async () => {
    const long = paragraph('長い文章です。'.repeat(400))
    await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      data: {
        kind: 'monthly',
        issueNumber: 900,
        issueDate: '2026-01-15',
        subject: '大きすぎる号',
        sections: Array.from({ length: 20 }, (_, i) => ({
          blockType: 'story',
          kind: 'message',
          heading: `見出し${i}`,
          body: long,
        })),
      } as never,
    })
    await expect(renderIssue(cms.payload, '900', 'ja', settings)).rejects.toThrow(
      /The email is \d+ KB of HTML; mail clients clip messages over 100 KB/,
    )
  })

  it('exports an .eml that parses back with the same subject, both parts and the list headers', async () => {
    const { eml, text } = await renderIssue(cms.payload, '30', 'vi', settings)
    const mail = await simpleParser(eml)
    expect(mail.subject).toBe('Bản tin JP-MIRAI tháng 12/2023')
    expect(mail.text?.trim()).toBe(text.trim())
    expect(mail.html).toContain('Bản tin JP-MIRAI tháng 12/2023')
    expect(mail.headers.get('content-language')).toBe('vi')
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toContain(
      '<https://portal.example.org/unsubscribe>',
    )
    const headers = eml.toString().replace(/\r\n[ \t]+/g, ' ')
    expect(headers).toMatch(
      /^List-Unsubscribe: <mailto:news@example\.org\?subject=unsubscribe>, <https:\/\/portal\.example\.org\/unsubscribe>/m,
    )
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    expect(eml.toString()).toMatch(/^Content-Type: multipart\/alternative/m)
    expect(mail.from?.value[0]?.address).toBe('news@example.org')
  })
})

describe('the weekly bulletin', () => {
  it('fills itself with the events of the next N weeks and the articles since the last bulletin, in Japan time', async () => {
    const event = (slug: string, start: string, audience = 'public') =>
      cms.payload.create({
        collection: 'events',
        locale: 'ja',
        data: {
          title: slug,
          slug,
          kind: 'seminar',
          audience,
          start,
          end: new Date(Date.parse(start) + 3600_000).toISOString(),
          online: true,
          _status: 'published',
        } as never,
      })
    await event('sunday-night-before', '2030-06-02T23:30:00+09:00')
    const first = await event('monday-midnight', '2030-06-03T00:00:00+09:00')
    const members = await event('members-meeting', '2030-06-10T19:00:00+09:00', 'members-only')
    await event('third-week', '2030-06-17T10:00:00+09:00')
    const article = (slug: string, publishedAt: string) => createArticle(cms.payload, { slug, publishedAt })
    await article('before-last-bulletin', '2030-05-26T23:59:00+09:00')
    const sinceLast = await article('since-last-bulletin', '2030-05-27T00:00:00+09:00')
    const sundayNight = await article('sunday-night', '2030-06-02T23:59:00+09:00')
    await article('this-monday', '2030-06-03T00:00:00+09:00')
    // The bulletin that went out on 27 May.
    await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      data: {
        kind: 'weekly',
        issueNumber: 500,
        issueDate: '2030-05-27',
        subject: '5月27日週',
        bulletinWeek: '2030-05-27T00:00:00+09:00',
        _status: 'published',
      } as never,
    })

    const bulletin: any = await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      // Any day of the week will do: Wednesday.
      data: {
        kind: 'weekly',
        issueNumber: 501,
        subject: '6月3日週',
        bulletinWeek: '2030-06-05T12:00:00+09:00',
        weeksAhead: 2,
        fillBulletin: true,
      } as never,
      depth: 0,
    })
    const names = new Map<string, string>([
      [String(first.id), 'monday-midnight'],
      [String(members.id), 'members-meeting'],
      [String(sundayNight.id), 'sunday-night'],
      [String(sinceLast.id), 'since-last-bulletin'],
    ])
    expect(
      bulletin.sections.map((s: any) => names.get(String(s.item.value)) ?? `${s.item.relationTo}:${s.item.value}`),
    ).toEqual(['monday-midnight', 'members-meeting', 'sunday-night', 'since-last-bulletin'])
    expect(new Date(bulletin.issueDate).toISOString()).toBe('2030-06-02T15:00:00.000Z')

    const { text } = await renderIssue(cms.payload, String(bulletin.id), 'ja', settings)
    expect(text).toMatch(/\* members-meeting\n {2}.*会員限定/)
  })
})

describe('bad input', () => {
  const rejected = async (p: Promise<unknown>) => {
    try {
      await p
    } catch (error: any) {
      return JSON.stringify(error.data ?? error.message)
    }
    throw new Error('expected a refusal')
  }

  it('refuses a missing subject and an over-long preheader, saying which and why', async () => {
    const noSubject = await rejected(
      cms.payload.create({
        collection: 'newsletters',
        locale: 'ja',
        data: { kind: 'monthly', issueNumber: 901, issueDate: '2026-02-15', _status: 'published' } as never,
      }),
    )
    expect(noSubject).toContain('subject')
    const long = await rejected(
      cms.payload.create({
        collection: 'newsletters',
        locale: 'ja',
        data: {
          kind: 'monthly',
          issueNumber: 902,
          issueDate: '2026-02-15',
          subject: '件名',
          preheader: 'あ'.repeat(91),
        } as never,
      }),
    )
    expect(long).toContain('The preheader has 91 characters; inboxes show at most 90')
  })

  it('refuses to approve an issue whose card points to an unpublished document', async () => {
    const draft = await createArticle(cms.payload, { title: '下書きの記事', _status: 'draft' })
    const message = await rejected(
      cms.payload.create({
        collection: 'newsletters',
        locale: 'ja',
        data: {
          kind: 'monthly',
          issueNumber: 903,
          issueDate: '2026-03-15',
          subject: '三月号',
          sections: [{ blockType: 'reference', item: { relationTo: 'articles', value: draft.id } }],
          _status: 'published',
        } as never,
      }),
    )
    expect(message).toContain('Card 1 points to \\"下書きの記事\\", which is not published')
  })

  it('says when a card lost its document, or when the issue has no edition in the language', async () => {
    const doomed = await createArticle(cms.payload, { title: '消える記事' })
    await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      data: {
        kind: 'monthly',
        issueNumber: 904,
        issueDate: '2026-04-15',
        subject: '四月号',
        sections: [{ blockType: 'reference', item: { relationTo: 'articles', value: doomed.id } }],
        _status: 'published',
      } as never,
    })
    await cms.payload.delete({ collection: 'articles', id: doomed.id })
    await expect(renderIssue(cms.payload, '904', 'ja', settings)).rejects.toThrow(
      'Card 1 points to a document that was deleted',
    )
    await expect(renderIssue(cms.payload, '30', 'my', settings)).rejects.toThrow(
      'Issue 30 has no Burmese edition (no subject in "my"); its editions: ja, en, id, vi',
    )
  })
})

describe('pnpm newsletter:export', () => {
  const cli = (...args: string[]) => cliWith({}, ...args)
  const cliWith = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'scripts/node_modules/tsx/dist/cli.mjs'),
        path.join(repoRoot, 'scripts/src/newsletter-export.ts'),
        ...args,
      ],
      {
        cwd: path.join(repoRoot, 'scripts'),
        env: { ...process.env, SITE_URL: 'https://portal.example.org', INIT_CWD: out, ...env },
        encoding: 'utf8',
      },
    )
  const cliAsync = (env: Record<string, string>, ...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          path.join(repoRoot, 'scripts/node_modules/tsx/dist/cli.mjs'),
          path.join(repoRoot, 'scripts/src/newsletter-export.ts'),
          ...args,
        ],
        {
          cwd: path.join(repoRoot, 'scripts'),
          env: { ...process.env, SITE_URL: 'https://portal.example.org', INIT_CWD: out, ...env },
        },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })

  it('sends the issue to test addresses through the configured SMTP server', async () => {
    const smtp = await startSmtp()
    try {
      const run = await cliAsync(
        { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' },
        '30',
        '--lang',
        'en',
        '--format',
        'html',
        '--out',
        'sent',
        '--send-test',
        'a@test.example, b@test.example',
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const [mail] = await smtp.waitFor(1)
      expect(mail!.subject).toBe('JP-MIRAI Newsletter, December 2023')
      expect((mail!.to as any).value.map((a: any) => a.address)).toEqual(['a@test.example', 'b@test.example'])
      expect(mail!.html).toContain('Film director Yusei Naruse')
      expect(mail!.text).toContain('== Interview:')
      expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toMatch(/^List-Unsubscribe: </)
    } finally {
      await smtp.close()
    }
    const refused = cliWith({ SMTP_HOST: '' }, '30', '--send-test', 'a@test.example', '--out', 'not-sent')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('newsletter:export: Sending needs an SMTP server')
    expect(existsSync(path.join(out, 'not-sent'))).toBe(false)
  }, 60_000)

  it('writes html, text and eml for an issue number', () => {
    const run = cli('30', '--lang', 'vi', '--format', 'all', '--out', 'issue-30')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readdirSync(path.join(out, 'issue-30')).sort()).toEqual([
      'monthly-30-vi.eml',
      'monthly-30-vi.html',
      'monthly-30-vi.txt',
    ])
    expect(readFileSync(path.join(out, 'issue-30', 'monthly-30-vi.txt'), 'utf8')).toContain(
      'https://portal.example.org/vi/',
    )
  }, 60_000)

  it('exits non-zero with a one-line reason and writes nothing', () => {
    for (const [args, reason] of [
      [
        ['999', '--out', 'bad-1'],
        'newsletter:export: No newsletter issue "999" (give a document id, an issue number or "latest")',
      ],
      [['30', '--lang', 'xx', '--out', 'bad-2'], 'newsletter:export: "xx" is not one of the site\'s languages'],
      [['30', '--lang', 'my', '--out', 'bad-3'], 'newsletter:export: Issue 30 has no Burmese edition'],
      [['30', '--format', 'pdf', '--out', 'bad-4'], 'newsletter:export: Unknown format "pdf" (html, text, eml or all)'],
      [[], 'newsletter:export: usage: pnpm newsletter:export <issue>'],
    ] as const) {
      const run = cli(...args)
      expect(run.status, args.join(' ')).toBe(1)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toContain(reason)
      const dir = path.join(out, args.at(-1) ?? '')
      if (args.length > 0) expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
    }
  }, 120_000)
})
