/**
 * `pnpm export`: writes the published public content of the CMS (embedded SQLite or MongoDB,
 * per DATABASE_URI) into site/.snapshot/content.json and its images into site/public/media/.
 */
import { getPayload } from 'payload'

import { exportContent } from '@mirai/cms/export'

import { snapshotDir } from './paths'

try {
  const { default: config } = await import('@mirai/cms/config')
  const payload = await getPayload({ config })
  const result = await exportContent(payload, snapshotDir())
  const summary = Object.entries(result.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')
  console.log(`export: ${summary}; ${result.mediaCopied} image file(s) copied; ${result.ms} ms → ${result.file}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
