import type { PayloadRequest } from 'payload'

/**
 * Runs a nested Local API call on the same request (so it sees the request's transaction) without
 * letting it change the request's language: Payload sets `req.locale` and `req.fallbackLocale`
 * from the nested call's options, and the operation that is still running then writes in that
 * language (a translator's Vietnamese alt text was saved as `locale: 'all'` and lost).
 */
export async function keepingLocale<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
