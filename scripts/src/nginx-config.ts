/**
 * `pnpm hosting:nginx [--root <dist>] [--listen <port>] [--server-name <name>]`: prints the nginx
 * server block to install once, e.g. into /etc/nginx/sites-available/ (see hosting/nginx.ts). It
 * includes the rules each build writes into its release, `<dist>/.host/nginx.conf`.
 */
import path from 'node:path'

import { nginxServerBlock } from './hosting/nginx'
import { distDir } from './paths'

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

try {
  process.stdout.write(
    nginxServerBlock({
      site: path.resolve(option('root') ?? distDir()),
      listen: option('listen') ?? 80,
      serverName: option('server-name') ?? '_',
    }),
  )
} catch (error) {
  console.error(`hosting:nginx: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
