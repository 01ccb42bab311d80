import type { Image } from '@mirai/content-schemas/schemas'
import type { LocaleCode } from '@mirai/content-schemas/locales'

import { pickTranslation } from './translation'

export interface PictureData {
  /** Original file, for browsers without WebP. */
  src: string
  /** WebP sizes made by the CMS, smallest first. */
  webpSrcset: string | null
  sizes: string
  width: number
  height: number
  alt: string
  /** Set when the alt text is in another language than the page. */
  altLang: LocaleCode | null
  objectPosition: string | null
}

export function pictureData(image: Image, lang: LocaleCode, sizes = '(min-width: 52rem) 48rem, 100vw'): PictureData {
  const variants = Object.values(image.sizes)
    .filter((s) => s.url.endsWith('.webp'))
    .sort((a, b) => a.width - b.width)
  const alt = pickTranslation(image.alt, lang)
  return {
    src: image.url,
    webpSrcset: variants.length > 0 ? variants.map((v) => `${v.url} ${v.width}w`).join(', ') : null,
    sizes,
    width: image.width,
    height: image.height,
    alt: alt.content,
    altLang: alt.isFallback ? alt.lang : null,
    objectPosition: image.focalX != null && image.focalY != null ? `${image.focalX}% ${image.focalY}%` : null,
  }
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The same picture as an HTML string, for images inside rich text. */
export function pictureHtml(p: PictureData, loading: 'lazy' | 'eager' = 'lazy'): string {
  const source = p.webpSrcset
    ? `<source type="image/webp" srcset="${escapeAttr(p.webpSrcset)}" sizes="${escapeAttr(p.sizes)}">`
    : ''
  const lang = p.altLang ? ` lang="${escapeAttr(p.altLang)}"` : ''
  const size = (n: unknown) => (Number.isFinite(Number(n)) ? String(Math.round(Number(n))) : '')
  return `<picture>${source}<img src="${escapeAttr(p.src)}" alt="${escapeAttr(p.alt)}"${lang} width="${size(p.width)}" height="${size(p.height)}" loading="${loading}" decoding="async"></picture>`
}
