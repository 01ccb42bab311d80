import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../src/locales'
import { listPath } from '../src/paths'
import {
  applyMoves,
  documentPaths,
  pathLanguage,
  redirectEntry,
  redirectLoop,
  redirectFromProblem,
  redirectPathProblem,
  removedPaths,
  renamedPaths,
} from '../src/redirects'

describe('renamedPaths', () => {
  it('sends the old page of every language to the new one of the same language', () => {
    const moves = renamedPaths('articles', 'old-wages', 'wages')
    expect(moves).toHaveLength(LOCALE_CODES.length)
    expect(moves).toContainEqual({ from: '/vi/articles/old-wages/', to: '/vi/articles/wages/' })
    expect(moves).toContainEqual({ from: '/my/articles/old-wages/', to: '/my/articles/wages/' })
  })

  it('gives organisation pages one redirect per page they have (English and Japanese)', () => {
    expect(renamedPaths('pages', 'about-us', 'about')).toEqual([
      { from: '/ja/about-us/', to: '/ja/about/' },
      { from: '/en/about-us/', to: '/en/about/' },
    ])
  })

  it('is empty when the slug did not change', () => {
    expect(renamedPaths('events', 'a', 'a')).toEqual([])
  })
})

describe('removedPaths', () => {
  it('sends a deleted document’s pages to its section’s list, the home page for organisation pages', () => {
    expect(removedPaths('events', 'fair')).toContainEqual({ from: '/tl/events/fair/', to: '/tl/events/' })
    expect(removedPaths('pages', 'about')).toEqual([
      { from: '/ja/about/', to: '/ja/' },
      { from: '/en/about/', to: '/en/' },
    ])
    expect(listPath('zh', 'good-practices')).toBe('/zh/good-practices/')
    expect(() => listPath('ja', 'users')).toThrow(/No public page/)
  })
})

describe('applyMoves', () => {
  it('records a move', () => {
    expect(applyMoves([], [{ from: '/ja/a/', to: '/ja/b/' }], ['/ja/b/'])).toEqual({
      write: [{ from: '/ja/a/', to: '/ja/b/' }],
      remove: [],
    })
  })

  it('collapses chains: A→B then B→C gives A→C and B→C', () => {
    const { write, remove } = applyMoves([{ from: '/a/', to: '/b/' }], [{ from: '/b/', to: '/c/' }], ['/c/'])
    expect(write).toEqual([
      { from: '/a/', to: '/c/' },
      { from: '/b/', to: '/c/' },
    ])
    expect(remove).toEqual([])
  })

  it('drops a redirect whose old path is a page again, so renaming back makes no loop', () => {
    // a → b, then b → a: /a/ lives again.
    const { write, remove } = applyMoves([{ from: '/a/', to: '/b/' }], [{ from: '/b/', to: '/a/' }], ['/a/'])
    expect(remove).toEqual(['/a/'])
    expect(write).toEqual([{ from: '/b/', to: '/a/' }])
  })

  it('drops a redirect from a path a new document now takes, and leaves others alone', () => {
    const existing = [
      { from: '/ja/x/', to: '/ja/y/' },
      { from: '/ja/p/', to: '/ja/q/' },
    ]
    expect(applyMoves(existing, [], ['/ja/x/'])).toEqual({ write: [], remove: ['/ja/x/'] })
  })

  it('never writes a redirect to itself nor one from a live page', () => {
    expect(applyMoves([], [{ from: '/a/', to: '/a/' }], [])).toEqual({ write: [], remove: [] })
    expect(applyMoves([], [{ from: '/a/', to: '/b/' }], ['/a/'])).toEqual({ write: [], remove: [] })
    // c → a existed; a moves to c: c is live, c → a goes, a → c is written.
    expect(applyMoves([{ from: '/c/', to: '/a/' }], [{ from: '/a/', to: '/c/' }], ['/c/'])).toEqual({
      write: [{ from: '/a/', to: '/c/' }],
      remove: ['/c/'],
    })
  })
})

describe('redirectLoop', () => {
  it('finds the chain a redirect would close', () => {
    const existing = [
      { from: '/b/', to: '/c/' },
      { from: '/c/', to: '/a/' },
    ]
    expect(redirectLoop(existing, { from: '/a/', to: '/b/' })).toEqual(['/a/', '/b/', '/c/', '/a/'])
    expect(redirectLoop(existing, { from: '/a/', to: '/d/' })).toBeNull()
    expect(redirectLoop([], { from: '/a/', to: '/a/' })).toEqual(['/a/', '/a/'])
    // Replacing a's own redirect is not a loop with its old self.
    expect(redirectLoop([{ from: '/a/', to: '/b/' }], { from: '/a/', to: '/c/' })).toBeNull()
  })
})

describe('redirectPathProblem', () => {
  it('accepts the site’s paths and names what is wrong with anything else', () => {
    for (const lang of LOCALE_CODES)
      for (const path of documentPaths('articles', 'wages-2026')) expect(redirectPathProblem(path), lang).toBeNull()
    expect(redirectPathProblem('/ja/events/fair.ics')).toBeNull()
    expect(redirectPathProblem('/a/\r\nSet-Cookie: x')).toMatch(/the segment/)
    expect(redirectPathProblem('//evil.example/')).toMatch(/empty segment/)
    expect(redirectPathProblem('/ja/../etc/')).toMatch(/the segment "\.\."/)
    expect(redirectPathProblem('/ja/$host/')).toMatch(/the segment/)
    expect(redirectPathProblem('/ja/a b/')).toMatch(/the segment/)
    expect(redirectPathProblem('https://evil.example/')).toMatch(/not an absolute path/)
    expect(redirectPathProblem(42)).toBe('not a string')
    expect(redirectPathProblem(`/${'a'.repeat(1000)}/`)).toMatch(/longer than 900/)
  })
})

describe('redirectFromProblem', () => {
  it('refuses an old address among the site’s files, where no page can be', () => {
    expect(redirectFromProblem('/media/photo/')).toMatch(/holds the site’s files/)
    expect(redirectFromProblem('/_astro/x.js')).toMatch(/holds the site’s files/)
    expect(redirectFromProblem('/pagefind/')).toMatch(/holds the site’s files/)
    expect(redirectFromProblem('/ja/media/')).toBeNull()
    expect(redirectFromProblem('//evil/')).toMatch(/empty segment/)
  })
})

describe('redirectEntry', () => {
  it('takes a sound redirect and refuses a hostile or self-leading one', () => {
    expect(redirectEntry.parse({ id: '/ja/a/', from: '/ja/a/', to: '/ja/b/' })).toEqual({
      id: '/ja/a/',
      from: '/ja/a/',
      to: '/ja/b/',
    })
    expect(() => redirectEntry.parse({ id: '/ja/a/', from: '/ja/a/', to: '//evil.example/' })).toThrow(/not a path/)
    expect(() => redirectEntry.parse({ id: '/ja/a/', from: '/ja/a/', to: '/ja/a/' })).toThrow(/itself/)
    expect(() => redirectEntry.parse({ id: 'x', from: '/ja/a/', to: '/ja/b/' })).toThrow(/id must be/)
  })
})

describe('pathLanguage', () => {
  it('reads the language of a path, null for paths outside a language', () => {
    expect(pathLanguage('/my/articles/a/')).toBe('my')
    expect(pathLanguage('/campaign/')).toBeNull()
    expect(pathLanguage('/')).toBeNull()
  })
})
