/**
 * `pnpm bench:safety [SUBMISSIONS] [SITES] [CLIENTS]`: JP-MIRAI Safety under a campaign's load.
 * On a throwaway embedded database with the demo seed, SITES business sites (default 500) take
 * SUBMISSIONS answers (default 10,000) through POST /api/safety-answers/submit over HTTP, from
 * CLIENTS concurrent clients (default 50), each answer from its own device token and its own
 * sender address (as the proxy would write it: the caps allow one new answer per sender and site
 * a day). Then every site's figures are made from its tally. Prints latency percentiles,
 * throughput and the aggregation time; asserts nothing, and gives up after BENCH_TIMEOUT_S
 * seconds (default 600).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const [SUBMISSIONS, SITES, CLIENTS] = [10_000, 500, 50].map((fallback, i) => {
  const value = process.argv[2 + i]
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`bench:safety: not a positive number: ${value}`)
  return Number(value)
}) as [number, number, number]
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000

const work = mkdtempSync(path.join(tmpdir(), 'mirai-bench-safety-'))
const SITE_URL = 'http://127.0.0.1:4321'
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(work, 'bench.db')}`,
  CMS_DATA_DIR: path.join(work, 'cms'),
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  PAYLOAD_LOG_LEVEL: 'error',
  SITE_URL,
  JOBS_RUNNER: 'external',
})

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const ms = (value: number) => `${value.toFixed(1)} ms`

try {
  const [{ getPayload }, { default: config }, { seed }, { serveCmsApi }, { tokyoDay }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
    import('@mirai/cms/seed'),
    import('@mirai/cms/api-server'),
    import('@mirai/content-schemas/dates'),
  ])
  const payload = await getPayload({ config })
  await seed(payload)
  const today = tokyoDay(new Date())
  const { docs: periods } = await payload.find({ collection: 'safety-periods', pagination: false })
  if (!periods.some((p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn)))
    await payload.create({ collection: 'safety-periods', data: { label: 'bench', startsOn: today, endsOn: today } })
  const participant = (
    await payload.find({ collection: 'organisations', where: { 'programme.participant': { equals: true } }, limit: 1 })
  ).docs[0]!
  const setupStarted = Date.now()
  const sites: { id: string; code: string }[] = []
  for (let i = 0; i < SITES; i++) {
    const site = await payload.create({
      collection: 'business-sites',
      data: { name: `Bench site ${i + 1}`, prefecture: 'tokyo', participant: participant.id, active: true },
    })
    sites.push({ id: String(site.id), code: String(site.code) })
  }
  const check = await payload.findGlobal({ slug: 'safety-check' })
  const keys = (check.sections ?? []).flatMap((s) => (s.questions ?? []).map((q) => q.key))
  console.log(
    `bench:safety: ${SITES} sites made in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s; ${keys.length} questions`,
  )

  const api = await serveCmsApi(await config, 0, { appendSender: false })
  const url = `${api.origin}/api/safety-answers/submit`
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const deadline = Date.now() + TIMEOUT_MS
  const client = async () => {
    for (;;) {
      const n = next++
      if (n >= SUBMISSIONS || Date.now() > deadline) return
      const site = sites[n % sites.length]!
      const body = JSON.stringify({
        site: site.code,
        language: ['vi', 'id', 'my', 'tl', 'en', 'ja', 'zh', 'pt', 'es'][n % 9],
        answers: Object.fromEntries(keys.map((k, i) => [k, (n * 7 + i * 13) % 5 === 0])),
        token: randomBytes(24).toString('base64url'),
      })
      const started = performance.now()
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          origin: SITE_URL,
          // One worker per answer, as the proxy in front of the CMS would write their addresses.
          'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        },
      })
      await response.arrayBuffer()
      latencies.push(performance.now() - started)
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CLIENTS }, client))
  const seconds = (performance.now() - started) / 1000
  await api.stop()
  const sorted = [...latencies].sort((a, b) => a - b)
  console.log(
    `bench:safety: ${latencies.length} submissions over ${SITES} sites from ${CLIENTS} clients in ${seconds.toFixed(1)} s` +
      ` (${(latencies.length / seconds).toFixed(0)}/s); answers by status: ${[...statuses].map(([s, c]) => `${s}×${c}`).join(', ')}`,
  )
  console.log(
    `bench:safety: latency p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? 0)}`,
  )

  const { readTally, figuresOf, safetySettings } = await import('@mirai/cms/safety/figures')
  const period = (await payload.find({ collection: 'safety-periods', pagination: false })).docs.find(
    (p) => tokyoDay(p.startsOn) <= today && today <= tokyoDay(p.endsOn),
  )!
  const { threshold } = await safetySettings(payload)
  const aggregating = performance.now()
  let shown = 0
  for (const site of sites) {
    const figures = figuresOf(await readTally(payload, site.id, String(period.id)), keys, threshold)
    if (figures.enough) shown++
  }
  console.log(
    `bench:safety: figures of all ${SITES} sites from their answers in ${((performance.now() - aggregating) / 1000).toFixed(2)} s (${shown} above the threshold of ${threshold})`,
  )
  await payload.destroy()
} finally {
  rmSync(work, { recursive: true, force: true })
}
