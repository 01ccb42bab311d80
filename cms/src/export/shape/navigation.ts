import { docPath, sectionPath } from '@mirai/content-schemas/paths'
import type { NavigationInput } from '@mirai/content-schemas/schemas'

import type { NavigationDoc } from './documents'
import type { PublicPages } from './publicPages'

/**
 * Each language's menu. Links go where docPath says a reader of that language finds the page (an
 * organisation page, which exists in en/ja only, sends a Vietnamese reader to /en/…); an item to
 * a document without a public page is left out, and a language with no item has no menu.
 */
export function shapeNavigation({ byLocale }: NavigationDoc, pages: PublicPages): NavigationInput {
  const navigation: NavigationInput = {}
  for (const [locale, nav] of byLocale) {
    const items: { label: string; href: string }[] = []
    for (const item of nav.items ?? []) {
      if (item.type === 'section' && item.section)
        items.push({ label: item.label, href: sectionPath(locale, item.section) })
      else if (item.type === 'custom' && item.url) items.push({ label: item.label, href: item.url })
      else if (item.type === 'document' && item.document) {
        const target = pages.get(item.document.relationTo, item.document.value)
        if (target) items.push({ label: item.label, href: docPath(locale, item.document.relationTo, target.slug) })
      }
    }
    if (items.length > 0) navigation[locale] = items
  }
  return navigation
}
