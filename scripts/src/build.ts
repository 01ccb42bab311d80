/**
 * `pnpm build`: export → astro build → search index, made live (site/dist) only on success.
 * Exits non-zero with the failing stage and reason; the live site stays as it was. A build that
 * finds another one running waits for it (`--no-wait`: exits at once with the reason instead).
 *
 * `--export-in-cms`: started by the CMS (cms/src/publish/builders.ts), which exports the
 * snapshot with its own running Payload when asked, once this build holds the lock.
 */
import { writeFileSync } from 'node:fs'

import type { BuildAnswer, BuildRequest } from '@mirai/cms/publish'
import type { ExportResult } from '@mirai/cms/export'

import { buildSite } from './build-site'
import { BuildBusyError } from './buildLock'

const wait = !process.argv.includes('--no-wait')
const exportInCms = process.argv.includes('--export-in-cms')

/** Asks the CMS that started this build for the snapshot; fails if it goes away first. */
function exportByCms(snapshotDir: string): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    if (!process.send) {
      reject(new Error('--export-in-cms: this build was not started by the CMS'))
      return
    }
    const gone = () => reject(new Error('the CMS stopped before it exported the content'))
    process.once('disconnect', gone)
    process.once('message', (answer: BuildAnswer) => {
      process.off('disconnect', gone)
      if (answer.type === 'exported') resolve(answer.result)
      else reject(new Error(answer.message))
    })
    process.send({ type: 'export', snapshotDir } satisfies BuildRequest)
  })
}

try {
  // Without --export-in-cms this process boots its own Payload to export from.
  const payload = exportInCms
    ? undefined
    : await (async () => {
        const [{ getPayload }, { default: config }] = await Promise.all([
          import('payload'),
          import('@mirai/cms/config'),
        ])
        return getPayload({ config })
      })()
  const started = Date.now()
  const result = await buildSite({
    payload,
    exporter: exportInCms ? exportByCms : undefined,
    lock: { wait },
    log: (line) => console.log(`build: ${line}`),
    // The benchmark reads stage times and follows the stages to attribute memory.
    onStage: (stage) => process.env.BUILD_REPORT && writeFileSync(`${process.env.BUILD_REPORT}.stage`, stage),
  })
  if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, JSON.stringify(result))
  await payload?.destroy()
  const stages = result.stages.map((s) => `${s.stage} ${(s.ms / 1000).toFixed(1)} s`).join(', ')
  const warned = result.warnings.length > 0 ? `, ${result.warnings.length} warning(s) above` : ''
  console.log(
    `build: ${result.pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (${stages}${warned}) → ${result.dist}`,
  )
  process.exit(0)
} catch (error) {
  if (error instanceof BuildBusyError) {
    console.error(`build: ${error.message}`)
    process.exit(75)
  }
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('build: the live site (if any) was left as it was')
  process.exit(1)
}
