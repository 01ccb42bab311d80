import { siteURL } from '../env'

/**
 * How the public Safety endpoints answer readers' browsers: only the site's origin may read the
 * answer, and nothing is cached. The site sends bodies as text/plain, a request browsers make
 * without asking first, so no preflight route is needed.
 */
export const publicAnswer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, {
    status,
    headers: { 'access-control-allow-origin': new URL(siteURL).origin, vary: 'origin', 'cache-control': 'no-store' },
  })

/** One refusal for every code that is wrong, unknown, inactive or outside a period: nothing to probe. */
export const CODE_REFUSED = { error: 'This code does not take answers now.' }
