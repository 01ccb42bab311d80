/**
 * Images referenced by public content: their metadata in the snapshot, their files (original and
 * WebP sizes made by the CMS with sharp) copied next to the site so it serves them itself.
 */
import type { Image } from '@mirai/content-schemas/schemas'
import { copyFile, mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'

import { hasText, translationsOf, type Doc, type PerLocale } from './localized'
import type { LocaleCode } from '@mirai/content-schemas/locales'

export type ImageRef = Image

export const MEDIA_URL_PREFIX = '/media/'

export class MediaLibrary {
  readonly #images = new Map<string, Image>()
  readonly #videos = new Map<string, { url: string; mimeType: string }>()
  readonly #files = new Map<string, string>() // file name → source path
  readonly #used = new Set<string>()
  readonly #usedFiles = new Set<string>()

  constructor(perLocale: PerLocale, defaultLocale: LocaleCode, staticDir: string) {
    const base = perLocale.get(defaultLocale) ?? []
    const index = new Map([...perLocale].map(([locale, docs]) => [locale, new Map(docs.map((d) => [d.id, d]))]))
    for (const doc of base) {
      if (doc.filename && String(doc.mimeType ?? '').startsWith('video/')) {
        this.#files.set(doc.filename, path.join(staticDir, doc.filename))
        this.#videos.set(String(doc.id), { url: MEDIA_URL_PREFIX + doc.filename, mimeType: doc.mimeType })
      }
      if (!doc.filename || !String(doc.mimeType ?? '').startsWith('image/')) continue
      const byLocale = new Map<LocaleCode, Doc>()
      for (const [locale, docs] of index) {
        const copy = docs.get(doc.id)
        if (copy) byLocale.set(locale, copy)
      }
      const sizes: Image['sizes'] = {}
      for (const [name, size] of Object.entries((doc.sizes ?? {}) as Record<string, Doc>)) {
        if (size?.filename && size.width && size.height) {
          sizes[name] = { url: MEDIA_URL_PREFIX + size.filename, width: size.width, height: size.height }
          this.#files.set(size.filename, path.join(staticDir, size.filename))
        }
      }
      this.#files.set(doc.filename, path.join(staticDir, doc.filename))
      this.#images.set(String(doc.id), {
        id: String(doc.id),
        url: MEDIA_URL_PREFIX + doc.filename,
        width: doc.width,
        height: doc.height,
        mimeType: doc.mimeType,
        alt: translationsOf(byLocale, (d) => hasText(d.alt), (d) => String(d.alt)),
        focalX: doc.focalX ?? null,
        focalY: doc.focalY ?? null,
        sizes,
      })
    }
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

  /** Copies the files of every image the snapshot uses; unchanged files are left alone. */
  async copyUsedFiles(targetDir: string): Promise<number> {
    await mkdir(targetDir, { recursive: true })
    let copied = 0
    const urls = [...this.#usedFiles]
    for (const id of this.#used) {
      const image = this.#images.get(id)!
      urls.push(image.url, ...Object.values(image.sizes).map((s) => s.url))
    }
    for (const url of urls) {
      const name = url.slice(MEDIA_URL_PREFIX.length)
      const source = this.#files.get(name)
      if (!source) continue
      const target = path.join(targetDir, name)
      const [from, to] = await Promise.all([stat(source), stat(target).catch(() => null)])
      if (to && to.size === from.size && to.mtimeMs >= from.mtimeMs) continue
      // A new file rather than overwriting: the built site hard-links these files.
      await copyFile(source, `${target}.tmp`)
      await rename(`${target}.tmp`, target)
      copied++
    }
    return copied
  }
}
