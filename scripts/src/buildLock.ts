/**
 * One site build at a time, across processes: a manual `pnpm build` during an automatic one
 * would otherwise write into the same snapshot, Astro cache and output folders.
 *
 * The lock is a file created exclusively (`wx`) holding who took it. Its holder touches it every
 * few seconds; a lock whose process is gone, or that nobody has touched for a while (a crashed
 * machine, a reused pid), is stale and is broken by the next build. Breaking renames the stale
 * file away first, so of two builds that both find it stale only one replaces it.
 */
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { link, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'

export interface LockHolder {
  pid: number
  host: string
  startedAt: string
  command: string
  token: string
}

export class BuildBusyError extends Error {
  constructor(readonly holder: LockHolder | null) {
    super(`another build is running (${describeHolder(holder)}); not starting a second one`)
  }
}

export interface LockOptions {
  /** Wait for a running build to finish (default), or fail at once with BuildBusyError. */
  wait?: boolean
  /** Give up waiting after this long (default 30 minutes). */
  timeoutMs?: number
  /** Told once when the lock is taken by someone else and this build starts waiting. */
  onWait?: (holder: LockHolder | null) => void
  pollMs?: number
}

/** Touched this often by the holder; not touched for STALE_MS means its holder is gone. */
const HEARTBEAT_MS = 5_000
export const STALE_MS = 60_000

export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'holder unknown'
  return `pid ${holder.pid} on ${holder.host}, "${holder.command}", started ${holder.startedAt}`
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(file: string): Promise<{ holder: LockHolder | null; text: string; touched: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)])
    let holder: LockHolder | null = null
    try {
      holder = JSON.parse(text) as LockHolder
    } catch {
      // Half-written by a process that died while taking it: only its age tells.
    }
    return { holder, text, touched: info.mtimeMs }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function isStale({ holder, touched }: { holder: LockHolder | null; touched: number }, now = Date.now()): boolean {
  if (now - touched > STALE_MS) return true
  return Boolean(holder && holder.host === hostname() && !alive(holder.pid))
}

export class BuildLock {
  #timer: NodeJS.Timeout

  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    this.#timer = setInterval(() => {
      const now = new Date()
      utimes(file, now, now).catch(() => {})
    }, HEARTBEAT_MS)
    this.#timer.unref()
  }

  async release(): Promise<void> {
    clearInterval(this.#timer)
    const current = await readHolder(this.file)
    if (current?.holder?.token === this.holder.token) await rm(this.file, { force: true })
  }
}

export async function acquireBuildLock(
  file: string,
  { wait = true, timeoutMs = 30 * 60_000, onWait, pollMs = 250 }: LockOptions = {},
): Promise<BuildLock> {
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 200) || 'build',
    token: randomUUID(),
  }
  const until = Date.now() + timeoutMs
  let told = false
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(holder), { flag: 'wx' })
      return new BuildLock(file, holder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const current = await readHolder(file)
    if (!current) continue
    if (isStale(current)) {
      await breakStale(file, current.text)
      continue
    }
    if (!wait || Date.now() > until) throw new BuildBusyError(current.holder)
    if (!told) {
      told = true
      onWait?.(current.holder)
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** Moves the stale lock aside, making sure it is the stale one that moved and not a fresh lock. */
async function breakStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${randomUUID()}`
  try {
    await rename(file, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return // someone else broke it first
    throw error
  }
  const moved = await readFile(aside, 'utf8').catch(() => '')
  if (moved !== staleText) {
    // Another build took the lock between our read and the rename: give it back (unless a third
    // one has meanwhile taken the free place, which then holds it).
    await link(aside, file).catch(() => {})
    await rm(aside, { force: true })
    return
  }
  await rm(aside, { force: true })
}
