import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import type { LocaleCode } from '@mirai/content-schemas/locales'
import { inject } from 'vitest'

/** Sections whose sub-folders are lists rather than documents. */
const LIST_FOLDERS = new Set(['category', 'page'])

/**
 * One built page of every page type of a language, read from the build itself so a new page type
 * is covered without a list to keep: the home, each section and list, one document of each
 * collection, one page of each paged or filtered list, the organisation pages, 404.
 */
export function pageOfEveryType(lang: LocaleCode): string[] {
  const dist = inject('distDir')
  const root = path.join(dist, lang)
  const byType = new Map<string, string>([['home', `/${lang}/`]])
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  const isPage = (dir: string) => existsSync(path.join(dir, 'index.html'))
  for (const first of folders(root)) {
    const dir = path.join(root, first)
    if (isPage(dir)) byType.set(first, `/${lang}/${first}/`)
    for (const second of folders(dir)) {
      const inner = path.join(dir, second)
      if (LIST_FOLDERS.has(second)) {
        const [third] = folders(inner).filter((f) => isPage(path.join(inner, f)))
        if (third) byType.set(`${first}/${second}/*`, `/${lang}/${first}/${second}/${third}/`)
      } else if (isPage(inner) && !byType.has(`${first}/*`)) byType.set(`${first}/*`, `/${lang}/${first}/${second}/`)
    }
  }
  return [...byType.values()]
}
