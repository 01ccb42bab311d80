/**
 * Where the site's build inputs live in the workspace, from its root. Given the root rather than
 * found from this file: inside the Next server this module runs from a bundle in `.next/`.
 */
import path from 'node:path'

export const siteDirOf = (root: string) => path.join(root, 'site')

/** Where the export writes the snapshot the site builds from (SNAPSHOT_DIR overrides). */
export const snapshotDirOf = (root: string, env: NodeJS.ProcessEnv = process.env) =>
  path.resolve(env.SNAPSHOT_DIR ?? path.join(siteDirOf(root), '.snapshot'))

/** Image files of the snapshot, served by the site as /media/… (see site/integrations/snapshotMedia.mjs). */
export const mediaDirOf = (snapshotDir: string) => path.join(snapshotDir, 'media')
