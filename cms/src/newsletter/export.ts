/**
 * Exporting an issue: find it, resolve it in one language, render the formats asked for, and
 * write them all or nothing — files appear in the output folder only when every one is ready.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { SiteSetting } from '../payload-types'

import { isStaff } from '../access/roles'

import { buildEml, issueHeaders } from './eml'
import { findIssue, issueView, NewsletterError, type IssueReader, type IssueView } from './issue'

export { findIssue, type IssueReader } from './issue'
import { renderHtml, renderText } from './render'
import { applyInterfaceText } from '../collections/InterfaceText/apply'

export const FORMATS = ['html', 'text', 'eml'] as const
export type Format = (typeof FORMATS)[number]
export const EXTENSIONS: Record<Format, string> = { html: 'html', text: 'txt', eml: 'eml' }
export const CONTENT_TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  eml: 'message/rfc822',
}

/** `monthly-30-vi.eml`: the file name of an issue's edition in one format. */
export const fileName = (view: IssueView, format: Format) =>
  `${view.kind}-${view.number}-${view.lang}.${EXTENSIONS[format]}`

export interface NewsletterSettings {
  siteUrl: string
  from: string
  unsubscribe: string[]
}

/** From the environment, with the organisation's address from the site settings as fallbacks. */
export async function newsletterSettings(
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
): Promise<NewsletterSettings> {
  const settings = (await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => null)) as SiteSetting | null
  const orgEmail = settings?.organisation?.email ?? undefined
  const unsubscribe = (env.NEWSLETTER_UNSUBSCRIBE ?? (orgEmail ? `mailto:${orgEmail}?subject=unsubscribe` : ''))
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)
  if (unsubscribe.length === 0)
    throw new NewsletterError(
      'Set NEWSLETTER_UNSUBSCRIBE (a mailto: or https: address) or the organisation email in the site settings',
    )
  for (const u of unsubscribe)
    if (!/^(mailto:|https:\/\/)/.test(u))
      throw new NewsletterError(`NEWSLETTER_UNSUBSCRIBE must hold mailto: or https:// addresses, not "${u}"`)
  const siteUrl = env.SITE_URL ?? 'http://localhost:4321'
  try {
    new URL(siteUrl)
  } catch {
    throw new NewsletterError(`SITE_URL is not a URL: "${siteUrl}"`)
  }
  return {
    siteUrl,
    from: env.NEWSLETTER_FROM ?? `JP-MIRAI <${orgEmail ?? env.EMAIL_FROM ?? 'newsletter@jp-mirai.org'}>`,
    unsubscribe,
  }
}

export interface Rendered {
  view: IssueView
  html: string
  text: string
  eml: Buffer
}

/** `reader`: render as this user may see it (the admin's preview and export); see findIssue. */
export async function renderIssue(
  payload: Payload,
  ref: string,
  lang: string,
  settings: NewsletterSettings,
  reader?: IssueReader,
): Promise<Rendered> {
  // The issue's words around the stories are the interface text as published now.
  await applyInterfaceText(payload)
  const omitUnavailableCards = Boolean(reader && !isStaff(reader.user))
  const view = issueView(await findIssue(payload, ref, reader), lang, {
    siteUrl: settings.siteUrl,
    omitUnavailableCards,
  })
  const footerLink = settings.unsubscribe.find((u) => u.startsWith('https:')) ?? settings.unsubscribe[0] ?? null
  const [html, text] = [await renderHtml(view, footerLink), renderText(view, footerLink)]
  const eml = await buildEml(view, html, text, { from: settings.from, unsubscribe: settings.unsubscribe })
  return { view, html, text, eml }
}

export function parseFormats(value: string): Format[] {
  const asked = value === 'all' ? [...FORMATS] : value.split(',')
  for (const f of asked)
    if (!(FORMATS as readonly string[]).includes(f))
      throw new NewsletterError(`Unknown format "${f}" (html, text, eml or all)`)
  return asked as Format[]
}

/** Writes `<kind>-<number>-<lang>.<ext>` for each format into `outDir`, or nothing at all. */
export async function exportIssue(
  payload: Payload,
  options: { ref: string; lang: string; formats: Format[]; outDir: string; env?: NodeJS.ProcessEnv },
): Promise<string[]> {
  const settings = await newsletterSettings(payload, options.env)
  const rendered = await renderIssue(payload, options.ref, options.lang, settings)
  await mkdir(options.outDir, { recursive: true })
  const staging = await mkdtemp(path.join(options.outDir, '.newsletter-'))
  try {
    const files = options.formats.map((format) => ({
      name: fileName(rendered.view, format),
      body: format === 'eml' ? rendered.eml : rendered[format],
    }))
    for (const file of files) await writeFile(path.join(staging, file.name), file.body)
    const written: string[] = []
    for (const file of files) {
      await rename(path.join(staging, file.name), path.join(options.outDir, file.name))
      written.push(path.join(options.outDir, file.name))
    }
    return written
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

const EMAIL_ADDRESS = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/

/**
 * Sends the rendered issue to a few test addresses through the configured SMTP server (Payload's
 * email adapter), with the same headers as the .eml.
 */
/** The test addresses of a comma-separated list, checked before anything is rendered or sent. */
export function testRecipients(list: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!env.SMTP_HOST)
    throw new NewsletterError('Sending needs an SMTP server: set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS)')
  const to = list
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  const bad = to.filter((address) => !EMAIL_ADDRESS.test(address))
  if (to.length === 0 || bad.length > 0) throw new NewsletterError(`Not an email address: "${bad[0] ?? list}"`)
  return to
}

export async function sendTest(
  payload: Payload,
  rendered: Rendered,
  list: string,
  settings: NewsletterSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const to = testRecipients(list, env)
  await payload.sendEmail({
    from: settings.from,
    to: to.join(', '),
    subject: rendered.view.subject,
    html: rendered.html,
    text: rendered.text,
    headers: issueHeaders(rendered.view, settings.unsubscribe),
  })
  return to
}
