/**
 * Builds the admin with `next build` (so a broken import map or custom component fails here, not
 * in front of an editor), seeds a throwaway database and serves the production build on it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { TestProject } from 'vitest/node'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mirai-admin-test-'))
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    CMS_DATA_DIR: path.join(dir, 'cms'),
    PAYLOAD_SECRET: 'admin-test-secret',
    PAYLOAD_LOG_LEVEL: 'error',
    CMS_PORT: String(port),
    CMS_URL: `http://127.0.0.1:${port}`,
    SITE_REBUILD: 'off',
  }
  Object.assign(process.env, env)

  const build = spawnSync('pnpm', ['run', 'build'], { cwd: cmsDir, env, encoding: 'utf8' })
  if (build.status !== 0)
    throw new Error(
      `next build of the admin failed (${build.error?.message ?? `exit ${build.status ?? build.signal}`}):\n` +
        `${build.stdout ?? ''}${build.stderr ?? ''}`.slice(-4000),
    )

  // Seeding in development mode also creates the SQLite schema the production server expects.
  const [{ getPayload }, { default: config }, { seed }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
  ])
  const payload = await getPayload({ config })
  await seed(payload)
  await payload.destroy()

  const server: ChildProcess = spawn('pnpm', ['run', 'start'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const baseURL = `http://127.0.0.1:${port}`
  const until = Date.now() + 60_000
  for (;;) {
    const ok = await fetch(`${baseURL}/admin/login`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > until || server.exitCode !== null)
      throw new Error(`the admin did not start:\n${output.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  project.provide('adminURL', baseURL)

  return () => {
    // The server runs in its own process group (pnpm → next): stop all of it.
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminURL: string
  }
}
