/**
 * The ways a build happens: the CMS runs the pipeline (exporting itself, the rest in a child
 * process), or runs the operator's build command, or calls a build hook and the build happens
 * elsewhere.
 */
import { spawn, type StdioOptions } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { siteCmsURL } from '../env'
import { exportContent, type ExportResult } from '../export/write'
import type { Change } from './changes'

export interface BuildOutcome {
  pages: number | null
  /** What the build left out of the site and why; the build still went live. */
  warnings: string[]
  log: string
}

export class BuildFailure extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
  }
}

const tail = (text: string, lines = 20) => text.trim().split('\n').slice(-lines).join('\n')

/**
 * How the embedded pipeline and the CMS talk while a build runs: the build, once it holds the
 * build lock, asks the CMS to export the snapshot into its folder, with the Payload already
 * running here instead of booting a second one (scripts/src/build.ts `--export-in-cms`).
 */
export type BuildRequest = { type: 'export'; snapshotDir: string }
export type BuildAnswer = { type: 'exported'; result: ExportResult } | { type: 'export-failed'; message: string }

type Process = { file: string; args: string[] } | { command: string }

/**
 * Runs a build process; its report file says how many pages were built. With `payload`, answers
 * its export request (the process is the pipeline of `pnpm build`, see BuildRequest).
 */
function runBuildProcess(run: Process, cwd: string, payload?: Payload): Promise<BuildOutcome> {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'mirai-build-report-'))
  const report = path.join(reportDir, 'report.json')
  const shown = 'command' in run ? run.command : 'the build pipeline (scripts/src/build.ts)'
  return new Promise<BuildOutcome>((resolve, reject) => {
    const options = {
      cwd,
      env: { ...process.env, SITE_CMS_URL: siteCmsURL, BUILD_REPORT: report },
      stdio: ['ignore', 'pipe', 'pipe', ...(payload ? ['ipc' as const] : [])] as StdioOptions,
    }
    const child =
      'command' in run ? spawn(run.command, { ...options, shell: true }) : spawn(run.file, run.args, options)
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    // The export this process runs for the build: the build ends only once it has, so that two
    // exports never write the snapshot at once (the build's lock covers only the build's life).
    let exporting: Promise<unknown> = Promise.resolve()
    if (payload)
      child.on('message', (message: BuildRequest) => {
        if (message?.type !== 'export') return
        const answer = (reply: BuildAnswer) => {
          if (child.connected) child.send(reply, () => {})
        }
        exporting = exportContent(payload, message.snapshotDir).then(
          (result) => answer({ type: 'exported', result }),
          (error: unknown) =>
            answer({ type: 'export-failed', message: error instanceof Error ? error.message : String(error) }),
        )
      })
    let started = false
    child.on('spawn', () => (started = true))
    child.on('error', (error) => {
      if (!started) reject(new BuildFailure(`could not run "${shown}": ${error.message}`, output))
    })
    child.on('close', (code) => void exporting.finally(() => settle(code)))
    const settle = (code: number | null) => {
      if (code !== 0) {
        const reason = output.match(/^build failed: .*$/m)?.[0] ?? `"${shown}" exited with code ${code}`
        reject(new BuildFailure(reason, tail(output)))
        return
      }
      let pages: number | null = null
      let warnings: string[] = []
      try {
        const written = JSON.parse(readFileSync(report, 'utf8')) as { pages?: number; warnings?: unknown }
        pages = written.pages ?? null
        warnings = Array.isArray(written.warnings) ? written.warnings.map(String) : []
      } catch {
        // A custom build command need not write the report.
      }
      resolve({ pages, warnings, log: tail(output) })
    }
  }).finally(() => rmSync(reportDir, { recursive: true, force: true }))
}

/** Runs the operator's own build command (`SITE_BUILD_COMMAND`), which exports by itself. */
export const runBuildCommand = (command: string, cwd: string) => runBuildProcess({ command }, cwd)

/**
 * The embedded pipeline of `pnpm build` (scripts/src/build.ts), exporting through this process's
 * Payload: the export (reading and shaping the content) runs here, Astro and Pagefind — the
 * memory-hungry part — in the child and its own children.
 */
export const runPipeline = (payload: Payload, root: string) =>
  runBuildProcess(
    { file: process.execPath, args: ['--import', 'tsx', 'src/build.ts', '--export-in-cms'] },
    path.join(root, 'scripts'),
    payload,
  )

const HOOK_TIMEOUT_MS = 30_000

/** POSTs the changes to the build hook; anything but a 2xx answer is a failure. */
export async function callBuildHook(url: string, changes: Change[]): Promise<BuildOutcome> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'jp-mirai-cms', changes }),
      signal: AbortSignal.timeout(HOOK_TIMEOUT_MS),
    })
  } catch (error) {
    throw new BuildFailure(
      `build hook ${new URL(url).host} did not answer: ${error instanceof Error ? error.message : String(error)}`,
      '',
    )
  }
  const body = (await response.text()).slice(0, 2000)
  if (!response.ok) throw new BuildFailure(`build hook ${new URL(url).host} answered ${response.status}`, body)
  return { pages: null, warnings: [], log: `build hook answered ${response.status}${body ? `: ${body}` : ''}` }
}
