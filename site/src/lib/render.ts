import type { LocaleCode } from '@mirai/content-schemas/locales'
import { richTextToHtml, richTextToPlainText, type InternalLinkResolver } from '@mirai/content-schemas/richtext'
import type { Image } from '@mirai/content-schemas/schemas'

import { pictureData, pictureHtml } from './images'
import { internalLinkPath } from './paths'

/** Internal links point to the target's page in the reader's language. */
export const linkResolver =
  (lang: LocaleCode): InternalLinkResolver =>
  (link) =>
    internalLinkPath(lang, link)

/** Rich text from the CMS as HTML for a page in `lang`: links to pages in that language, images with srcset. */
export function richHtml(value: unknown, lang: LocaleCode): string {
  return richTextToHtml(value, {
    resolveInternalLink: linkResolver(lang),
    renderUpload: (node) => {
      const image = (node as { value?: unknown }).value as Image | null
      return image && typeof image === 'object' && 'url' in image
        ? `<figure>${pictureHtml(pictureData(image, lang))}</figure>`
        : null
    },
  })
}

export const plainText = (value: unknown, lang: LocaleCode) =>
  richTextToPlainText(value, { resolveInternalLink: linkResolver(lang) })

/** Whether the HTML has furigana, so the page offers the show/hide toggle. */
export const hasRuby = (html: string) => html.includes('<ruby>')

/** A phone number that never wraps: non-breaking hyphens and spaces. */
export const displayPhone = (phone: string) => phone.replace(/-/g, '\u2011').replace(/ /g, '\u00a0')

/** The tel: link target of a phone number as written by editors. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
