const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const RELATIVE_PREFIXES = ['/', '#', '?', './', '../']

/**
 * The href to emit for a URL taken from the content, or null when the URL is not allowed.
 * An allow-list: http(s), mailto, tel and relative URLs pass; every other scheme (javascript:,
 * data:, vbscript:, …) and anything unparseable is dropped.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // Normalise as browsers do before parsing a URL: tabs and newlines are removed everywhere and
  // control characters and spaces trimmed at the ends, so `java\tscript:` is really `javascript:`.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '')
  // eslint-disable-next-line no-control-regex -- a URL holding a control character is refused
  if (url === '' || /[\x00-\x1f\x7f]/.test(url)) return null
  // `//host/x` and `/\host/x` are not relative: browsers take them to another host.
  if (/^[/\\]{2}/.test(url)) return null
  if (RELATIVE_PREFIXES.some((prefix) => url.startsWith(prefix))) return url
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]
  return scheme !== undefined && SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url : null
}

export function isAbsoluteUrl(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href)
}

/** Whether `target="_blank"` makes sense: not for mail and phone links, which open an app. */
export function canOpenInNewTab(href: string): boolean {
  return !/^(mailto|tel):/i.test(href)
}
