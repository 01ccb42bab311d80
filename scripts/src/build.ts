/**
 * `pnpm build`: export → astro build → search index, swapped into site/dist only on success.
 * Exits non-zero with the failing stage and reason; the previous site stays in place.
 */
import { writeFileSync } from 'node:fs'

import { getPayload } from 'payload'

import { buildSite } from './build-site'

try {
  const { default: config } = await import('@mirai/cms/config')
  const payload = await getPayload({ config })
  const started = Date.now()
  const result = await buildSite({
    payload,
    log: (line) => console.log(`build: ${line}`),
    // The benchmark reads stage times and follows the stages to attribute memory.
    onStage: (stage) => process.env.BUILD_REPORT && writeFileSync(`${process.env.BUILD_REPORT}.stage`, stage),
  })
  if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, JSON.stringify(result))
  await payload.destroy()
  const stages = result.stages.map((s) => `${s.stage} ${(s.ms / 1000).toFixed(1)} s`).join(', ')
  console.log(`build: ${result.pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (${stages}) → ${result.dist}`)
  process.exit(0)
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('build: the previous site (if any) was left in place')
  process.exit(1)
}
