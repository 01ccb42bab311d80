/**
 * Newsletters against the built site: every link in every edition of the seeded issues points to
 * a page that exists in this build, and the public issue has its page in the site's archive.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { NEWSLETTER_SITE_URL } from './globalSetup'

const dist = () => inject('distDir')

/** The built file a site URL is served from. */
function builtFile(url: string): string {
  const { pathname } = new URL(url)
  return path.join(dist(), decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '')
}

describe('newsletters and the built site', () => {
  it('link only to pages and images that exist in the build, in HTML and text alike', () => {
    const emails = inject('emails')
    expect(emails.map((e) => e.name)).toEqual(['30-ja', '30-en', '30-vi', '30-id', '101-ja', '101-en', '101-vi'])
    for (const email of emails) {
      const hrefs = [...email.html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((u) => !u.startsWith('mailto:'))
      const textLinks = [...email.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0])
      expect(hrefs.length, email.name).toBeGreaterThan(0)
      for (const url of [...hrefs, ...textLinks]) {
        expect(url.startsWith(`${NEWSLETTER_SITE_URL}/`), `${email.name}: ${url}`).toBe(true)
        expect(existsSync(builtFile(url)), `${email.name}: ${url}`).toBe(true)
      }
    }
  })

  it('puts the public issue in the archive of every language, with its stories and cards', () => {
    const list = readFileSync(path.join(dist(), 'vi/newsletters/index.html'), 'utf8')
    expect(list).toContain('href="/vi/newsletters/monthly-30/"')
    const issue = readFileSync(path.join(dist(), 'id/newsletters/monthly-30/index.html'), 'utf8')
    expect(issue).toContain('Buletin JP-MIRAI Desember 2023')
    // The interview is not in Indonesian: shown in English, marked as such.
    expect(issue).toMatch(/<section lang="en">[\s\S]*Film director Yusei Naruse/)
    expect(issue).toContain('href="/id/good-practices/good-practice-13/"')
    // The weekly bulletin is not public: no page.
    expect(existsSync(path.join(dist(), 'ja/newsletters/weekly-101/index.html'))).toBe(false)
  })
})
