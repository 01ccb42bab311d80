/**
 * Headers on every file the CMS serves (`/api/<collection>/file/…`): browsers must take the
 * declared type as it is, and even a file that somehow holds markup cannot run script or
 * load anything in the CMS's origin.
 */
export function uploadResponseHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  )
  headers.set('Cross-Origin-Resource-Policy', 'same-site')
  return headers
}
