import type { APIRoute } from 'astro'
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import { cacheKeyOf } from '../../lib/cacheKey'
import { applyInterfaceText } from '../../lib/interfaceText'
import { defaultShareImageText } from '../../lib/seo/head'
import { renderShareImage } from '../../lib/seo/shareImage'

/**
 * Each language's default share image (lib/seo/shareImage.ts). Its cache key is the text it
 * shows (with, as in every key, the digest of the interface text edited in the CMS), so the
 * incremental build draws it again only when that text (or the drawing code) changes, and keeps
 * the image of the last build otherwise.
 */
export async function getStaticPaths() {
  // The text is the site's name and tagline, which the CMS may have edited: applied before it is read.
  await applyInterfaceText()
  return LOCALE_CODES.map((lang) => {
    const props = { text: defaultShareImageText(lang) }
    return { params: { lang }, props, cacheKey: cacheKeyOf({ lang, ...props }) }
  })
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(renderShareImage(params.lang as LocaleCode)), {
    headers: { 'Content-Type': 'image/png' },
  })
