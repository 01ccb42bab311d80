import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const siteDir = path.join(repoRoot, 'site')
/** Where the export writes the snapshot the site builds from (SNAPSHOT_DIR overrides). */
export const snapshotDir = () => path.resolve(process.env.SNAPSHOT_DIR ?? path.join(siteDir, '.snapshot'))
/** Image files of the snapshot, served by the site as /media/… (see site/integrations/snapshotMedia.mjs). */
export const mediaDir = () => path.join(snapshotDir(), 'media')
export const distDir = () => path.resolve(process.env.SITE_DIST ?? path.join(siteDir, 'dist'))
