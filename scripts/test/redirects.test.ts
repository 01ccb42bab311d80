/**
 * Redirect paths are written verbatim into nginx's configuration and `_redirects`: anything that
 * is not a clean path of the site is refused, by name, before a line is rendered — by every
 * renderer, so no caller can go around the check.
 */
import { describe, expect, it } from 'vitest'

import { nginxServerBlock, nginxSiteConfig } from '../src/hosting/nginx'
import { checkNoLoops, checkRedirects, type Redirect } from '../src/hosting/redirects'
import { redirectsFile } from '../src/hosting/staticHost'

const HOSTILE_PATHS = [
  '/a/ { return 200 "owned"; } location /b/', // nginx syntax
  '/a/;return 302 https://evil.example/',
  '/a/}',
  '/a/"',
  "/a/'",
  '/a b/',
  '/a/\tb',
  '/a/\r\nSet-Cookie: session=attacker', // header splitting
  '/a/\n/b/ /c/ 200', // a second `_redirects` line
  '/a/\u0000',
  '/$host/', // an nginx variable
  '/a/$request_uri',
  '/../etc/passwd',
  '/a/../b/',
  '/./a/',
  '/.host/nginx.conf', // the host's own files
  '//evil.example/', // another site, protocol-relative
  '/\\evil.example/',
  'https://evil.example/',
  'javascript:alert(1)',
  'a/relative/',
  '',
  '/a/%0d%0a',
  '/a/?q=1',
  '/a/#top',
  '/vi/bài-viết/',
  `/${'a'.repeat(1000)}/`,
]

const renderers: [string, (redirects: Redirect[]) => unknown][] = [
  ['check', checkRedirects],
  ['nginx', nginxSiteConfig],
  ['_redirects', redirectsFile],
]

describe.each(renderers)('redirects rendered by %s', (_name, render) => {
  it.each(HOSTILE_PATHS)('refuses %j as the old or the new path', (hostile) => {
    expect(() => render([{ from: hostile, to: '/vi/', status: 301 }])).toThrow(
      /^Refused redirects:\n {2}redirect 1 .*"from" is not a path of the site/,
    )
    expect(() => render([{ from: '/vi/old/', to: hostile, status: 301 }])).toThrow(/"to" is not a path of the site/)
  })

  it('names every refused redirect, one per line', () => {
    const error = (() => {
      try {
        render([
          { from: '/vi/fine/', to: '/vi/new/', status: 301 },
          { from: '/a/\r\nX: y', to: '/b/', status: 301 },
          { from: '/c/', to: '//evil.example/', status: 302 },
        ])
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(error?.split('\n')).toEqual([
      'Refused redirects:',
      '  redirect 2 ("/a/\\r\\nX: y" → "/b/"): "from" is not a path of the site: the segment "\\r\\nX: y" (only letters, digits and - _ . ~, not starting with a dot)',
      '  redirect 3 ("/c/" → "//evil.example/"): "to" is not a path of the site: an empty segment ("//")',
    ])
  })

  it('refuses other statuses, a redirect to itself, two from one path, loops and what is not a list of redirects', () => {
    expect(() => render([{ from: '/a/', to: '/b/', status: 200 as 301 }])).toThrow(/status 200 is not 301 or 302/)
    expect(() => render([{ from: '/a/', to: '/b/', status: '301' as unknown as 301 }])).toThrow(/status 301 is not/)
    expect(() => render([{ from: '/a/', to: '/a/', status: 301 }])).toThrow(/redirects to itself/)
    expect(() =>
      render([
        { from: '/a/', to: '/b/', status: 301 },
        { from: '/a/', to: '/c/', status: 301 },
      ]),
    ).toThrow(/a second redirect from \/a\//)
    expect(() => render([{ from: 3, to: null, status: 301 } as unknown as Redirect])).toThrow(/not a string/)
    expect(() => render([null as unknown as Redirect])).toThrow(/redirect 1: not an object/)
    expect(() => render('/a/ /b/ 301' as unknown as Redirect[])).toThrow(/not a list/)
    if (render !== checkRedirects)
      expect(() =>
        render([
          { from: '/a/', to: '/b/', status: 301 },
          { from: '/b/', to: '/c/', status: 301 },
          { from: '/c/', to: '/b/', status: 301 },
        ]),
      ).toThrow(/\/a\/ → \/b\/ → \/c\/ → \/b\/ never reaches a page/)
  })
})

describe('sound redirects', () => {
  const sound: Redirect[] = [
    { from: '/vi/articles/old-slug/', to: '/vi/articles/new-slug/', status: 301 },
    { from: '/en/events/2025_fair~1', to: '/en/events/', status: 302 },
    { from: '/', to: '/ja/', status: 302 },
  ]

  it('are kept as given, chains included', () => {
    expect(checkRedirects(sound)).toBe(sound)
    expect(() =>
      checkNoLoops([
        { from: '/a/', to: '/b/', status: 301 },
        { from: '/b/', to: '/c/', status: 301 },
      ]),
    ).not.toThrow()
  })

  it('become exact-match locations that keep the query string, and lines of _redirects', () => {
    const conf = nginxSiteConfig(sound)
    expect(conf).toContain('location = /vi/articles/old-slug/ {\n    return 301 /vi/articles/new-slug/$is_args$args;')
    expect(conf).toContain('location = / {\n    return 302 /ja/$is_args$args;')
    expect(redirectsFile(sound).split('\n').slice(0, 3)).toEqual([
      '/vi/articles/old-slug/ /vi/articles/new-slug/ 301',
      '/en/events/2025_fair~1 /en/events/ 302',
      '/ /ja/ 302',
    ])
  })
})

describe('nginx configuration values', () => {
  it('refuses a site folder nginx would read as something else', () => {
    for (const site of ['/srv/$site/dist', '/srv/"x"/dist', '/srv/a\\b', '/srv/a\nroot /etc;', 'relative/dist'])
      expect(() => nginxServerBlock({ site }), site).toThrow(/Not a path nginx's configuration can name/)
    expect(nginxServerBlock({ site: '/srv/my site/dist' })).toContain('root "/srv/my site/dist";')
  })

  it('refuses a listen address or server name that would add directives', () => {
    expect(() => nginxServerBlock({ site: '/srv/dist', listen: '80; include /etc/passwd' })).toThrow(
      /Not an address to listen on/,
    )
    expect(() => nginxServerBlock({ site: '/srv/dist', serverName: 'a.example; root /' })).toThrow(/Not a server name/)
    expect(nginxServerBlock({ site: '/srv/dist', listen: '[::1]:8080', serverName: 'portal.example.org' })).toContain(
      'include "/srv/dist/.host/nginx.conf";',
    )
  })
})
