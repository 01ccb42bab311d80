/**
 * Builds as an operator meets them (hardening items 10 and 11): a manual build during an
 * automatic one, a build killed at any stage, a reader requesting pages all the while. Builds
 * run in their own processes, as `pnpm build` and the CMS's rebuilds do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLockFile } from '../src/build-site'
import { acquireBuildLock } from '../src/buildLock'
import { siteDir } from '../src/paths'

const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = path.join(scriptsDir, 'node_modules/.bin/tsx')
const dir = mkdtempSync(path.join(tmpdir(), 'mirai-build-safety-'))
const snapshot = path.join(dir, 'snapshot', 'content.json')
const dist = path.join(dir, 'dist')
const env = { ...process.env, SNAPSHOT_DIR: path.dirname(snapshot), SITE_DIST: dist }

interface Run {
  child: ChildProcess
  lines: string[]
  /** Resolves with the exit code. */
  exited: Promise<number | null>
  /** Resolves when a line matching `pattern` has been printed. */
  printed: (pattern: RegExp) => Promise<string>
}

function startBuild(...args: string[]): Run {
  const child = spawn(tsx, [path.join(scriptsDir, 'test/fixtures/run-build.ts'), ...args], {
    cwd: scriptsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
  let buffer = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const parts = buffer.split('\n')
    buffer = parts.pop()!
    for (const line of parts) {
      lines.push(line)
      for (const w of waiters.filter((w) => w.pattern.test(line))) w.resolve(line)
    }
  })
  child.stderr!.on('data', () => {})
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    lines,
    exited,
    printed: (pattern) =>
      new Promise((resolve, reject) => {
        const found = lines.find((l) => pattern.test(l))
        if (found) return resolve(found)
        waiters.push({ pattern, resolve })
        void exited.then(() =>
          setTimeout(() => reject(new Error(`exited without printing ${pattern}:\n${lines.join('\n')}`)), 50),
        )
      }),
  }
}

const at = (line: string) => Number(line.split(' ')[0])

/** Every file of the live site, relative to it (the search index's file names hash its content). */
function liveFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      path.relative(dist, path.join(e.parentPath, e.name)).replace(/^(pagefind\/.*_)[0-9a-f]{6,}(\.pf_\w+)$/, '$1#$2'),
    )
    .sort()
}

const PAGES = ['index.html', 'ja/index.html', 'vi/articles/minimum-wage/index.html', 'my/index.html', 'sw.js']
let complete: string[] = []

beforeAll(async () => {
  cpSync(path.join(siteDir, 'test/fixtures/minimal'), path.dirname(snapshot), { recursive: true })
  const first = startBuild()
  expect(await first.exited).toBe(0)
  complete = liveFiles()
}, 120_000)
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function setTitle(title: string) {
  const data = JSON.parse(readFileSync(snapshot, 'utf8'))
  data.articles[0].translations.ja.title = title
  writeFileSync(snapshot, JSON.stringify(data))
}

describe('hardening 10: two builds at once', () => {
  it('the second waits for the first, then builds; the live site is one whole build', async () => {
    setTitle('最低賃金（同時ビルド）')
    const first = startBuild()
    await first.printed(/ stage prepare/)
    const second = startBuild()
    const waiting = await second.printed(/waiting for the build already running \(pid \d+/)
    expect(await first.exited).toBe(0)
    expect(await second.exited).toBe(0)
    const firstDone = at(first.lines.find((l) => / done /.test(l))!)
    const secondPrepare = at(second.lines.find((l) => / stage prepare/.test(l))!)
    expect(at(waiting)).toBeLessThan(firstDone)
    expect(secondPrepare).toBeGreaterThanOrEqual(firstDone)
    expect(liveFiles()).toEqual(complete)
    expect(readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')).toContain(
      '最低賃金（同時ビルド）',
    )
    // The live release and the one before it; nothing half-built left behind.
    expect(readdirSync(`${dist}.releases`)).toHaveLength(2)
  }, 180_000)

  it('with --no-wait, the second exits at once with a one-line reason', async () => {
    const lock = await acquireBuildLock(buildLockFile())
    try {
      const second = startBuild('--no-wait')
      expect(await second.exited).toBe(75)
      expect(second.lines.filter((l) => / failed /.test(l))).toEqual([
        expect.stringMatching(
          new RegExp(`failed another build is running \\(pid ${process.pid} on .*\\); not starting a second one$`),
        ),
      ])
    } finally {
      await lock.release()
    }
  }, 60_000)

  it('a lock left by a build that crashed does not block the next one', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' })
    const deadPid = Number(gone.stdout.trim())
    writeFileSync(
      buildLockFile(),
      JSON.stringify({
        pid: deadPid,
        host: (await import('node:os')).hostname(),
        startedAt: new Date().toISOString(),
        command: 'crashed build',
        token: 'x',
      }),
    )
    const next = startBuild('--no-wait')
    expect(await next.exited).toBe(0)
    expect(existsSync(buildLockFile())).toBe(false)
  }, 120_000)
})

describe('hardening 11: a crash never leaves no site', () => {
  it.each(['prepare', 'astro build', 'search index', 'swap'])(
    'a build killed at "%s" leaves a complete live site, and the next build goes live',
    async (stage) => {
      setTitle(`最低賃金（${stage}で中断）`)
      const before = readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')
      const run = startBuild()
      await run.printed(new RegExp(` stage ${stage}$`))
      run.child.kill('SIGKILL')
      await run.exited
      expect(lstatSync(dist).isSymbolicLink()).toBe(true)
      expect(liveFiles()).toEqual(complete)
      const now = readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')
      if (stage !== 'swap') expect(now).toBe(before)
      const next = startBuild()
      expect(await next.exited).toBe(0)
      expect(liveFiles()).toEqual(complete)
      expect(readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')).toContain(
        `最低賃金（${stage}で中断）`,
      )
    },
    180_000,
  )

  it('a reader gets a whole page at every instant of a build, and a failed build keeps the last good site', async () => {
    setTitle('最低賃金（読みながら）')
    const run = startBuild()
    let reads = 0
    const failures: string[] = []
    while (run.child.exitCode === null) {
      for (const page of PAGES) {
        try {
          const text = readFileSync(path.join(dist, page), 'utf8')
          if (page.endsWith('.html') && !text.trimEnd().endsWith('</html>')) failures.push(`${page}: cut short`)
          reads++
        } catch (error) {
          failures.push(`${page}: ${(error as Error).message}`)
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(await run.exited).toBe(0)
    expect(failures).toEqual([])
    expect(reads).toBeGreaterThan(100)

    const live = readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')
    setTitle('')
    const broken = startBuild()
    expect(await broken.exited).toBe(1)
    expect(broken.lines.join('\n')).toMatch(/articles a1 \(ja\): translations\.ja\.title/)
    expect(readFileSync(path.join(dist, 'ja/articles/minimum-wage/index.html'), 'utf8')).toBe(live)
    expect(liveFiles()).toEqual(complete)
  }, 180_000)
})
