/**
 * The built site as releases: every build is written into its own folder under
 * `<dist>.releases/`, and `<dist>` is a symbolic link to the live one. Going live is replacing
 * that link with `rename(2)`, which is atomic: at every instant readers get a complete site, the
 * old or the new, and a crash at any point leaves a working link. The release that was live
 * before stays until its successor has itself been replaced, so the last good site is never
 * removed before a newer one is live; it is then recycled as the next build's folder.
 *
 * A site built before releases existed has `<dist>` as a plain folder. The first build moves it
 * into the releases folder and links it back in (the only moment without a site, two renames
 * long, and only once).
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

export interface Releases {
  /** What readers' servers point at: a symbolic link to the live release. */
  dist: string
  /** Where the releases live. */
  dir: string
}

export function releasesOf(dist: string): Releases {
  return { dist, dir: `${dist}.releases` }
}

const releaseName = () =>
  `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`

/** The folder readers are served now (null before the first build). */
export function liveRelease({ dist }: Releases): string | null {
  try {
    const info = lstatSync(dist)
    if (info.isSymbolicLink()) return existsSync(dist) ? realpathSync(dist) : null
    return info.isDirectory() ? dist : null
  } catch {
    return null
  }
}

async function releaseFolders({ dir }: Releases): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name))
    .sort()
}

/**
 * A folder to build the next release in: the newest release that is not live (typically the one
 * live before the current one, which then only needs what changed since), renamed as a new
 * release, or a new empty folder.
 */
export async function stagingFolder(releases: Releases): Promise<string> {
  await mkdir(releases.dir, { recursive: true })
  const live = liveRelease(releases)
  const target = path.join(releases.dir, releaseName())
  const recyclable = (await releaseFolders(releases)).filter((folder) => folder !== live).at(-1)
  if (recyclable) await rename(recyclable, target)
  else await mkdir(target)
  return target
}

/**
 * Makes `release` the live site, then removes every release but it and the one it replaced
 * (the fallback, and the next build's folder).
 */
export async function goLive(releases: Releases, release: string): Promise<void> {
  const { dist, dir } = releases
  let previous = liveRelease(releases)
  const link = `${dist}.link-${process.pid}`
  await rm(link, { force: true })
  await symlink(path.relative(path.dirname(dist), release), link)
  if (previous === dist) {
    // The plain folder of a site built before releases: move it among the releases first.
    previous = path.join(dir, `${releaseName()}-before-releases`)
    await rename(dist, previous)
  }
  await rename(link, dist)
  for (const folder of await releaseFolders(releases)) {
    if (folder !== release && folder !== previous) await rm(folder, { recursive: true, force: true })
  }
}
