/**
 * Sharing the safety check with a workplace (JP-MIRAI Safety in the Collaborative Program): the
 * facts the CMS, the site and the host must agree on.
 */
import { LOCALE_CODES, type LocaleCode } from './locales'
import { sectionPath } from './paths'

/** Letters and digits that are not easily confused when a code is typed from a flyer. */
export const SITE_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
/** 16 characters from 31 give about 79 bits, far beyond guessing. */
export const SITE_CODE_LENGTH = 16

export const isSiteCode = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length === SITE_CODE_LENGTH &&
  [...value].every((c) => SITE_CODE_ALPHABET.includes(c))

/** The query parameter of a flyer's link that carries its site code. */
export const SITE_CODE_PARAM = 'site'

/** The safety check of a language, for a workplace's code: what a flyer's QR code leads to. */
export const sharedCheckPath = (lang: LocaleCode, code: string) =>
  `${sectionPath(lang, 'safety')}?${SITE_CODE_PARAM}=${encodeURIComponent(code)}`

/**
 * The only pages of the site that talk to the CMS: the safety check of every language (sharing
 * answers, asking Assist to call). Every other page may connect to its own origin only.
 */
// Pure: the safety check's bundle, which needs only the code's format, leaves the paths module out.
export const CMS_CONNECTED_PAGES: readonly string[] = /* @__PURE__ */ LOCALE_CODES.map((lang) =>
  sectionPath(lang, 'safety'),
)

/**
 * The CMS's public origin from the build setting SITE_CMS_URL: null when it is not set (the site
 * then offers no sharing and no request for contact). Anything but a plain http(s) address —
 * credentials, a query, a fragment — is refused, since it ends up in the pages' security policy.
 */
export function cmsOriginOf(value: string | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`SITE_CMS_URL is not an address: ${JSON.stringify(value)}`)
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash)
    throw new Error(`SITE_CMS_URL must be the CMS's public http(s) address, nothing more: ${JSON.stringify(value)}`)
  return url.origin
}
