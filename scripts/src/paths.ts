import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mediaDirOf, siteDirOf, snapshotDirOf } from '@mirai/cms/export/paths'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const siteDir = siteDirOf(repoRoot)
export const snapshotDir = () => snapshotDirOf(repoRoot)
export const mediaDir = () => mediaDirOf(snapshotDir())
export const distDir = () => path.resolve(process.env.SITE_DIST ?? path.join(siteDir, 'dist'))
