/**
 * Uploads as their users could attack them (hardening issue, items 1 and 8): what a file is
 * stored as, who may change it, what the CMS serves it as, and that replacing a file never loses
 * the live one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { imageFile } from './helpers/fixtures'
import { startCmsWithPeople, type SignedIn } from './helpers/payload'
import { uploadForm as multipart } from './helpers/rest'

let cms: SignedIn['cms']
let rest: SignedIn['rest']
let tokens: SignedIn['tokens']

beforeAll(async () => {
  ;({ cms, rest, tokens } = await startCmsWithPeople())
})
afterAll(async () => {
  await cms?.close()
})

const mediaDir = () => (cms.payload.collections.media!.config.upload as { staticDir: string }).staticDir

/** A PNG that is also an HTML page: browsers sniffing `hero.html` would run its script. */
async function polyglot(name = 'hero.html') {
  const png = (await imageFile('x.png')).data
  const data = Buffer.concat([png, Buffer.from('<html><body><script>alert(document.domain)</script></body></html>')])
  return { data, name, mimetype: 'image/png', size: data.length }
}

async function image(alt = '元の画像', name = 'original.png') {
  return (await cms.payload.create({
    collection: 'media',
    locale: 'ja',
    data: { alt } as never,
    file: await imageFile(name, { width: 800, height: 600 }),
  })) as any
}

const filesOf = (doc: any): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((s: any) => s?.filename)].filter(Boolean)

describe('hardening 1: a translator cannot put script on the public site (CMS)', () => {
  it('a translator cannot replace the file of an image, which would change it in every language', async () => {
    const doc = await image()
    const before = readFileSync(path.join(mediaDir(), doc.filename))
    const res = await rest.request('PATCH', `media/${doc.id}?locale=vi`, {
      token: tokens.translator,
      formData: multipart(await polyglot(), { alt: 'Ảnh' }),
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(/Ask an editor to replace it/)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id, locale: 'vi' })
    expect(after.filename).toBe(doc.filename)
    expect(after.alt).toBe('元の画像') // nothing of the refused request was saved
    expect(readFileSync(path.join(mediaDir(), doc.filename)).equals(before)).toBe(true)
  })

  it('a translator cannot crop an image or move its focal point, but still writes its alt text', async () => {
    const doc = await image()
    const crop = await rest.request(
      'PATCH',
      `media/${doc.id}?locale=vi&uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10&uploadEdits[crop][unit]=%25`,
      {
        token: tokens.translator,
        body: { alt: 'Ảnh' },
      },
    )
    expect(crop.status).toBe(403)
    const focal = await rest.request('PATCH', `media/${doc.id}?locale=vi`, {
      token: tokens.translator,
      body: { alt: 'Ảnh gốc', focalX: 5, focalY: 95 },
    })
    expect(focal.status).toBe(200)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id, locale: 'vi' })
    expect(after.alt).toBe('Ảnh gốc')
    expect([after.focalX, after.focalY]).toEqual([doc.focalX, doc.focalY])
    expect(after.filename).toBe(doc.filename)
  })

  it('stores a file under the name and type of its content, not the name it came with', async () => {
    const res = await rest.request('POST', 'media?locale=ja', {
      token: tokens.editor,
      formData: multipart(await polyglot(), { alt: 'ヒーロー画像' }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toBe('hero.png')
    expect(res.body.doc.mimeType).toBe('image/png')
    expect(readdirSync(mediaDir()).filter((f) => f.endsWith('.html'))).toEqual([])
  })

  it('refuses content of a type the collection does not take, whatever it is called', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>')
    const res = await rest.request('POST', 'media?locale=ja', {
      token: tokens.editor,
      formData: multipart({ data: html, name: 'innocent.png', mimetype: 'image/png' }, { alt: 'x' }),
    })
    expect(res.status).toBe(415)
    expect(JSON.stringify(res.body)).toMatch(/The content of \\"innocent.png\\" is not a file type the CMS recognises/)
    expect((await cms.payload.find({ collection: 'media', where: { filename: { like: 'innocent' } } })).totalDocs).toBe(
      0,
    )
  })

  it('keeps file metadata server-owned: a client cannot relabel a stored image', async () => {
    const doc = await image()
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      body: {
        mimeType: 'text/html',
        filename: 'hero.html',
        filesize: 1,
        width: 1,
        height: 1,
        url: 'https://evil.example/x.html',
        sizes: { card: { filename: 'x.html' } },
      },
    })
    expect(res.status).toBe(200)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect([after.mimeType, after.filename, after.width, after.height, after.filesize]).toEqual([
      doc.mimeType,
      doc.filename,
      doc.width,
      doc.height,
      doc.filesize,
    ])
    expect(after.sizes.card.filename).toBe(doc.sizes.card.filename)
  })

  it('serves stored files with their real type, nosniff and a sandbox', async () => {
    const doc = await image()
    const res = await rest.request('GET', `media/file/${doc.filename}`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/)
  })

  it('never fetches a file from an address a client gives instead of uploading it', async () => {
    const requests: string[] = []
    const server: Server = createServer((req, res) => {
      requests.push(req.url ?? '')
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(readFileSync(path.join(mediaDir(), readdirSync(mediaDir())[0]!)))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal.png`
    try {
      const res = await rest.request('POST', 'media?locale=ja', {
        token: tokens.editor,
        body: { alt: 'x', filename: 'internal.png', url },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/does not fetch files from addresses/)
      expect(requests).toEqual([])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('hardening 8: a failed upload update keeps the live file', () => {
  it('a replacement with an invalid field answers 400 and changes nothing, files included', async () => {
    const doc = await image('差し替え前')
    const before = readdirSync(mediaDir()).sort()
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      formData: multipart(await imageFile('replacement.png', { width: 700, height: 500 }), { alt: '' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/alt/i)
    expect(readdirSync(mediaDir()).sort()).toEqual(before) // the old files are there, and no orphans
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe(doc.filename)
    expect(after.alt).toBe('差し替え前')
    const served = await rest.request('GET', `media/file/${doc.filename}`, { token: tokens.editor })
    expect(served.status).toBe(200)
  })

  it('a valid replacement swaps the files and says so in its answer', async () => {
    const doc = await image('差し替え', 'swap-me.png')
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      formData: multipart(await imageFile('new-picture.jpeg', { width: 900, height: 400, format: 'jpeg' }), {
        alt: '新しい画像',
      }),
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.filename).toBe('new-picture.jpg')
    expect(res.body.doc.mimeType).toBe('image/jpeg')
    expect(res.body.doc.width).toBe(900)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe('new-picture.jpg')
    expect(after.alt).toBe('新しい画像')
    for (const file of filesOf(after)) expect(existsSync(path.join(mediaDir(), file))).toBe(true)
    for (const file of filesOf(doc)) expect(existsSync(path.join(mediaDir(), file))).toBe(false)
  })

  it('a replacement whose image cannot be processed restores the old files', async () => {
    const doc = await image('壊れた画像で差し替え', 'keep-me.png')
    const png = (await imageFile('x.png')).data
    // A PNG signature and header, then garbage: sniffs as PNG, fails when resized.
    const broken = Buffer.concat([png.subarray(0, 33), Buffer.alloc(200, 7)])
    const res = await rest.request('PATCH', `media/${doc.id}?locale=ja`, {
      token: tokens.editor,
      formData: multipart({ data: broken, name: 'broken.png', mimetype: 'image/png' }, {}),
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const after: any = await cms.payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe(doc.filename)
    for (const file of filesOf(doc)) expect(existsSync(path.join(mediaDir(), file))).toBe(true)
    expect(readdirSync(mediaDir()).filter((f) => f.startsWith('broken'))).toEqual([])
  })
})
