import type { APIRoute } from 'astro'

import { absoluteUrl, sitemapPath } from '../lib/paths'

/**
 * Every page may be crawled (pages that should stay out of search results say `noindex`
 * themselves, which a crawler can only read on a page it may fetch); the sitemap is named by its
 * absolute URL, as the protocol asks.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, sitemapPath())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
