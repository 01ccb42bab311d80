/**
 * Text for the site's XML files (RSS, sitemap): escaped, and without the characters XML 1.0 does
 * not allow at all (most control characters, unpaired surrogates, U+FFFE/U+FFFF) — one of those
 * in a title made the whole feed unreadable to feed readers.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
