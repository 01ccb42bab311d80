#!/usr/bin/env node
// The main command (`pnpm start`): seeds the embedded database when it is empty, builds the
// nine-language site from it, serves the site and runs the CMS admin, and prints where to find
// both. Dependencies are installed by the pnpm script first.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = process.env.CMS_PORT ?? '3000'
const sitePort = process.env.SITE_PORT ?? '4321'
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${port}`
const adminUrl = `${cmsUrl}/admin`
const siteUrl = `http://localhost:${sitePort}/`

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(`start: Node ${process.versions.node} is too old; this project needs Node 22.12 or newer (see .nvmrc)`)
  process.exit(1)
}

const seed = spawnSync('pnpm', ['--filter', '@mirai/cms', 'run', 'seed', '--if-empty'], { cwd: root, stdio: 'inherit' })
if (seed.status !== 0) {
  console.error('start: seeding the database failed (see above); the admin was not started')
  process.exit(seed.status ?? 1)
}

// The safety check talks to the CMS started below, as the builds the CMS runs later do (cms/src/env.ts siteCmsURL).
const build = spawnSync('pnpm', ['build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SITE_CMS_URL: process.env.SITE_CMS_URL || cmsUrl },
})
if (build.status !== 0) {
  console.error('start: building the site failed (see above); nothing was started')
  process.exit(build.status ?? 1)
}

const children = [
  spawn('pnpm', ['serve'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SITE_PORT: sitePort },
    detached: true,
  }),
  spawn('pnpm', ['--filter', '@mirai/cms', 'run', 'dev'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Publishing in the admin rebuilds the site (a job inside the CMS server), which the site server then serves.
    env: { SITE_REBUILD: 'local', ...process.env, CMS_PORT: port },
    detached: true,
  }),
]

const stop = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children)
  child.on('exit', (code) => {
    stop()
    process.exit(code ?? 0)
  })

// Announce once the admin answers (Next compiles the admin on its first request).
const started = Date.now()
let announced = false
const poll = setInterval(async () => {
  try {
    const res = await fetch(adminUrl, { redirect: 'manual' })
    if (res.status < 500 && !announced) {
      announced = true
      clearInterval(poll)
      const { DEMO_ACCOUNTS, PASSWORD } = demoAccounts()
      console.log(`\n  Public site (9 languages): ${siteUrl}`)
      console.log(`  JP-MIRAI CMS admin is ready (${((Date.now() - started) / 1000).toFixed(0)} s): ${adminUrl}`)
      console.log(`  Demo accounts (password "${PASSWORD}"):`)
      for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(10)} ${a.email}`)
      console.log('  Publishing in the admin rebuilds the site right away; this server serves each new build.')
      console.log('  Press Ctrl+C to stop.\n')
    }
  } catch {
    // not up yet
  }
}, 2000)

function demoAccounts() {
  const demo = JSON.parse(readFileSync(path.join(root, 'cms/src/seed/demo-accounts.json'), 'utf8'))
  return { DEMO_ACCOUNTS: demo.accounts, PASSWORD: process.env.SEED_DEMO_PASSWORD ?? demo.password }
}
