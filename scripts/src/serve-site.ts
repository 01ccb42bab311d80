/** `pnpm serve`: serves site/dist on SITE_PORT (default 4321). */
import { distDir } from './paths'
import { serveStatic } from './serve'

const port = Number(process.env.SITE_PORT ?? 4321)
try {
  await serveStatic(distDir(), port, process.env.SITE_HOST ?? '127.0.0.1')
  console.log(`site: serving ${distDir()} at http://localhost:${port}/`)
} catch (error) {
  console.error(`serve failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
