import { createHash, randomBytes } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

import { clientAddress, type ClientAddressSource } from '../env'

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
 * The sender of a request as the CMS sees it: the address the trusted proxy wrote (see
 * `resolveClientAddress` in env.ts), never one a client wrote in front of it. A request without
 * that address, or with something that is not an address in its place, did not come through the
 * proxy as configured: all such requests count as one sender, so forging it gains nothing.
 */
export function senderOf(headers: Headers, source: ClientAddressSource = clientAddress): string {
  const entries = (headers.get(source.header) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const address =
    source.proxies === null
      ? entries.length === 1
        ? entries[0]
        : undefined
      : entries[Math.max(0, entries.length - source.proxies)]
  return (address && networkOf(address)) || 'unknown'
}

/**
 * One subscriber's addresses as one sender: an IPv4 address, or the /64 an IPv6 subscriber holds
 * whole (however the proxy wrote it: `2001:db8::1` and `2001:db8:0:0:0:0:0:2` are one network).
 * Null for what is not an address.
 */
export function networkOf(written: string): string | null {
  // A port some proxies add: "203.0.113.7:51234", "[2001:db8::1]:443".
  const bare = written.replace(/^\[([^\]]+)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
  if (isIPv4(bare)) return bare
  if (!isIPv6(bare)) return null
  const groups = ipv6Groups(bare)
  // An IPv4 address written as IPv6 (::ffff:203.0.113.7) is that IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.')
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const part = (s: string) => (s ? s.split(':') : [])
  const written =
    tail === undefined
      ? part(head)
      : [...part(head), ...Array<string>(8 - part(head).length - part(tail).length).fill('0'), ...part(tail)]
  return written.map((group) => parseInt(group, 16))
}
