/**
 * The moment the site is built, which decides upcoming vs past events and which alerts are still
 * on; the export and the site read it the same way. SITE_NOW fixes it for tests.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.SITE_NOW
  const date = fixed ? new Date(fixed) : new Date()
  if (Number.isNaN(date.getTime()))
    throw new Error(`SITE_NOW "${fixed}" is not a date (use ISO 8601, e.g. 2026-11-21T09:00:00+09:00)`)
  return date
}
