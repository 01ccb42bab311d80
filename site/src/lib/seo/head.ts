/**
 * What a page's <head> tells search engines and share previews: its language versions
 * (hreflang) and its Open Graph and Twitter card tags. Pure, so the rules are tested without a
 * build; Base.astro only writes the result.
 */
import { t } from '@mirai/content-schemas/i18n'
import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import { mimeTypeOfFileName } from '@mirai/content-schemas/file-types'

import type { PictureData } from '../images'
import { absoluteUrl, shareImagePath, switchLanguage } from '../paths'
import { clip } from './clip'

/** The root language chooser: the page for readers whose language is none of the page's. */
export const X_DEFAULT_PATH = '/'

/** Longer descriptions are cut by every consumer anyway; a bound keeps a huge summary out of every head. */
export const DESCRIPTION_MAX = 300
/** Share previews show about this much of a title. */
export const TITLE_MAX = 120

export interface AlternateLink {
  hreflang: string
  href: string
}

/**
 * The hreflang links of a page: one per language the page's document is really written in, plus
 * the language chooser as `x-default`. A page that is not indexed — a fallback page shown in
 * another language, a 404 — names no language version: it is in nobody's list (search engines
 * ignore one-way links and the audit refuses them), so it must not list others either.
 */
export function alternateLinks(
  site: string | URL | undefined,
  path: string,
  alternates: readonly LocaleCode[],
  noindex: boolean,
): AlternateLink[] {
  const languages = noindex
    ? []
    : alternates.map((code) => ({
        hreflang: getLocale(code).bcp47,
        href: absoluteUrl(site, switchLanguage(path, code)),
      }))
  return [...languages, { hreflang: 'x-default', href: absoluteUrl(site, X_DEFAULT_PATH) }]
}

export interface ShareImage {
  /** Site path or absolute URL. */
  src: string
  width: number
  height: number
  type: string
  alt: string
}

/** The default share image's size: the 1.91:1 of Open Graph and Twitter's large card. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** What the generated image of a language shows, and so its alt text. */
export function defaultShareImageText(lang: LocaleCode): { title: string; tagline: string } {
  return { title: t(lang, 'site.name'), tagline: t(lang, 'site.tagline') }
}

export function defaultShareImage(lang: LocaleCode): ShareImage {
  const { title, tagline } = defaultShareImageText(lang)
  return { src: shareImagePath(lang), ...SHARE_IMAGE_SIZE, type: 'image/png', alt: `${title}: ${tagline}` }
}

/**
 * A document's own picture as its share image, or null for the default: only types previews
 * show (not AVIF, which several do not), with the picture's size and alt text.
 */
export function shareImageOf(picture: PictureData | null | undefined): ShareImage | null {
  if (!picture) return null
  const type = mimeTypeOfFileName(picture.src.split(/[?#]/)[0]!.split('/').pop() ?? '')
  if (type !== 'image/jpeg' && type !== 'image/png' && type !== 'image/webp' && type !== 'image/gif') return null
  return { src: picture.src, width: picture.width, height: picture.height, type, alt: picture.alt }
}

export interface MetaTag {
  /** Open Graph tags use `property`, Twitter's and the description `name`. */
  property?: string
  name?: string
  content: string
}

export interface ShareInput {
  site: string | URL | undefined
  lang: LocaleCode
  path: string
  /** The page's own title, without the site's name. */
  title: string
  description: string
  noindex: boolean
  /** Languages the page's document is written in (its hreflang alternates). */
  alternates: readonly LocaleCode[]
  type: 'website' | 'article'
  /** The document's image; null for the language's default. */
  image: ShareImage | null
  publishedTime?: string | null
  modifiedTime?: string | null
}

export function metaDescription(text: string): string {
  return clip(text, DESCRIPTION_MAX)
}

/** Open Graph and Twitter card tags of a page, in the page's language. */
export function shareTags(input: ShareInput): MetaTag[] {
  const { site, lang } = input
  const image = input.image ?? defaultShareImage(lang)
  const imageUrl = absoluteUrl(site, image.src)
  const title = clip(input.title, TITLE_MAX)
  const description = metaDescription(input.description)
  const siteName = t(lang, 'site.name')
  const others = input.noindex ? [] : input.alternates.filter((code) => code !== lang)
  const tags: MetaTag[] = [
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: siteName },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: absoluteUrl(site, input.path) },
    { property: 'og:locale', content: getLocale(lang).ogLocale },
    ...others.map((code) => ({ property: 'og:locale:alternate', content: getLocale(code).ogLocale })),
    { property: 'og:image', content: imageUrl },
    { property: 'og:image:type', content: image.type },
    { property: 'og:image:width', content: String(Math.round(image.width)) },
    { property: 'og:image:height', content: String(Math.round(image.height)) },
    { property: 'og:image:alt', content: clip(image.alt, DESCRIPTION_MAX) },
  ]
  if (input.type === 'article') {
    if (input.publishedTime)
      tags.push({ property: 'article:published_time', content: new Date(input.publishedTime).toISOString() })
    if (input.modifiedTime)
      tags.push({ property: 'article:modified_time', content: new Date(input.modifiedTime).toISOString() })
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    { name: 'twitter:image', content: imageUrl },
    { name: 'twitter:image:alt', content: clip(image.alt, DESCRIPTION_MAX) },
  )
  return tags
}
