/**
 * Moved pages: the one list every host follows (nginx, `_redirects` hosts, `pnpm serve`). A
 * redirect's paths end up verbatim in nginx's configuration and in `_redirects`, so they are held
 * to the paths the site itself makes — slash-separated ASCII segments — and anything else stops
 * the build before a line is written: spaces, quotes, `;`, braces or line breaks would be nginx
 * syntax, `$` a variable, `//` or a scheme another site, `..` or a dot-folder a file the site
 * does not publish. That rule is content-schemas' (redirects.ts), which the CMS checks on save too.
 */
import { redirectPathProblem as pathProblem } from '@mirai/content-schemas/redirects'

/** A moved page: `from` answers with a redirect to `to` (query string kept). */
export interface Redirect {
  from: string
  to: string
  status: 301 | 302
}

const STATUSES: readonly number[] = [301, 302]

const describe = (r: Partial<Redirect>) => `${JSON.stringify(r.from)} → ${JSON.stringify(r.to)}`

/**
 * The redirects as given when every one is sound, else an error naming each that is not. Also
 * refused: a status other than 301/302, a redirect to itself, two redirects from one path.
 */
export function checkRedirects(redirects: readonly Redirect[]): readonly Redirect[] {
  if (!Array.isArray(redirects)) throw new Error('Redirects: not a list')
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [i, r] of (redirects as readonly Partial<Redirect>[]).entries()) {
    const where = `redirect ${i + 1} (${describe(r ?? {})})`
    if (typeof r !== 'object' || r === null) {
      problems.push(`redirect ${i + 1}: not an object`)
      continue
    }
    for (const key of ['from', 'to'] as const) {
      const problem = pathProblem(r[key])
      if (problem) problems.push(`${where}: "${key}" is not a path of the site: ${problem}`)
    }
    if (!STATUSES.includes(r.status as number)) problems.push(`${where}: status ${String(r.status)} is not 301 or 302`)
    if (r.from === r.to) problems.push(`${where}: redirects to itself`)
    if (typeof r.from === 'string') {
      if (seen.has(r.from)) problems.push(`${where}: a second redirect from ${r.from}`)
      seen.add(r.from)
    }
  }
  if (problems.length > 0) throw new Error(`Refused redirects:\n  ${problems.join('\n  ')}`)
  return redirects
}

/** A chain that comes back to where it started never ends in a page: refused. */
export function checkNoLoops(redirects: readonly Redirect[]): void {
  const next = new Map(redirects.map((r) => [r.from, r.to]))
  for (const start of next.keys()) {
    const visited = new Set([start])
    for (let at = next.get(start); at !== undefined; at = next.get(at)) {
      if (visited.has(at)) throw new Error(`Refused redirects: ${[...visited, at].join(' → ')} never reaches a page`)
      visited.add(at)
    }
  }
}
