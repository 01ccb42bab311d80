import { createHash } from 'node:crypto'

/**
 * Pages render only from their props, so a hash of the props identifies their output: Astro's
 * incremental build skips a page whose key and code did not change since the last build.
 */
export function cacheKeyOf(props: unknown): string {
  return createHash('sha1').update(JSON.stringify(props)).digest('base64url')
}
