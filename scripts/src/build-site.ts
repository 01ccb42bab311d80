/**
 * The whole publish pipeline behind `pnpm build`: export the CMS content → astro build → Pagefind
 * index, into a staging folder that replaces site/dist only when every stage succeeded. A failed
 * build leaves the previous site exactly as it was.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportContent, type ExportResult } from './export/write'
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

/** Runs `astro build` in its own process so its memory is returned when it ends. */
function astroBuild(outDir: string, env: Record<string, string>): Promise<{ pages: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
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
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] })
  if (!index) throw new Error(errors.join('; '))
  const added = await index.addDirectory({ path: outDir })
  if (added.errors.length > 0) throw new Error(added.errors.join('; '))
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  await pagefind.close()
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
  // Left-overs of an interrupted build, and the site before the last swap.
  await Promise.all([rm(staging, { recursive: true, force: true }), rm(previous, { recursive: true, force: true })])
  try {
    const exported = payload ? await timed(stages, 'export', () => exportContent(payload), onStage) : null
    if (exported) log(`export: ${Object.entries(exported.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`)
    const { pages } = await timed(stages, 'astro build', () => astroBuild(staging, env), onStage)
    log(`astro build: ${pages} pages`)
    await timed(stages, 'search index', () => indexSearch(staging), onStage)
    log('search index: done')
    // Two renames: readers get either the old site or the new one. The old copy is deleted at
    // the start of the next build rather than making this one wait for it.
    await timed(
      stages,
      'swap',
      async () => {
        if (existsSync(dist)) await rename(dist, previous)
        await rename(staging, dist)
      },
      onStage,
    )
    return { stages, pages, export: exported, dist }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}
