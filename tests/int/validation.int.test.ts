import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, paragraph, pdfFile } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { restClient } from './helpers/rest'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.close()
})

/** The field errors Payload reports for a rejected operation, as { path: message }. */
async function fieldErrors(operation: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await operation
  } catch (error: any) {
    const errors: { path: string; message: string }[] = error?.data?.errors ?? []
    if (errors.length === 0) throw error
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  throw new Error('expected the operation to be rejected')
}

async function errorMessage(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error: any) {
    return String(error?.message)
  }
  throw new Error('expected the operation to be rejected')
}

const video = (youtubeId: string, slug: string) =>
  cms.payload.create({
    collection: 'videos',
    locale: 'ja',
    data: { title: '動画', youtubeId, slug, _status: 'published' } as never,
  })

describe('videos', () => {
  it('stores the id when an editor pastes a full YouTube address', async () => {
    const doc: any = await video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s', 'yt-full-url')
    expect(doc.youtubeId).toBe('dQw4w9WgXcQ')
    const short: any = await video('https://youtu.be/dQw4w9WgXcQ', 'yt-short-url')
    expect(short.youtubeId).toBe('dQw4w9WgXcQ')
  })

  it('rejects an address that is not a YouTube video, naming it', async () => {
    const errors = await fieldErrors(video('https://vimeo.com/12345', 'yt-bad'))
    expect(errors.youtubeId).toMatch(/"https:\/\/vimeo.com\/12345" is not a YouTube video address or id/)
  })

  it('requires a YouTube video or an uploaded file', async () => {
    const errors = await fieldErrors(
      cms.payload.create({ collection: 'videos', locale: 'ja', data: { title: '動画', slug: 'no-source' } as never }),
    )
    expect(errors.youtubeId).toMatch(/needs a YouTube address or an uploaded video file/)
  })

  it('reports the same error to REST clients with status 400', async () => {
    const rest = restClient(cms.config)
    await cms.payload.create({
      collection: 'users',
      data: { email: 'ed@test.example', password: 'pw-123456', role: 'editor' } as never,
    })
    const token = await rest.login('ed@test.example', 'pw-123456')
    const res = await rest.request('POST', 'videos?locale=ja', {
      token,
      body: { title: '動画', slug: 'rest-bad', youtubeId: 'not a video' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/is not a YouTube video address or id/)
  })
})

describe('events', () => {
  const event = (start: string, end: string, extra: Record<string, unknown> = {}) =>
    cms.payload.create({
      collection: 'events',
      locale: 'ja',
      data: {
        title: 'セミナー',
        slug: `ev-${Math.random().toString(36).slice(2, 8)}`,
        kind: 'seminar',
        audience: 'public',
        start,
        end,
        online: true,
        ...extra,
      } as never,
    })

  it('rejects an event that ends before it starts', async () => {
    const errors = await fieldErrors(event('2026-12-01T14:00:00+09:00', '2026-12-01T13:00:00+09:00'))
    expect(errors.end).toBe('The event must end after it starts')
  })

  it('rejects a registration deadline after the start', async () => {
    const errors = await fieldErrors(
      event('2026-12-01T14:00:00+09:00', '2026-12-01T16:00:00+09:00', {
        registrationDeadline: '2026-12-02T00:00:00+09:00',
      }),
    )
    expect(errors.registrationDeadline).toMatch(/before the event starts/)
  })

  it('accepts a well-formed event and keeps the Tokyo time zone', async () => {
    const doc: any = await event('2026-12-01T14:00:00+09:00', '2026-12-01T16:00:00+09:00')
    expect(new Date(doc.start).toISOString()).toBe('2026-12-01T05:00:00.000Z')
    expect(doc.start_tz).toBe('Asia/Tokyo')
  })
})

describe('slugs and taxonomies', () => {
  it('rejects a duplicate slug with a message naming it', async () => {
    await createArticle(cms.payload, { slug: 'overtime-rules' })
    const errors = await fieldErrors(createArticle(cms.payload, { slug: 'overtime-rules' }))
    expect(errors.slug).toBe('Slug "overtime-rules" is already used by another document in this collection')
  })

  it('rejects a slug with non-ASCII characters', async () => {
    const errors = await fieldErrors(createArticle(cms.payload, { slug: '残業' }))
    expect(errors.slug).toMatch(/may contain only lowercase letters/)
  })

  it('derives the slug from the English title when left empty', async () => {
    const doc: any = await cms.payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Paid Leave: Your Rights!', body: paragraph('x'), category: 'work-and-wages' } as never,
    })
    expect(doc.slug).toBe('paid-leave-your-rights')
  })

  it('rejects an unknown category', async () => {
    const errors = await fieldErrors(createArticle(cms.payload, { category: 'celebrity-gossip' }))
    expect(errors.category).toMatch(/invalid selection/i)
  })
})

describe('uploads', () => {
  it('requires alt text on images', async () => {
    const errors = await fieldErrors(
      cms.payload.create({ collection: 'media', locale: 'ja', data: {} as never, file: await imageFile('no-alt.png') }),
    )
    expect(Object.keys(errors)).toContain('alt')
  })

  it('rejects an image over the size limit before storing it', async () => {
    const small = await imageFile('huge.jpg', { format: 'jpeg' })
    const data = Buffer.concat([small.data, Buffer.alloc(11 * 1024 * 1024)])
    const message = await errorMessage(
      cms.payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: '大きすぎる画像' } as never,
        file: { ...small, data, size: data.length },
      }),
    )
    expect(message).toMatch(/"huge.jpg" is 11(\.\d)? MB; image\/jpeg files may be at most 10 MB here/)
    const stored = await cms.payload.find({ collection: 'media', where: { filename: { like: 'huge' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('rejects a file type the collection does not take', async () => {
    const message = await errorMessage(
      cms.payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: 'PDF' } as never,
        file: pdfFile('flyer.pdf'),
      }),
    )
    expect(message).toBe(
      '"flyer.pdf" is a application/pdf file; this collection takes image/jpeg, image/png, image/webp, image/avif, image/gif, video/mp4, video/webm',
    )
    const stored = await cms.payload.find({ collection: 'media', where: { filename: { equals: 'flyer.pdf' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('checks the real content, not just the declared type', async () => {
    const pdf = pdfFile('disguised.png')
    const message = await errorMessage(
      cms.payload.create({
        collection: 'media',
        locale: 'ja',
        data: { alt: '偽の画像' } as never,
        file: { ...pdf, mimetype: 'image/png' },
      }),
    )
    expect(message).toMatch(/invalid|mime|type/i)
    const stored = await cms.payload.find({ collection: 'media', where: { filename: { like: 'disguised' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('takes a PDF in documents, with its language', async () => {
    const doc: any = await cms.payload.create({
      collection: 'documents',
      data: { title: 'Flyer (Vietnamese)', language: 'vi' } as never,
      file: pdfFile('flyer-vi.pdf'),
    })
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.language).toBe('vi')
  })
})
