/**
 * `pnpm build`: export → astro build → search index, made live (site/dist) only on success.
 * Exits non-zero with the failing stage and reason; the live site stays as it was. A build that
 * finds another one running waits for it (`--no-wait`: exits at once with the reason instead).
 */
import { writeFileSync } from 'node:fs'

import { getPayload } from 'payload'

import { buildSite } from './build-site'
import { BuildBusyError } from './buildLock'

const wait = !process.argv.includes('--no-wait')

try {
  const { default: config } = await import('@mirai/cms/config')
  const payload = await getPayload({ config })
  const started = Date.now()
  const result = await buildSite({
    payload,
    lock: { wait },
    log: (line) => console.log(`build: ${line}`),
    // The benchmark reads stage times and follows the stages to attribute memory.
    onStage: (stage) => process.env.BUILD_REPORT && writeFileSync(`${process.env.BUILD_REPORT}.stage`, stage),
  })
  if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, JSON.stringify(result))
  await payload.destroy()
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
