/**
 * Serves the images of the content snapshot (exported next to it by scripts/) at /media/: from
 * the snapshot folder in `astro dev`, and copied into the output on `astro build`.
 */
import { createReadStream } from 'node:fs'
import { cp, link, mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function snapshotMediaDir() {
  const siteRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  return path.join(path.resolve(process.env.SNAPSHOT_DIR ?? path.join(siteRoot, '.snapshot')), 'media')
}

/** Hard links where the file system allows (no copying of image bytes), copies otherwise. */
async function linkTree(from, to) {
  await mkdir(to, { recursive: true })
  for (const name of await readdir(from)) {
    const source = path.join(from, name)
    const target = path.join(to, name)
    try {
      await link(source, target)
    } catch {
      await cp(source, target)
    }
  }
}

export default function snapshotMedia() {
  return {
    name: 'snapshot-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/media', async (req, res, next) => {
          const file = path.join(snapshotMediaDir(), path.normalize(decodeURIComponent(req.url ?? '')).replace(/^(\.\.[/\\])+/, ''))
          const info = await stat(file).catch(() => null)
          if (!info?.isFile()) return next()
          createReadStream(file).pipe(res)
        })
      },
      'astro:build:done': async ({ dir }) => {
        const media = snapshotMediaDir()
        if (await stat(media).catch(() => null)) await linkTree(media, path.join(fileURLToPath(dir), 'media'))
      },
    },
  }
}
