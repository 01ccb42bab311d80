/**
 * The output folder is not emptied before a build (see astro.config.mjs): the build pipeline
 * hands Astro a copy of the live site, so the pages the incremental build skips are already in
 * place and need not be restored file by file. What this build did not produce — the page of a
 * deleted document, a bundle from older code — is removed here once the build is done.
 *
 * `media/` belongs to snapshotMedia and `pagefind/` to the search index step; both tidy their own.
 */
import { readdirSync } from 'node:fs'
import { readdir, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const OWNED_ELSEWHERE = new Set(['media', 'pagefind'])
/** Vite writes every bundle on every build, so one older than the build is left over. */
const BUNDLES = '_astro'

/** Every file under `dir`, relative to it. One synchronous walk: ten thousand page folders take a second walked one by one. */
function filesUnder(dir) {
  let entries
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

async function removeEmptyDirs(dir) {
  let empty = true
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && (await removeEmptyDirs(path.join(dir, entry.name)))) continue
    empty = false
  }
  if (empty) await rmdir(dir)
  return empty
}

export default function pruneStaleOutput() {
  let started = 0
  let publicDir = ''
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir)
      },
      'astro:build:start': () => {
        // File times are kept to the millisecond at best; a second of slack is far below the gap
        // between two builds.
        started = Date.now() - 1000
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir)
        const produced = new Set(filesUnder(publicDir).map((file) => path.join(outDir, file)))
        for (const urls of assets.values()) for (const url of urls) produced.add(fileURLToPath(url))
        let removed = 0
        for (const file of filesUnder(outDir)) {
          const [top] = file.split(path.sep)
          if (OWNED_ELSEWHERE.has(top)) continue
          const full = path.join(outDir, file)
          const stale = top === BUNDLES ? (await stat(full)).mtimeMs < started : !produced.has(full)
          if (stale) {
            await rm(full, { force: true })
            removed++
          }
        }
        // Only a removal can leave a folder empty.
        if (removed === 0) return
        for (const entry of await readdir(outDir, { withFileTypes: true })) {
          if (entry.isDirectory() && !OWNED_ELSEWHERE.has(entry.name))
            await removeEmptyDirs(path.join(outDir, entry.name))
        }
        logger.info(`removed ${removed} file(s) no longer part of the site`)
      },
    },
  }
}
