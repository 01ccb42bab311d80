/**
 * Serves the images of the content snapshot (exported next to it by scripts/) at /media/: from
 * the snapshot folder in `astro dev`, and copied into the output on `astro build`. Only files of
 * a type the site publishes are taken (the export checked their content), served with their type
 * and headers that keep them from running as a page.
 */
import { createReadStream } from 'node:fs'
import { cp, link, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mimeTypeOfFileName } from '@mirai/content-schemas/file-types'

export function snapshotMediaDir() {
  const siteRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  return path.join(path.resolve(process.env.SNAPSHOT_DIR ?? path.join(siteRoot, '.snapshot')), 'media')
}

/**
 * Hard links where the file system allows (no copying of image bytes), copies otherwise. The
 * output folder may hold the media of the previous build: files already linked stay, others are
 * replaced, and files no longer in the snapshot are removed.
 */
async function linkTree(from, to) {
  await mkdir(to, { recursive: true })
  const wanted = new Set((await readdir(from)).filter((name) => mimeTypeOfFileName(name)))
  for (const name of await readdir(to)) {
    if (!wanted.has(name)) await rm(path.join(to, name), { recursive: true, force: true })
  }
  for (const name of wanted) {
    const source = path.join(from, name)
    const target = path.join(to, name)
    const [a, b] = await Promise.all([stat(source), stat(target).catch(() => null)])
    if (b && a.ino === b.ino && a.dev === b.dev) continue
    if (b) await rm(target, { recursive: true, force: true })
    try {
      await link(source, target)
    } catch {
      await cp(source, target, { recursive: true })
    }
  }
}

export default function snapshotMedia() {
  return {
    name: 'snapshot-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/media', async (req, res, next) => {
          let name
          try {
            name = decodeURIComponent(new URL(req.url ?? '/', 'http://dev.invalid').pathname).slice(1)
          } catch {
            res.statusCode = 400
            return res.end('Bad request')
          }
          const type = mimeTypeOfFileName(name)
          // One file name, no folders: nothing outside the snapshot's media can be named.
          if (!type || name !== path.basename(name)) return next()
          const file = path.join(snapshotMediaDir(), name)
          const info = await stat(file).catch(() => null)
          if (!info?.isFile()) return next()
          res.setHeader('Content-Type', type)
          res.setHeader('X-Content-Type-Options', 'nosniff')
          res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
          createReadStream(file).pipe(res)
        })
      },
      'astro:build:done': async ({ dir }) => {
        const media = snapshotMediaDir()
        const target = path.join(fileURLToPath(dir), 'media')
        if (await stat(media).catch(() => null)) await linkTree(media, target)
        else await rm(target, { recursive: true, force: true })
      },
    },
  }
}
