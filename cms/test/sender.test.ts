/**
 * Who sent a request, for the rate limits of the public Safety endpoints: only what the trusted
 * proxies wrote counts, whatever a client puts in front of it, and one subscriber's addresses are
 * one sender.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

import { resolveClientAddress } from '../src/env'
import { networkOf, senderOf } from '../src/safety/rateLimit'

const headers = (values: Record<string, string>) => new Headers(values)

describe('CMS_TRUSTED_PROXIES and CMS_CLIENT_IP_HEADER', () => {
  it('default to one proxy appending to X-Forwarded-For', () => {
    expect(resolveClientAddress({})).toEqual({ header: 'x-forwarded-for', proxies: 1 })
    expect(resolveClientAddress({ CMS_TRUSTED_PROXIES: ' ' })).toEqual({ header: 'x-forwarded-for', proxies: 1 })
  })

  it('take a number of proxies, or a header the proxy sets', () => {
    expect(resolveClientAddress({ CMS_TRUSTED_PROXIES: '2' })).toEqual({ header: 'x-forwarded-for', proxies: 2 })
    expect(resolveClientAddress({ CMS_CLIENT_IP_HEADER: 'CF-Connecting-IP' })).toEqual({
      header: 'cf-connecting-ip',
      proxies: null,
    })
  })

  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('are what the endpoints count senders by', async () => {
    vi.stubEnv('CMS_TRUSTED_PROXIES', '2')
    vi.resetModules()
    const twice = await import('../src/safety/rateLimit')
    expect(twice.senderOf(headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7, 192.168.1.2' }))).toBe('203.0.113.7')
    vi.unstubAllEnvs()
    vi.stubEnv('CMS_CLIENT_IP_HEADER', 'X-Real-IP')
    vi.resetModules()
    const named = await import('../src/safety/rateLimit')
    expect(named.senderOf(headers({ 'x-real-ip': '203.0.113.8', 'x-forwarded-for': '198.51.100.1' }))).toBe(
      '203.0.113.8',
    )
  })

  it('stop the CMS from starting when set wrong', async () => {
    vi.stubEnv('CMS_TRUSTED_PROXIES', '0')
    vi.resetModules()
    await expect(import('../src/env')).rejects.toThrow('CMS_TRUSTED_PROXIES "0" must be the number of proxies')
  })

  it('refuse what they cannot mean, saying why', () => {
    for (const value of ['0', '-1', '1.5', 'two', '11'])
      expect(() => resolveClientAddress({ CMS_TRUSTED_PROXIES: value }), value).toThrow(
        `CMS_TRUSTED_PROXIES "${value}" must be the number of proxies in front of the CMS, 1 to 10`,
      )
    for (const value of ['X-Forwarded-For', 'x-real-ip\r\nx', 'a b'])
      expect(() => resolveClientAddress({ CMS_CLIENT_IP_HEADER: value }), value).toThrow(/CMS_CLIENT_IP_HEADER/)
    expect(() => resolveClientAddress({ CMS_TRUSTED_PROXIES: '1', CMS_CLIENT_IP_HEADER: 'x-real-ip' })).toThrow(
      'Set CMS_TRUSTED_PROXIES or CMS_CLIENT_IP_HEADER, not both',
    )
  })
})

describe('the sender of a request', () => {
  const oneProxy = { header: 'x-forwarded-for', proxies: 1 } as const
  const twoProxies = { header: 'x-forwarded-for', proxies: 2 } as const
  const realIp = { header: 'x-real-ip', proxies: null } as const

  it('is the entry the outermost trusted proxy wrote, whatever the client wrote before it', () => {
    expect(senderOf(headers({ 'x-forwarded-for': '203.0.113.7' }), oneProxy)).toBe('203.0.113.7')
    expect(senderOf(headers({ 'x-forwarded-for': '10.0.0.1, 1.1.1.1, 203.0.113.7' }), oneProxy)).toBe('203.0.113.7')
    // Two proxies: the outer one wrote the client, the inner one the outer proxy's address.
    expect(senderOf(headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7, 192.168.1.2' }), twoProxies)).toBe(
      '203.0.113.7',
    )
    // Fewer entries than proxies: the first is the one a proxy wrote.
    expect(senderOf(headers({ 'x-forwarded-for': '203.0.113.7' }), twoProxies)).toBe('203.0.113.7')
  })

  it('comes from the named header alone when the proxy sets one', () => {
    const sent = headers({ 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' })
    expect(senderOf(sent, realIp)).toBe('203.0.113.7')
    // Several addresses in a header the proxy sets to one: the proxy did not set it.
    expect(senderOf(headers({ 'x-real-ip': '198.51.100.1, 203.0.113.7' }), realIp)).toBe('unknown')
  })

  it('is one shared "unknown" for requests without an address or with anything else in its place', () => {
    for (const value of ['', ' , ', 'evil', '<script>', '999.1.1.1', "1.2.3.4' OR 1=1", 'x'.repeat(10_000)])
      expect(senderOf(headers({ 'x-forwarded-for': value }), oneProxy), value.slice(0, 20)).toBe('unknown')
    expect(senderOf(headers({}), oneProxy)).toBe('unknown')
    expect(senderOf(headers({}), realIp)).toBe('unknown')
  })
})

describe('one subscriber, one sender', () => {
  it('counts an IPv6 /64 as one, however the address is written', () => {
    const net = networkOf('2001:db8:0:0:1:2:3:4')
    expect(net).toBe('2001:db8:0:0::/64')
    for (const address of ['2001:db8::1', '2001:DB8::5:6', '2001:0db8:0000:0000:ffff::', '[2001:db8::9]:443'])
      expect(networkOf(address), address).toBe(net)
    expect(networkOf('2001:db8:0:1::1')).not.toBe(net)
    expect(networkOf('::1')).toBe('0:0:0:0::/64')
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('takes IPv4 as it is, without a port, and IPv4 written as IPv6 as IPv4', () => {
    expect(networkOf('203.0.113.7')).toBe('203.0.113.7')
    expect(networkOf('203.0.113.7:51234')).toBe('203.0.113.7')
    expect(networkOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(networkOf('::ffff:cb00:7107')).toBe('203.0.113.7')
    expect(networkOf('not an address')).toBeNull()
  })
})
