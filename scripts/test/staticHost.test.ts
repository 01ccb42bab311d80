import { describe, expect, it } from 'vitest'

import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, pageHeadersFor } from '../src/hosting/policy'
import { headersFile, redirectsFile } from '../src/hosting/staticHost'

describe('_headers for static hosts', () => {
  const rules = headersFile()
    .trim()
    .split(/\n(?=\/)/)
    .map((rule) => rule.split('\n'))

  it('sends the security headers everywhere, immutable caching on hashed bundles only, and sandboxes media', () => {
    expect(rules.map((r) => r[0])).toEqual(['/*', '/_astro/*', '/media/*'])
    expect(rules[0]).toContain('  X-Content-Type-Options: nosniff')
    expect(rules[0]).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`)
    expect(rules[1]).toEqual(['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable'])
    expect(rules[2]).toEqual(['/media/*', "  Content-Security-Policy: default-src 'none'; sandbox"])
  })

  it('sets each header in one rule only, so hosts that merge matching rules never join two values', () => {
    const names = rules.flatMap((r) => r.slice(1).map((line) => line.trim().split(':')[0]))
    const counted = names.filter((n) => n !== 'Content-Security-Policy')
    expect(new Set(counted).size).toBe(counted.length)
  })
})

describe('_headers for the pages that talk to the CMS', () => {
  it('gives the safety check of each language, and only it, a policy that names the CMS', () => {
    const blocks = headersFile(pageHeadersFor('https://cms.example.org'))
      .trim()
      .split(/\n(?=\/)/)
      .slice(3)
      .map((rule) => rule.split('\n'))
    expect(blocks.map((b) => b[0])).toEqual(
      ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'].flatMap((l) => [
        `/${l}/safety/`,
        `/${l}/safety/index.html`,
      ]),
    )
    for (const block of blocks)
      expect(block.slice(1)).toEqual([
        `  Content-Security-Policy: ${contentSecurityPolicy(['https://cms.example.org'])}`,
      ])
    expect(headersFile(pageHeadersFor(null))).toBe(headersFile())
  })
})

describe('_redirects for static hosts', () => {
  it('puts moved pages first, then sends unknown paths to their language’s 404 page', () => {
    const lines = redirectsFile([{ from: '/vi/articles/old/', to: '/vi/articles/new/', status: 301 }])
      .trim()
      .split('\n')
    expect(lines[0]).toBe('/vi/articles/old/ /vi/articles/new/ 301')
    expect(lines).toContain('/my/* /my/404/ 404')
    expect(lines).toHaveLength(1 + 9)
  })

  it('refuses anything that is not a path of the site', () => {
    expect(() => redirectsFile([{ from: '/a/', to: 'https://evil.example/', status: 302 }])).toThrow(
      /"to" is not a path of the site/,
    )
    expect(() => redirectsFile([{ from: '/a/ /b/ 200\n/c/', to: '/d/', status: 301 }])).toThrow(
      /"from" is not a path of the site/,
    )
  })
})
