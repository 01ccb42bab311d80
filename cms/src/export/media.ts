/**
 * Images referenced by public content: their metadata in the snapshot, their files (original and
 * WebP sizes made by the CMS with sharp) copied next to the site so it serves them itself.
 *
 * The files are read where the CMS keeps them (`@mirai/cms/storage`): its upload folder, or the S3
 * bucket when uploads live there — then the machine that builds needs no access to the CMS's disk.
 *
 * Only files the site may publish are taken, checked twice: the stored name must carry the
 * extension of a publishable type (content-schemas/src/fileTypes.ts) and the stored bytes must
 * really be that type. A file that is missing or fails either check leaves its image out of the
 * snapshot with a warning the build records; it never fails the whole site.
 */
import { mimeTypeOfFileName } from '@mirai/content-schemas/file-types'
import type { Image } from '@mirai/content-schemas/schemas'
import { fileTypeFromBuffer } from 'file-type'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionFiles } from '../storage'
import { hasText } from '@mirai/content-schemas/translated'
import type { DataFromCollectionSlug } from 'payload'

import { translationsOf } from './localized'
import type { InLocales } from './splitLocales'

type Media = DataFromCollectionSlug<'media'>

export type ImageRef = Image

export const MEDIA_URL_PREFIX = '/media/'

/** Enough of a file's first bytes for file-type to tell every type the site publishes. */
const SNIFF_BYTES = 4100

/** Why a stored file may not be published, or null when it may. */
async function refusal(files: CollectionFiles, name: unknown, declared: unknown): Promise<string | null> {
  if (typeof name !== 'string' || !name) return 'has no file'
  const byName = mimeTypeOfFileName(name)
  if (!byName || byName !== declared || path.basename(name) !== name)
    return `"${name}" (${String(declared)}) is not a file type the site publishes`
  const head = await files.read(name, { bytes: SNIFF_BYTES })
  if (!head) return `"${name}" is missing from the CMS's files`
  const sniffed = (await fileTypeFromBuffer(head).catch(() => undefined))?.mime
  if (sniffed !== byName)
    return `"${name}" is not really ${byName} (its content is ${sniffed ?? 'of no type the site publishes'})`
  return null
}

export class MediaLibrary {
  readonly #images = new Map<string, Image>()
  readonly #videos = new Map<string, { url: string; mimeType: string }>()
  readonly #files = new Set<string>() // stored names checked for publishing
  readonly #used = new Set<string>()
  readonly #usedFiles = new Set<string>()
  /** What was left out and why, for the build's record. */
  readonly warnings: string[] = []

  private constructor(readonly source: CollectionFiles) {}

  /** `files`: where the media collection's files are kept (`filesOf` in @mirai/cms/storage). */
  static async load(documents: readonly InLocales<Media>[], files: CollectionFiles): Promise<MediaLibrary> {
    const library = new MediaLibrary(files)
    for (const { base: doc, byLocale } of documents) {
      const mime = String(doc.mimeType ?? '')
      if (!mime.startsWith('image/') && !mime.startsWith('video/')) continue
      const problem = await refusal(files, doc.filename, mime)
      if (problem || !doc.filename) {
        library.warnings.push(`media ${doc.id}: ${problem}; left out of the site`)
        continue
      }
      library.#files.add(doc.filename)
      if (mime.startsWith('video/')) {
        library.#videos.set(String(doc.id), { url: MEDIA_URL_PREFIX + doc.filename, mimeType: mime })
        continue
      }
      const sizes: Image['sizes'] = {}
      for (const [name, size] of Object.entries(doc.sizes ?? {})) {
        if (!size?.filename || !size.width || !size.height) continue
        const sizeProblem = await refusal(files, size.filename, size.mimeType)
        if (sizeProblem) {
          library.warnings.push(`media ${doc.id}, size ${name}: ${sizeProblem}; that size is left out`)
          continue
        }
        sizes[name] = { url: MEDIA_URL_PREFIX + size.filename, width: size.width, height: size.height }
        library.#files.add(size.filename)
      }
      const alt = translationsOf(
        byLocale,
        (d) => hasText(d.alt),
        (d) => String(d.alt),
      )
      if (Object.keys(alt).length === 0) {
        library.warnings.push(`media ${doc.id}: has no alt text in any language; left out of the site`)
        continue
      }
      library.#images.set(String(doc.id), {
        id: String(doc.id),
        url: MEDIA_URL_PREFIX + doc.filename,
        width: doc.width!,
        height: doc.height!,
        mimeType: mime,
        alt,
        focalX: doc.focalX ?? null,
        focalY: doc.focalY ?? null,
        sizes,
      })
    }
    return library
  }

  /** The image for an upload field's value (id or populated document); null when absent or not public. */
  image = (value: unknown): Image | null => {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    const image = id === undefined || id === null ? undefined : this.#images.get(String(id))
    if (!image) return null
    this.#used.add(image.id)
    return image
  }

  /** An uploaded video file (for videos not on YouTube). */
  file = (value: unknown): { url: string; mimeType: string } | null => {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    const video = id === undefined || id === null ? undefined : this.#videos.get(String(id))
    if (!video) return null
    this.#usedFiles.add(video.url)
    return video
  }

  /**
   * Makes `targetDir` hold exactly the files of the images the snapshot uses: new or changed ones
   * are copied, files nothing uses any more are removed.
   */
  async copyUsedFiles(targetDir: string): Promise<number> {
    await mkdir(targetDir, { recursive: true })
    let copied = 0
    const urls = [...this.#usedFiles]
    for (const id of this.#used) {
      const image = this.#images.get(id)!
      urls.push(image.url, ...Object.values(image.sizes).map((s) => s.url))
    }
    const wanted = new Set<string>()
    for (const url of urls) {
      const name = url.slice(MEDIA_URL_PREFIX.length)
      if (!this.#files.has(name)) continue
      const target = path.join(targetDir, name)
      const [from, to] = await Promise.all([this.source.stat(name), stat(target).catch(() => null)])
      if (!from) throw new Error(`"${name}" went missing from the CMS's files while the site was exported`)
      wanted.add(name)
      if (to && to.size === from.size && to.mtimeMs >= from.modified.getTime()) continue
      // A new file rather than overwriting: the built site hard-links these files.
      await this.source.saveTo(name, `${target}.tmp`)
      await rename(`${target}.tmp`, target)
      copied++
    }
    for (const name of await readdir(targetDir)) {
      if (!wanted.has(name)) await rm(path.join(targetDir, name), { recursive: true, force: true })
    }
    return copied
  }
}
