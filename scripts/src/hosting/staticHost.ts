/**
 * The same serving policy for static hosts that read `_headers` and `_redirects` from the site's
 * root (Netlify, Cloudflare Pages and others of that format): the build writes both into every
 * release, so the site can be uploaded to such a host as it is.
 */
import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import {
  CACHE_IMMUTABLE,
  IMMUTABLE_PREFIX,
  MEDIA_HEADERS,
  MEDIA_PREFIX,
  type PageHeaders,
  SECURITY_HEADERS,
} from './policy'
import { checkNoLoops, checkRedirects, type Redirect } from './redirects'

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')

/**
 * Such hosts merge the headers of every rule a path matches, so each header is set by one rule
 * only; a second Content-Security-Policy on /media/ is a second policy, and browsers enforce both.
 * Pages keep the host's own revalidating cache; only hashed bundles are cached for a year.
 * A page with headers of its own repeats a site-wide header with another value: Netlify serves the
 * later rule's value for it; Cloudflare Pages would send both, so there the site-wide rule needs a
 * `! Content-Security-Policy` line added for those pages.
 */
export function headersFile(pages: readonly PageHeaders[] = []): string {
  return `${[
    block('/*', SECURITY_HEADERS),
    block(`${IMMUTABLE_PREFIX}*`, { 'Cache-Control': CACHE_IMMUTABLE }),
    block(`${MEDIA_PREFIX}*`, MEDIA_HEADERS),
    ...pages.flatMap((page) => [block(page.path, page.headers), block(`${page.path}index.html`, page.headers)]),
  ].join('\n')}\n`
}

/** Redirects first (the first matching line wins), then each language's own "page not found". */
export function redirectsFile(redirects: readonly Redirect[] = []): string {
  checkNoLoops(checkRedirects(redirects))
  return `${[
    ...redirects.map((r) => `${r.from} ${r.to} ${r.status}`),
    ...LOCALE_CODES.map((lang) => `/${lang}/* /${lang}/404/ 404`),
  ].join('\n')}\n`
}
