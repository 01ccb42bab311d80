/**
 * `pnpm hosting:nginx [--root <dist>] [--listen <port>] [--server-name <name>]`: prints the nginx
 * server block for the site (see hosting/nginx.ts), e.g. into /etc/nginx/sites-available/.
 */
import path from 'node:path'

import { nginxServerBlock } from './hosting/nginx'
import { distDir } from './paths'

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

process.stdout.write(
  nginxServerBlock({
    root: path.resolve(option('root') ?? distDir()),
    listen: option('listen') ?? 80,
    serverName: option('server-name') ?? '_',
  }),
)
