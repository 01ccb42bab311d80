/**
 * Runs before every page and endpoint is rendered, prerendered ones included (the site is
 * static: at build time). Pages without getStaticPaths — the language chooser, /sw-strings.json,
 * the feeds — read no content before they call `t()`, so the edited interface text is applied
 * here too (lib/interfaceText.ts); after the first call this only awaits a settled promise.
 */
import { defineMiddleware } from 'astro:middleware'

import { applyInterfaceText } from './lib/interfaceText'

export const onRequest = defineMiddleware(async (_context, next) => {
  await applyInterfaceText()
  return next()
})
