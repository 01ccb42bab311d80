/**
 * The host configuration each release carries, all rendered from the serving policy and one list
 * of redirects: `_headers` and `_redirects` at the root for static hosts, and in `.host/` the
 * nginx rules and the redirects `pnpm serve` follows — so every host of a release agrees.
 */
import { readFileSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { refreshContent } from '@mirai/content-schemas/redirects'

import { nginxSiteConfig } from './nginx'
import { HOST_FILES, HOST_FOLDER, pageHeadersFor } from './policy'
import { checkNoLoops, checkRedirects, type Redirect } from './redirects'
import { headersFile, redirectsFile } from './staticHost'

/** Whether the release answers `urlPath` with a page or file of its own (paths already checked). */
function isServed(release: string, urlPath: string): boolean {
  const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
  const target = path.join(release, urlPath)
  return urlPath.endsWith('/')
    ? isFile(path.join(target, 'index.html'))
    : isFile(target) || isFile(path.join(target, 'index.html'))
}

/**
 * Whether the page at a redirect's old address is the site's refresh page for that redirect
 * (site/src/pages/[...moved].astro, for hosts without rules), which the rule replaces, rather than
 * a page of the site again.
 */
function isRefreshPage(release: string, r: Redirect): boolean {
  if (!r.from.endsWith('/')) return false
  try {
    const html = readFileSync(path.join(release, r.from, 'index.html'), 'utf8')
    return html.includes(`<meta http-equiv="refresh" content="${refreshContent(r.to)}"`)
  } catch {
    return false
  }
}

export interface HostFilesOptions {
  /** The release folder being built. */
  release: string
  redirects: readonly Redirect[]
  /** The CMS's public origin the safety check talks to (build setting SITE_CMS_URL), or null. */
  cmsOrigin?: string | null
}

/**
 * Writes the host files into `release`. A redirect from a path the release has a page for is left
 * out (hosts disagree on which wins, and the page is what the site now says), one to a path it
 * has nothing for is kept; both are reported.
 */
export async function writeHostFiles({
  release,
  redirects,
  cmsOrigin = null,
}: HostFilesOptions): Promise<{ warnings: string[] }> {
  const warnings: string[] = []
  const kept = checkRedirects(redirects).filter((r) => {
    if (!isServed(release, r.from) || isRefreshPage(release, r)) return true
    warnings.push(`redirect left out: ${r.from} is a page of the site again (it led to ${r.to})`)
    return false
  })
  checkNoLoops(kept)
  for (const r of kept) if (!isServed(release, r.to)) warnings.push(`redirect from ${r.from} leads to no page: ${r.to}`)
  const pages = pageHeadersFor(cmsOrigin)
  await mkdir(path.join(release, HOST_FOLDER), { recursive: true })
  await Promise.all([
    writeFile(path.join(release, '_headers'), headersFile(pages)),
    writeFile(path.join(release, '_redirects'), redirectsFile(kept)),
    writeFile(path.join(release, HOST_FILES.nginx), nginxSiteConfig(kept, pages)),
    writeFile(path.join(release, HOST_FILES.redirects), `${JSON.stringify(kept, null, 2)}\n`),
    writeFile(path.join(release, HOST_FILES.pageHeaders), `${JSON.stringify(pages, null, 2)}\n`),
  ])
  return { warnings }
}
