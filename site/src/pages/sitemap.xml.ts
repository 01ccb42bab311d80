import type { APIRoute } from 'astro'

import { siteEntries } from '../lib/seo/siteEntries'
import { sitemapFiles } from '../lib/seo/sitemap'

/**
 * The sitemap, or the sitemap index once the site outgrows one file (its parts are
 * sitemap-[part].xml.ts). Pages shown only through a fallback language are left out.
 */
export const GET: APIRoute = async ({ site }) => {
  const [first] = sitemapFiles(site, await siteEntries(site))
  return new Response(first!.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
