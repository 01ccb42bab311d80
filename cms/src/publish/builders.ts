/**
 * The two ways a build happens: the CMS runs the pipeline itself (a child process, so a build's
 * memory is never the CMS server's), or it calls a build hook and the build happens elsewhere.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

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

/** Runs the local pipeline (`pnpm build`); its report file says how many pages were built. */
export function runLocalBuild(command: string, cwd: string): Promise<BuildOutcome> {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'mirai-build-report-'))
  const report = path.join(reportDir, 'report.json')
  return new Promise<BuildOutcome>((resolve, reject) => {
    const child = spawn(command, {
      cwd,
      shell: true,
      env: { ...process.env, BUILD_REPORT: report },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => reject(new BuildFailure(`could not run "${command}": ${error.message}`, output)))
    child.on('close', (code) => {
      if (code !== 0) {
        const reason = output.match(/^build failed: .*$/m)?.[0] ?? `"${command}" exited with code ${code}`
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
    })
  }).finally(() => rmSync(reportDir, { recursive: true, force: true }))
}

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
