import { createHash } from 'node:crypto'

import { editedUiTextDigest } from '@mirai/content-schemas/i18n'

let textApplied = false

/** Told by lib/interfaceText.ts once the snapshot's interface text is what `t()` reads. */
export function interfaceTextApplied(): void {
  textApplied = true
}

/**
 * Pages render only from their props and the interface text, so a hash of both identifies their
 * output: Astro's incremental build skips a page whose key and code did not change since the
 * last build. The interface text is not in the props (templates call `t()` as they render), so
 * its digest is part of every key: text edited in the CMS renders every page again. A key made
 * before the text was applied would carry the code's strings' digest and leave pages stale, so
 * that is refused (getStaticPaths apply it by reading content, or by awaiting applyInterfaceText).
 */
export function cacheKeyOf(props: unknown): string {
  if (!textApplied)
    throw new Error('cacheKeyOf() before the interface text was applied: await applyInterfaceText() first')
  return createHash('sha1').update(editedUiTextDigest()).update('\0').update(JSON.stringify(props)).digest('base64url')
}
