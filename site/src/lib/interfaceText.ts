/**
 * The interface text edited in the CMS (the snapshot's `interfaceText`), made what `t()` and
 * `tWithRuby()` read for the whole build. `t()` keeps its table in module state
 * (content-schemas/src/i18n), so the table is applied once per build process, before any page
 * asks for a string. Two places call this, because neither alone comes first in every case:
 * - the content reads of lib/content.ts, which every getStaticPaths goes through: Astro runs all
 *   of them before it renders any page, and they already call `t()` for props and cache keys;
 * - the middleware (src/middleware.ts), which runs before every page and endpoint is rendered,
 *   including those without getStaticPaths (the language chooser, /sw-strings.json, the feeds).
 */
import { applyEditedUiText } from '@mirai/content-schemas/i18n'
import { getCollection } from 'astro:content'

import { interfaceTextApplied } from './cacheKey'

let applying: Promise<void> | undefined

/** Applies the snapshot's interface text; once, however often and from wherever it is called. */
export function applyInterfaceText(): Promise<void> {
  applying ??= getCollection('interfaceText').then(([entry]) => {
    // A snapshot from before interface text was editable has none: the code's strings throughout.
    applyEditedUiText(entry?.data ?? {})
    interfaceTextApplied()
  })
  return applying
}
