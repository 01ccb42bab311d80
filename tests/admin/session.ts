/**
 * The admin build as a signed-in demo account meets it: sign in over REST, then fetch pages as
 * the browser does (the session cookie, same-origin, the admin in English).
 */
import { expect, inject } from 'vitest'

export const adminURL = () => inject('adminURL')
const PASSWORD = 'mirai-demo-2026'

/** The session token of the demo account of `role` (`<role>@demo.jp-mirai.org`). */
export async function signIn(role: string): Promise<string> {
  const res = await fetch(`${adminURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@demo.jp-mirai.org`, password: PASSWORD }),
  })
  expect(res.status, `${role} login`).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** A page of the admin, with the session of `token` or none. */
export async function adminPage(path: string, token?: string) {
  const res = await fetch(`${adminURL()}${path}`, {
    redirect: 'manual',
    headers: token
      ? { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin', 'accept-language': 'en' }
      : {},
  })
  return { status: res.status, location: res.headers.get('location'), headers: res.headers, html: await res.text() }
}
