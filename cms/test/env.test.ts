import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../src/database'
import { resolveDatabase, resolveSecret } from '../src/env'

describe('DATABASE_URI', () => {
  it('defaults to the embedded SQLite file in the data folder', () => {
    const target = resolveDatabase(undefined)
    expect(target.kind).toBe('sqlite')
    expect(target.url).toMatch(/^file:.*\.data\/mirai\.db$/)
  })

  it('takes file: paths for SQLite and mongodb URLs for MongoDB', () => {
    expect(resolveDatabase('file:/srv/mirai/cms.db')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/mirai/cms.db',
      file: '/srv/mirai/cms.db',
    })
    expect(resolveDatabase('mongodb://db:27017/mirai')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/mirai' })
    expect(resolveDatabase('mongodb+srv://u:p@cluster.example/mirai').kind).toBe('mongodb')
  })

  it('refuses anything else with a clear reason', () => {
    expect(() => resolveDatabase('postgres://localhost/mirai')).toThrow(
      'DATABASE_URI "postgres://localhost/mirai" is not supported: use file:<path> for SQLite or mongodb://… / mongodb+srv://… for MongoDB',
    )
  })

  it('selects the Payload adapter that matches', () => {
    expect(databaseAdapter({ kind: 'mongodb', url: 'mongodb://127.0.0.1:1/never-connected' }).name).toBe('mongoose')
    expect(databaseAdapter(resolveDatabase('file:/tmp/mirai-adapter-test/x.db')).name).toBe('sqlite')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is taken from the environment', () => {
    expect(resolveSecret({ PAYLOAD_SECRET: 's3cret', NODE_ENV: 'production' })).toBe('s3cret')
  })

  it('is required in production', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET is not set')
  })
})
