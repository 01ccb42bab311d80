/**
 * The safety check's only requests, all to the CMS whose origin the build was given, and only
 * when the reader chose them: which workplace a flyer's code belongs to, the anonymous answers, a
 * request for Assist to call. Bodies go as text/plain, which browsers send without a preflight;
 * no cookie and no referrer (the page's address) go with them.
 */
import type { ConsultationRequestInput } from '@mirai/content-schemas/assist'

export interface Workplace {
  site: string
  company: { ja: string; en: string }
  /** The smallest group whose figures the company sees. */
  threshold: number
}

const options = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', mode: 'cors' } as const

async function post(url: string, body: unknown): Promise<Response | null> {
  try {
    return await fetch(url, { ...options, method: 'POST', body: JSON.stringify(body) })
  } catch {
    return null
  }
}

/** The workplace of a code, or null when the code takes no answers now or the CMS cannot be reached. */
export async function lookUpWorkplace(cms: string, code: string): Promise<Workplace | null> {
  try {
    const response = await fetch(`${cms}/api/business-sites/lookup?code=${encodeURIComponent(code)}`, options)
    // Read even when refused: a body left unread keeps the request open in some browsers.
    const data = (await response.json().catch(() => ({}))) as Partial<Workplace>
    if (!response.ok) return null
    if (typeof data.site !== 'string' || typeof data.company?.ja !== 'string' || typeof data.threshold !== 'number')
      return null
    return {
      site: data.site,
      company: { ja: data.company.ja, en: data.company.en || data.company.ja },
      threshold: data.threshold,
    }
  } catch {
    return null
  }
}

export interface SharedAnswers {
  site: string
  language: string
  answers: Record<string, boolean>
  token: string
}

export async function shareAnswers(cms: string, body: SharedAnswers): Promise<boolean> {
  const response = await post(`${cms}/api/safety-answers/submit`, body)
  await response?.text().catch(() => '')
  return response?.ok ?? false
}

const TOKEN_KEY = 'mirai-safety-device'

/**
 * A random token kept on this device once the reader shares: a second answer in the same period
 * replaces the first. It is not derived from the device and means nothing anywhere else.
 */
export function deviceToken(): string {
  const kept = window.localStorage.getItem(TOKEN_KEY)
  if (kept && /^[A-Za-z0-9_-]{32}$/.test(kept)) return kept
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  const token = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
  window.localStorage.setItem(TOKEN_KEY, token)
  return token
}

/** The reference number of the stored request, or null when it could not be sent. */
export async function askAssist(cms: string, input: ConsultationRequestInput): Promise<string | null> {
  const response = await post(`${cms}/api/consultation-requests/submit`, input)
  if (!response) return null
  if (response.status !== 201) {
    await response.text().catch(() => '')
    return null
  }
  try {
    const { reference } = (await response.json()) as { reference?: unknown }
    return typeof reference === 'string' ? reference : null
  } catch {
    return null
  }
}
