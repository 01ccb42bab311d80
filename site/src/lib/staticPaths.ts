/**
 * Building blocks of getStaticPaths: every page is generated for every language, with its props
 * (which carry all the data it renders) and the cache key derived from them.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'

import { cacheKeyOf } from './cacheKey'
import { chromeFor, type Chrome } from './chrome'

export interface PageProps {
  chrome: Chrome
}

export async function forEveryLanguage<P extends Record<string, unknown>, X extends Record<string, string>>(
  build: (lang: LocaleCode, chrome: Chrome) => Promise<{ params?: X; props: P }[]> | { params?: X; props: P }[],
) {
  const paths = []
  for (const lang of LOCALE_CODES) {
    const chrome = await chromeFor(lang)
    for (const { params, props } of await build(lang, chrome)) {
      const allProps = { ...props, chrome }
      paths.push({ params: { lang, ...(params ?? {}) }, props: allProps, cacheKey: cacheKeyOf(allProps) })
    }
  }
  return paths
}

export const PAGE_SIZE = 20

/** Splits a list into pages of PAGE_SIZE (at least one, possibly empty). */
export function paginate<T>(items: readonly T[]): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += PAGE_SIZE) pages.push(items.slice(i, i + PAGE_SIZE))
  return pages.length > 0 ? pages : [[]]
}
