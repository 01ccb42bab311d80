/**
 * Peak resident memory of this process and everything it starts (Astro, Pagefind), sampled from
 * /proc: the figure the build benchmark reports. Where /proc is missing it reports this process only.
 */
import { readdirSync, readFileSync } from 'node:fs'

function rssOfTree(root: number): number {
  let children: Map<number, number[]>
  try {
    children = new Map()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        const list = children.get(ppid) ?? []
        list.push(Number(entry))
        children.set(ppid, list)
      } catch {
        // process ended while listing
      }
    }
  } catch {
    return process.memoryUsage().rss
  }
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      total += kb * 1024
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export class PeakMemory {
  #peak = 0
  #timer: NodeJS.Timeout
  #label = ''
  /** Peak per label (e.g. per build stage), as set by `label()`. */
  readonly byLabel = new Map<string, number>()

  /** Samples the process `rootPid` (default: this one) and its descendants. */
  constructor(
    intervalMs = 250,
    readonly rootPid = process.pid,
  ) {
    this.sample()
    this.#timer = setInterval(() => this.sample(), intervalMs)
    this.#timer.unref()
  }

  sample(): void {
    const rss = rssOfTree(this.rootPid)
    this.#peak = Math.max(this.#peak, rss)
    if (this.#label) this.byLabel.set(this.#label, Math.max(this.byLabel.get(this.#label) ?? 0, rss))
  }

  label(name: string): void {
    this.sample()
    this.#label = name
  }

  stop(): number {
    clearInterval(this.#timer)
    this.sample()
    return this.#peak
  }
}
