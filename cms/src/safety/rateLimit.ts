import { createHash, randomBytes } from 'node:crypto'

/**
 * A limit of requests per sender, kept in this process's memory only: the sender is a hash of its
 * address with a salt drawn at start and never stored, so the count cannot be traced back to
 * anyone and is gone with the process.
 */
export class RateLimit {
  readonly #salt = randomBytes(16)
  readonly #seen = new Map<string, { count: number; since: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one request from `sender`; false once it has used its share of the window. */
  allow(sender: string, now = Date.now()): boolean {
    if (this.#seen.size > 50_000) this.#prune(now)
    const key = createHash('sha256').update(this.#salt).update(sender).digest('base64url')
    const entry = this.#seen.get(key)
    if (!entry || now - entry.since >= this.windowMs) {
      this.#seen.set(key, { count: 1, since: now })
      return true
    }
    entry.count++
    return entry.count <= this.limit
  }

  #prune(now: number) {
    for (const [key, entry] of this.#seen) if (now - entry.since >= this.windowMs) this.#seen.delete(key)
  }
}

/**
 * The sender of a request as the CMS sees it. The last X-Forwarded-For entry is the one the
 * proxy in front of the CMS added (nginx's `$proxy_add_x_forwarded_for` appends it); the ones
 * before it are whatever the client sent, which would let it pose as anyone.
 */
export const senderOf = (headers: Headers) =>
  headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || headers.get('x-real-ip') || 'unknown'
