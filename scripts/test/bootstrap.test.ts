/**
 * The README's commands and `.ci/run` start from `bin/pnpm`, which must work on a machine with
 * only Node 20 and npm: it installs Node 22 and the pinned pnpm under the project's `.tools/`,
 * touching nothing outside it, and the next run uses them without installing again. Run here on a
 * copy of the project's entry files, with the machine's own Node 20 and npm on the PATH and npm
 * offline: it installs from npm's cache, which `.ci/run` filled when it provisioned this checkout.
 */
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { repoRoot } from '../src/paths'

const SYSTEM_PATH = '/usr/bin:/bin'
/** The machine as it is, with nothing of this project's on the PATH. */
const systemEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...extra,
  PATH: SYSTEM_PATH,
  NODE_ENV: 'test',
})
const systemNode = spawnSync('node', ['-v'], { env: systemEnv(), encoding: 'utf8' })
const hasOldNode = systemNode.status === 0 && /^v(1\d|20|21)\./.test(systemNode.stdout)
const pinned = /"packageManager": *"pnpm@([^"]+)"/.exec(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))![1]!

const machine = mkdtempSync(path.join(tmpdir(), 'mirai-bare-'))
afterAll(() => rmSync(machine, { recursive: true, force: true }))

/** What npm installed globally on the machine: bin/pnpm must leave it as it is. */
const globalModules = () => {
  const prefix = spawnSync('npm', ['prefix', '-g'], { env: systemEnv(), encoding: 'utf8' }).stdout.trim()
  return readdirSync(path.join(prefix, 'lib/node_modules')).sort()
}

function bootstrap(args: string[]) {
  return spawnSync(path.join(machine, 'bin/pnpm'), args, {
    cwd: machine,
    env: systemEnv({
      HOME: process.env.HOME ?? '/root',
      // The npm registry is not for tests; npm's cache is.
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
    }),
    encoding: 'utf8',
    timeout: 300_000,
  })
}

describe.skipIf(!hasOldNode)('bin/pnpm on a machine with only Node 20 and npm', () => {
  it('installs Node 22 and the pinned pnpm under .tools/ only, and reuses them the next time', () => {
    mkdirSync(path.join(machine, 'bin'))
    copyFileSync(path.join(repoRoot, 'bin/pnpm'), path.join(machine, 'bin/pnpm'))
    // What bin/pnpm reads of the project: the pinned pnpm.
    writeFileSync(
      path.join(machine, 'package.json'),
      JSON.stringify({ name: 'bare-machine', private: true, packageManager: `pnpm@${pinned}` }),
    )
    const before = globalModules()

    const first = bootstrap(['--version'])
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout.trim()).toBe(pinned)
    expect(first.stderr).toContain(
      `Node ${systemNode.stdout.trim()} is older than 22.13; installing node@22 under .tools/`,
    )
    expect(first.stderr).toContain(`installing pnpm@${pinned} under .tools/`)
    const node = spawnSync(path.join(machine, '.tools/bin/node'), ['-v'], { encoding: 'utf8' })
    expect(node.stdout).toMatch(/^v22\./)
    expect(existsSync(path.join(machine, '.tools/bin/pnpm'))).toBe(true)
    // Nothing of the machine's own changed.
    expect(globalModules()).toEqual(before)
    expect(spawnSync('node', ['-v'], { env: systemEnv(), encoding: 'utf8' }).stdout).toBe(systemNode.stdout)

    // pnpm runs on the Node it brought, and a second run installs nothing.
    const again = bootstrap(['exec', 'node', '-v'])
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout.trim()).toMatch(/^v22\./)
    expect(again.stderr).not.toContain('bin/pnpm: installing')
  }, 600_000)
})
