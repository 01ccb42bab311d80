/**
 * The whole publish pipeline behind `pnpm build`: export the CMS content → astro build → Pagefind
 * index, into a staging folder that replaces site/dist only when every stage succeeded. A failed
 * build leaves the previous site exactly as it was.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportContent, type ExportResult } from './export/write'
import { mirrorTree } from './mirror'
import { distDir, siteDir } from './paths'

export interface StageTiming {
  stage: string
  ms: number
}

export interface BuildResult {
  stages: StageTiming[]
  pages: number
  export: ExportResult | null
  dist: string
}

export class BuildError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(`${stage}: ${message}`)
  }
}

async function timed<T>(stages: StageTiming[], stage: string, run: () => Promise<T>, onStage?: (stage: string) => void): Promise<T> {
  onStage?.(stage)
  const started = Date.now()
  try {
    return await run()
  } catch (error) {
    if (error instanceof BuildError) throw error
    throw new BuildError(stage, error instanceof Error ? error.message : String(error))
  } finally {
    stages.push({ stage, ms: Date.now() - started })
  }
}

/**
 * Runs `astro build` in its own process so its memory is returned when it ends. `force` renders
 * every page, ignoring Astro's incremental cache.
 */
function astroBuild(outDir: string, env: Record<string, string>, force: boolean): Promise<{ pages: number }> {
  return new Promise((resolve, reject) => {
    const args = [path.join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build', ...(force ? ['--force'] : [])]
    const child = spawn(process.execPath, args, {
      cwd: siteDir,
      env: { ...process.env, ...env, SITE_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) {
        const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0)
        resolve({ pages })
      } else {
        // The last lines of Astro's output say what failed (e.g. the snapshot validation errors).
        const tail = output.trim().split('\n').slice(-15).join('\n')
        reject(new BuildError('astro build', `exited with code ${code}\n${tail}`))
      }
    })
  })
}

/** One search index per language (Pagefind reads <html lang>); furigana readings are left out. */
async function indexSearch(outDir: string): Promise<void> {
  const output = path.join(outDir, 'pagefind')
  const started = Date.now() - 1000
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] })
  if (!index) throw new Error(errors.join('; '))
  const added = await index.addDirectory({ path: outDir })
  if (added.errors.length > 0) throw new Error(added.errors.join('; '))
  const written = await index.writeFiles({ outputPath: output })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  await pagefind.close()
  // Pagefind writes its whole index every time; what it did not write now is from an older index.
  removeOlderThan(output, started)
}

function removeOlderThan(dir: string, time: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) removeOlderThan(full, time)
    else if (statSync(full).mtimeMs < time) rmSync(full)
  }
}

/**
 * Astro skips a page when its incremental manifest says the page is unchanged and the page is
 * already in the output folder. That is only sound when the output folder (a copy of the live
 * site) is what the manifest describes, i.e. the last Astro build is the one that went live. The
 * manifest's digest is recorded at each swap; when they differ (a build that failed after Astro,
 * an interrupted one, a fresh machine), every page is rendered again.
 */
const astroManifest = path.join(siteDir, 'node_modules/.astro/incremental-build.json')

function manifestDigest(): string | null {
  try {
    return createHash('sha1').update(readFileSync(astroManifest)).digest('hex')
  } catch {
    return null
  }
}

interface LiveState {
  astroManifest: string | null
}

function readLiveState(file: string): LiveState | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LiveState
  } catch {
    return null
  }
}

export interface BuildOptions {
  /** A running Payload to export from; without it the existing snapshot is used as is. */
  payload?: Payload
  env?: Record<string, string>
  log?: (line: string) => void
  /** Called as each stage starts (the benchmark samples memory per stage). */
  onStage?: (stage: string) => void
}

export async function buildSite({ payload, env = {}, log = () => {}, onStage }: BuildOptions = {}): Promise<BuildResult> {
  const stages: StageTiming[] = []
  const dist = distDir()
  const staging = path.join(path.dirname(dist), '.site-build')
  const previous = `${dist}.previous`
  const stateFile = path.join(path.dirname(dist), '.site-build-state.json')
  const exported = payload ? await timed(stages, 'export', () => exportContent(payload), onStage) : null
  if (exported) log(`export: ${Object.entries(exported.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`)
  // The site from before the last swap (or what an interrupted build left) becomes the staging
  // folder, brought up to date with the live site: only what changed since is copied.
  const force = await timed(
    stages,
    'prepare',
    async () => {
      if (existsSync(previous)) {
        if (existsSync(staging)) await rm(previous, { recursive: true, force: true })
        else await rename(previous, staging)
      }
      if (!existsSync(dist)) return true
      // Pagefind rewrites its whole index anyway, and overwriting files is far cheaper here than
      // creating them.
      const { copied, removed } = mirrorTree(dist, staging, { leave: ['pagefind'] })
      log(`prepare: ${copied} file(s) copied, ${removed} removed`)
      return readLiveState(stateFile)?.astroManifest !== manifestDigest()
    },
    onStage,
  )
  const { pages } = await timed(stages, 'astro build', () => astroBuild(staging, env, force), onStage)
  log(`astro build: ${pages} pages${force ? ' (all rendered)' : ''}`)
  await timed(stages, 'search index', () => indexSearch(staging), onStage)
  log('search index: done')
  // Two renames: readers get either the old site or the new one. The old one is kept to be the
  // staging folder of the next build.
  await timed(
    stages,
    'swap',
    async () => {
      if (existsSync(dist)) await rename(dist, previous)
      await rename(staging, dist)
      writeFileSync(stateFile, JSON.stringify({ astroManifest: manifestDigest() } satisfies LiveState))
    },
    onStage,
  )
  return { stages, pages, export: exported, dist }
}
