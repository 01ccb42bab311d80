import type { APIRoute } from 'astro'

import { siteEntries } from '../lib/seo/siteEntries'
import { sitemapFiles } from '../lib/seo/sitemap'

/** The numbered parts of a sitemap index; none while the whole sitemap fits one file. */
export async function getStaticPaths() {
  const site = import.meta.env.SITE
  const parts = sitemapFiles(site, await siteEntries(site)).slice(1)
  return parts.map((file, i) => ({ params: { part: String(i + 1) }, props: { xml: file.xml } }))
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
