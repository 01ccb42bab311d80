import { describe, expect, it } from 'vitest'

import { categoryPath, docPath, sectionPath, switchLanguage } from '../src/lib/paths'

describe('paths', () => {
  it('puts every document under its language with the shared slug', () => {
    expect(docPath('vi', 'articles', 'minimum-wage')).toBe('/vi/articles/minimum-wage/')
    expect(docPath('my', 'good-practices', 'good-practice-13')).toBe('/my/good-practices/good-practice-13/')
    expect(docPath('en', 'pages', 'about')).toBe('/en/about/')
  })

  it('refuses a collection without public pages', () => {
    expect(() => docPath('ja', 'activity-reports', 'x')).toThrow('No public page for collection "activity-reports"')
  })

  it('numbers list pages from 2', () => {
    expect(sectionPath('ja', 'articles')).toBe('/ja/articles/')
    expect(sectionPath('ja', 'articles', 3)).toBe('/ja/articles/page/3/')
    expect(categoryPath('es', 'daily-life', 2)).toBe('/es/articles/category/daily-life/page/2/')
  })

  it('keeps the page when switching language', () => {
    expect(switchLanguage('/vi/articles/minimum-wage/', 'my')).toBe('/my/articles/minimum-wage/')
    expect(switchLanguage('/ja/', 'en')).toBe('/en/')
    expect(switchLanguage('/', 'tl')).toBe('/tl/')
    expect(switchLanguage('/xx/whatever/', 'tl')).toBe('/tl/')
  })
})

describe('reserved page slugs', () => {
  it('name every page the site has directly under /{lang}/, so no organisation page can be shadowed', async () => {
    const { readdirSync } = await import('node:fs')
    const { RESERVED_PAGE_SLUGS } = await import('@mirai/content-schemas/paths')
    const routes = readdirSync(new URL('../src/pages/[lang]/', import.meta.url))
      .map((entry) => entry.replace(/\.(astro|ts)$/, ''))
      .filter((entry) => !entry.startsWith('[') && entry !== 'index' && !entry.includes('.'))
    expect([...routes].sort()).toEqual([...RESERVED_PAGE_SLUGS].sort())
  })
})
