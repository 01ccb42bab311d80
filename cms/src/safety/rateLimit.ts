import { createHash, randomBytes } from 'node:crypto'

const MAX_SENDERS = 100_000

/**
 * A limit of requests per sender, kept in this process's memory only: the sender is a hash of its
 * address with a salt drawn at start and never stored, so the count cannot be traced back to
 * anyone and is gone with the process.
 */
export class RateLimit {
  readonly #salt = randomBytes(16)
  readonly #seen = new Map<string, { count: number; since: number }>()
  #prunedAt = 0

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one request from `sender`; false once it has used its share of the window. */
  allow(sender: string, now = Date.now()): boolean {
    // Old windows go at most once a window; a flood of new senders past the cap empties the table
    // (losing counts, never memory).
    if (now - this.#prunedAt >= this.windowMs) this.#prune(now)
    if (this.#seen.size >= MAX_SENDERS) this.#seen.clear()
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
    this.#prunedAt = now
    for (const [key, entry] of this.#seen) if (now - entry.since >= this.windowMs) this.#seen.delete(key)
  }
}

/**
 * The sender of a request as the CMS sees it. The last X-Forwarded-For entry is the one the
 * proxy in front of the CMS added (nginx's `$proxy_add_x_forwarded_for` appends it); the ones
 * before it are whatever the client sent, which would let it pose as anyone.
 */
export function senderOf(headers: Headers): string {
  const address = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || headers.get('x-real-ip') || 'unknown'
  // One IPv6 subscriber holds a whole /64: counted as one sender.
  return address.includes(':') ? address.split(':').slice(0, 4).join(':') : address
}
