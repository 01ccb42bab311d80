/**
 * Quality bars of the built site that readers notice: valid HTML, no broken internal links, no
 * serious accessibility problems on each kind of page in Japanese, Burmese and Vietnamese, and the
 * safety check's JavaScript within its budget (what a phone on a slow line downloads first).
 */
import { AxeBuilder } from '@axe-core/playwright'
import { HtmlValidate } from 'html-validate'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { JS_BUDGETS, pageWeight, siteReader } from '../../scripts/src/pageWeight'
import { launch, openPage } from './browser'
import { UNTRANSLATED_SLUG } from './globalSetup'

const PAGE_TYPES = [
  '/{lang}/',
  '/{lang}/articles/',
  '/{lang}/articles/residence-card-basics/',
  '/{lang}/articles/category/work-and-wages/',
  '/{lang}/videos/how-to-use-jp-mirai-assist/',
  '/{lang}/countries/vietnam/',
  '/{lang}/events/',
  '/{lang}/events/business-and-human-rights-introductory-seminar-2027/',
  '/{lang}/good-practices/good-practice-13/',
  '/{lang}/newsletters/monthly-30/',
  '/{lang}/safety/',
  '/{lang}/search/',
  '/{lang}/404/',
  `/{lang}/articles/${UNTRANSLATED_SLUG}/`,
]
const LANGS = ['ja', 'my', 'vi']

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)))
    else if (entry.name.endsWith('.html')) out.push(full)
  }
  return out
}

async function exists(dist: string, urlPath: string): Promise<boolean> {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!)
  for (const candidate of [path.join(dist, clean), path.join(dist, clean, 'index.html')]) {
    if ((await stat(candidate).catch(() => null))?.isFile()) return true
  }
  return false
}

describe('HTML', () => {
  it('is valid on one page of each type in Japanese, Burmese and Vietnamese', async () => {
    const dist = inject('distDir')
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro minifies HTML; these rules concern source formatting, not validity.
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        // Image focal points from the CMS are per image (object-position on the <img>).
        'no-inline-style': 'off',
        // Titles are written by editors in nine languages; length is theirs to judge.
        'long-title': 'off',
      },
    })
    const problems: string[] = []
    for (const lang of LANGS) {
      for (const type of ['/', ...PAGE_TYPES]) {
        const urlPath = type.replace('{lang}', lang)
        const file = path.join(dist, urlPath, 'index.html')
        const report = await validator.validateString(await readFile(file, 'utf8'), file)
        for (const result of report.results)
          for (const m of result.messages) problems.push(`${urlPath}:${m.line}: ${m.ruleId}: ${m.message}`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('links', () => {
  it('every internal link and asset of every page exists', async () => {
    const dist = inject('distDir')
    const files = await htmlFiles(dist)
    expect(files.length).toBeGreaterThan(100)
    const broken = new Set<string>()
    const checked = new Map<string, boolean>()
    for (const file of files) {
      const html = await readFile(file, 'utf8')
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        if (!url || url.startsWith('//')) continue
        if (!checked.has(url)) checked.set(url, await exists(dist, url))
        if (!checked.get(url)) broken.add(`${path.relative(dist, file)} → ${url}`)
      }
      for (const [, srcset] of html.matchAll(/srcset="([^"]*)"/g)) {
        for (const candidate of srcset!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
          if (!checked.has(candidate)) checked.set(candidate, await exists(dist, candidate))
          if (!checked.get(candidate)) broken.add(`${path.relative(dist, file)} → ${candidate}`)
        }
      }
    }
    expect([...broken].slice(0, 20)).toEqual([])
    expect(checked.size).toBeGreaterThan(500)
  })
})

describe('accessibility', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('has no serious or critical axe violations on any page type in ja, my and vi', async () => {
    const found: string[] = []
    for (const lang of LANGS) {
      for (const type of PAGE_TYPES) {
        const urlPath = type.replace('{lang}', lang)
        const { page, context } = await openPage(browser, urlPath)
        const results = await new AxeBuilder({ page }).analyze()
        for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          found.push(
            `${urlPath}: ${v.id} (${v.impact}): ${v.nodes
              .slice(0, 2)
              .map((n) => n.target.join(' '))
              .join('; ')}`,
          )
        }
        await context.close()
      }
    }
    expect(found).toEqual([])
  }, 300_000)
})

describe('weight', () => {
  it('the safety check loads at most 15 KB gzip of JavaScript, island included, its forms only when opened', async () => {
    const dist = inject('distDir')
    const read = siteReader(dist)
    expect(JS_BUDGETS.safety).toBe(15 * 1024)
    for (const lang of LANGS) {
      const weight = await pageWeight(await readFile(path.join(dist, lang, 'safety', 'index.html'), 'utf8'), read)
      // The check and its runtime are counted (a budget met by counting nothing would mean nothing).
      const counted = await Promise.all(weight.scripts.map(async (s) => (await read(s))!.toString('utf8')))
      expect(counted.some((body) => body.includes('safety-check-props') && body.includes('safety-question'))).toBe(true)
      expect(weight.scripts.some((s) => /\/(AssistForm|ConsentScreen)\.[\w-]+\.js$/.test(s))).toBe(false)
      expect(weight.js, `/${lang}/safety/: ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(JS_BUDGETS.safety!)
    }
  })
})
