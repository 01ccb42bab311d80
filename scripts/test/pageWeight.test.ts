import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { gzipSize, pageScriptPaths, pageTypeOf, pageWeight, siteReader, staticImports } from '../src/pageWeight'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function site(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'page-weight-'))
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), body)
  }
  return root
}

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports, not dynamic import()', () => {
    const source = [
      'import{a as b}from"./preact.js";import"./side.js";',
      "import x, { y } from '../lib/x.js'",
      'export{c}from"./c.js";',
      'const later=()=>import("./AssistForm.js");',
      'const text="import me";',
    ].join('\n')
    expect(staticImports(source)).toEqual(['./preact.js', './side.js', '../lib/x.js', './c.js'])
  })
})

describe('pageScriptPaths', () => {
  it('takes inline and external scripts, islands and module preloads, but no JSON data blocks', () => {
    const html = `<script>console.log(1)</script><script type="application/ld+json">{"@type":"Thing"}</script>
      <script type="module" src="/_astro/page.js"></script>
      <astro-island uid="x" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" ssr></astro-island>
      <link rel="modulepreload" href="/_astro/shared.js"><script src="https://elsewhere.example/x.js"></script>`
    expect(pageScriptPaths(html)).toEqual({
      inline: ['console.log(1)'],
      external: ['/_astro/page.js', '/_astro/Island.js', '/_astro/client.js', '/_astro/shared.js'],
    })
  })
})

describe('pageWeight', () => {
  it('counts every statically imported module once, and a module loaded on demand not at all', async () => {
    const island = 'import{h}from"./runtime.js";import{s}from"./shared.js";const f=()=>import("./Later.js");'
    const client = 'import{h}from"./runtime.js";'
    const runtime = 'export const h=1;'.repeat(200)
    const shared = 'import"./runtime.js";export const s=2;'
    const later = 'export default 3;'.repeat(5000)
    const dist = site({
      '_astro/Island.js': island,
      '_astro/client.js': client,
      '_astro/runtime.js': runtime,
      '_astro/shared.js': shared,
      '_astro/Later.js': later,
      '_astro/site.css': 'body{color:#222}',
    })
    const html = `<link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style><script>a()</script>
      <astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>`
    const weight = await pageWeight(html, siteReader(dist))
    expect(weight.scripts.sort()).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/runtime.js',
      '/_astro/shared.js',
    ])
    expect(weight.js).toBe(gzipSize('a()') + gzipSize(island) + gzipSize(client) + gzipSize(runtime) + gzipSize(shared))
    expect(weight.css).toBe(gzipSize('body{color:#222}') + gzipSize('p{margin:0}'))
    expect(weight.html).toBe(gzipSize(html))
  })

  it('fails, naming the file, when a page loads a script the build does not have', async () => {
    const dist = site({ 'ja/index.html': '' })
    await expect(pageWeight('<script src="/_astro/missing.js"></script>', siteReader(dist))).rejects.toThrow(
      '/_astro/missing.js',
    )
  })

  it('reads nothing outside the site folder', async () => {
    const dist = site({ 'ja/index.html': '' })
    writeFileSync(path.join(path.dirname(dist), 'outside-page-weight.js'), 'secret')
    try {
      await expect(pageWeight('<script src="/../outside-page-weight.js"></script>', siteReader(dist))).rejects.toThrow(
        'not in the build',
      )
    } finally {
      rmSync(path.join(path.dirname(dist), 'outside-page-weight.js'), { force: true })
    }
  })
})

describe('pageTypeOf', () => {
  const reserved = [
    'articles',
    'videos',
    'countries',
    'events',
    'good-practices',
    'newsletters',
    'search',
    'safety',
    '404',
  ]
  it('tells every page type of the site apart', () => {
    const types = Object.fromEntries(
      [
        'ja/index.html',
        'vi/articles/things-your-employer-must-not-do/index.html',
        'vi/articles/index.html',
        'vi/articles/page/2/index.html',
        'vi/articles/category/daily-life/index.html',
        'vi/events/index.html',
        'my/videos/how-to-read-a-payslip/index.html',
        'my/countries/vietnam/index.html',
        'my/events/seminar-2026/index.html',
        'ja/good-practices/a-workplace/index.html',
        'en/newsletters/30/index.html',
        'en/about/index.html',
        'ja/safety/index.html',
        'ja/search/index.html',
        'ja/help/index.html',
        'index.html',
        'ja/404/index.html',
        'ja/articles/page/index.html',
      ].map((f) => [f, pageTypeOf(f, reserved)]),
    )
    expect(types).toEqual({
      'ja/index.html': 'home',
      'vi/articles/things-your-employer-must-not-do/index.html': 'article',
      'vi/articles/index.html': 'list',
      'vi/articles/page/2/index.html': 'list',
      'vi/articles/category/daily-life/index.html': 'list',
      'vi/events/index.html': 'list',
      'my/videos/how-to-read-a-payslip/index.html': 'video',
      'my/countries/vietnam/index.html': 'country',
      'my/events/seminar-2026/index.html': 'event',
      'ja/good-practices/a-workplace/index.html': 'good practice',
      'en/newsletters/30/index.html': 'newsletter',
      'en/about/index.html': 'organisation',
      'ja/safety/index.html': 'safety',
      'ja/search/index.html': 'search',
      'ja/help/index.html': 'help',
      'index.html': null,
      'ja/404/index.html': null,
      'ja/articles/page/index.html': null,
    })
  })
})
