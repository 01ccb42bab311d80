/**
 * The whole publish pipeline behind `pnpm build`: export the CMS content → astro build → Pagefind
 * index, into a new release folder that goes live (site/dist is a link to it) only when every stage
 * succeeded. A failed or interrupted build leaves the live site exactly as it was; builds never
 * overlap (one lock across processes).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { cmsOriginOf } from '@mirai/content-schemas/safety-sharing'

import { acquireBuildLock, describeHolder, type LockOptions } from './buildLock'
import type { ExportResult } from '@mirai/cms/export'
import { mirrorTree } from './mirror'
import { distDir, siteDir, snapshotDir } from './paths'
import { checkRedirects, type Redirect } from './hosting/redirects'
import { writeHostFiles } from './hosting/release'
import { goLive, liveRelease, releasesOf, stagingFolder } from './releases'
import { indexSearch, searchChanges, type IndexResult } from './searchIndex'

export interface StageTiming {
  stage: string
  ms: number
}

export interface BuildResult {
  stages: StageTiming[]
  pages: number
  export: ExportResult | null
  /** The live site: a link to `release`. */
  dist: string
  release: string
  /** What the site left out and why (an image whose file is missing, …); the build still went live. */
  warnings: string[]
  /** The languages whose search index was made again (Pagefind's keys), or 'all'. */
  searchIndexed: IndexResult['indexed']
}

export class BuildError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(`${stage}: ${message}`)
  }
}

async function timed<T>(
  stages: StageTiming[],
  stage: string,
  run: () => Promise<T>,
  onStage?: (stage: string) => void,
): Promise<T> {
  onStage?.(stage)
  const started = Date.now()
  // Listed in the order the stages start (the export and the preparation overlap).
  const timing = { stage, ms: 0 }
  stages.push(timing)
  try {
    return await run()
  } catch (error) {
    if (error instanceof BuildError) throw error
    throw new BuildError(stage, error instanceof Error ? error.message : String(error))
  } finally {
    timing.ms = Date.now() - started
  }
}

/** A step too short to time, failing as a stage does. */
async function step<T>(stage: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw new BuildError(stage, error instanceof Error ? error.message : String(error))
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
  /** The CMS origin the pages were built for (SITE_CMS_URL): pages of another must be rendered again. */
  cmsOrigin?: string | null
}

function readLiveState(file: string): LiveState | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LiveState
  } catch {
    return null
  }
}

export interface BuildOptions {
  /** A running Payload to export from; without it (or `exporter`) the existing snapshot is used as is. */
  payload?: Payload
  /**
   * Writes the snapshot into the folder given, in place of exporting from `payload`: the CMS
   * exports with its own running Payload while this build holds the lock (see build.ts).
   */
  exporter?: (snapshotDir: string) => Promise<ExportResult>
  env?: Record<string, string>
  log?: (line: string) => void
  /** Called as each stage starts (the benchmark samples memory per stage). */
  onStage?: (stage: string) => void
  /** Whether to wait for a build already running (default) or fail at once. */
  lock?: Pick<LockOptions, 'wait' | 'timeoutMs'>
  /**
   * Moved pages every host of the release redirects (hosting/redirects.ts), or a function giving
   * them, called after the export (so it may read the snapshot just written). By default, the
   * snapshot's: the CMS's redirects that lead to a public page (see snapshotRedirects).
   */
  redirects?: readonly Redirect[] | (() => readonly Redirect[] | Promise<readonly Redirect[]>)
}

/**
 * The redirects the export wrote into the snapshot (cms/src/export/shape/redirects.ts), as moved
 * pages (301); none in a snapshot from before redirects. The site writes a refresh page at each
 * old path from the same list, so hosts without redirect rules send readers on too.
 */
export async function snapshotRedirects(dir = snapshotDir()): Promise<Redirect[]> {
  const text = await readFile(path.join(dir, 'content.json'), 'utf8').catch(() => null)
  if (text === null) return []
  const { redirects } = JSON.parse(text) as { redirects?: unknown }
  if (redirects === undefined) return []
  if (!Array.isArray(redirects)) throw new Error('the snapshot’s "redirects" is not a list')
  return redirects.map((r: { from?: unknown; to?: unknown } | null) => ({
    from: r?.from as string,
    to: r?.to as string,
    status: 301 as const,
  }))
}

/** One build at a time for this site folder: it shares Astro's cache between builds. */
export const buildLockFile = () => path.join(siteDir, '.site-build.lock')

export async function buildSite({
  payload,
  exporter,
  env = {},
  log = () => {},
  onStage,
  lock: lockOptions,
  redirects,
}: BuildOptions = {}): Promise<BuildResult> {
  const lock = await acquireBuildLock(buildLockFile(), {
    ...lockOptions,
    onWait: (holder) => log(`waiting for the build already running (${describeHolder(holder)})`),
  })
  try {
    return await buildLocked({ payload, exporter, env, log, onStage, redirects })
  } finally {
    await lock.release()
  }
}

async function buildLocked({
  payload,
  exporter: exporterOption,
  env = {},
  log = () => {},
  onStage,
  redirects: redirectsOption = snapshotRedirects,
}: BuildOptions): Promise<BuildResult> {
  const stages: StageTiming[] = []
  // A bad address fails the build before anything is done (it would end up in pages and headers).
  const cmsOrigin = cmsOriginOf(env.SITE_CMS_URL ?? process.env.SITE_CMS_URL)
  const releases = releasesOf(distDir())
  const stateFile = path.join(path.dirname(releases.dist), '.site-build-state.json')
  // Imported only when used: a build from the CMS's snapshot never loads the CMS's code.
  const exporter =
    exporterOption ??
    (payload && (async (dir: string) => (await import('@mirai/cms/export')).exportContent(payload, dir)))
  const exporting = exporter ? timed(stages, 'export', () => exporter(snapshotDir()), onStage) : null
  // Awaited after the preparation, which runs meanwhile (the CMS exports in its own process). If
  // the preparation fails, the export is still waited for: it writes the snapshot, which only the
  // holder of the build lock may do.
  exporting?.catch(() => {})
  // The release before the live one (or what a failed build left) becomes the staging folder,
  // brought up to date with the live site: only what changed since is copied.
  let staging = ''
  const preparing = timed(
    stages,
    'prepare',
    async () => {
      staging = await stagingFolder(releases)
      const live = liveRelease(releases)
      if (!live) return true
      // The search index too: its stage replaces only the changed languages' files.
      const { copied, removed } = mirrorTree(live, staging)
      log(`prepare: ${copied} file(s) copied, ${removed} removed`)
      const state = readLiveState(stateFile)
      return state?.astroManifest !== manifestDigest() || (state.cmsOrigin ?? null) !== cmsOrigin
    },
    onStage,
  )
  const force = await preparing.catch(async (error: unknown) => {
    await exporting?.catch(() => {})
    throw error
  })
  const exported = await exporting
  if (exported)
    log(
      `export: ${Object.entries(exported.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    )
  for (const warning of exported?.warnings ?? []) log(`warning: ${warning}`)
  // Checked before anything is built: a path that is not the site's is refused, never written.
  const redirects = await step('redirects', async () =>
    checkRedirects(typeof redirectsOption === 'function' ? await redirectsOption() : redirectsOption),
  )
  const astroStarted = Date.now()
  const { pages } = await timed(stages, 'astro build', () => astroBuild(staging, env, force), onStage)
  log(`astro build: ${pages} pages${force ? ' (all rendered)' : ''}`)
  const search = await timed(
    stages,
    'search index',
    () => {
      const live = liveRelease(releases)
      // After a full render every page is new; otherwise only the changed languages are indexed.
      const changes = live && !force ? searchChanges(live, staging, astroStarted) : undefined
      return indexSearch(staging, { live, changes })
    },
    onStage,
  )
  log(`search index: ${search.indexed === 'all' ? 'every language' : search.indexed.join(', ') || 'unchanged'}`)
  // The host configuration travels with the release it was made for.
  const host = await step('host files', () => writeHostFiles({ release: staging, redirects, cmsOrigin }))
  for (const warning of host.warnings) log(`warning: ${warning}`)
  // One rename of a link: readers get either the old site or the new one. The old one is kept to
  // be the staging folder of the next build.
  await timed(
    stages,
    'swap',
    async () => {
      await goLive(releases, staging)
      const partial = `${stateFile}.${process.pid}.tmp`
      await writeFile(partial, JSON.stringify({ astroManifest: manifestDigest(), cmsOrigin } satisfies LiveState))
      await rename(partial, stateFile)
      // Folders of the pipeline before releases.
      for (const old of [`${releases.dist}.previous`, path.join(path.dirname(releases.dist), '.site-build')])
        await rm(old, { recursive: true, force: true })
    },
    onStage,
  )
  const reload = await reloadHost(env)
  if (reload) log(`warning: ${reload}`)
  return {
    stages,
    pages,
    export: exported,
    dist: releases.dist,
    release: staging,
    warnings: [...(exported?.warnings ?? []), ...host.warnings, ...(reload ? [reload] : [])],
    searchIndexed: search.indexed,
  }
}

/**
 * nginx reads the live release's `.host/nginx.conf` when it loads its configuration, so new
 * redirects need a reload (`SITE_HOST_RELOAD="sudo nginx -s reload"`). The new release is already
 * live when it runs: a failed reload is a warning on the build, the old redirects stay in force.
 */
async function reloadHost(env: Record<string, string | undefined>): Promise<string | null> {
  const command = env.SITE_HOST_RELOAD ?? process.env.SITE_HOST_RELOAD
  if (!command) return null
  const { spawnSync } = await import('node:child_process')
  const result = spawnSync(command, { shell: true, encoding: 'utf8', timeout: 30_000 })
  if (result.status === 0) return null
  const why = (result.stderr || result.stdout || result.error?.message || '').trim().split('\n').at(-1)
  return `the host did not reload ("${command}" ${result.status === null ? 'did not finish' : `exited with ${result.status}`}${why ? `: ${why}` : ''}); it serves the new pages with the previous redirects`
}
