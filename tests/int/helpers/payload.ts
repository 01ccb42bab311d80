/**
 * A Payload instance on a throwaway database for one test file: SQLite in a temp folder by
 * default, or a fresh database on TEST_MONGODB_URI when TEST_DATABASE=mongodb.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  close: () => Promise<void>
}

export async function startCms(): Promise<TestCms> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mirai-cms-test-'))
  process.env.CMS_DATA_DIR = dataDir
  process.env.PAYLOAD_LOG_LEVEL ??= 'error'
  process.env.PAYLOAD_SECRET = 'test-secret-' + randomUUID()
  if (process.env.TEST_DATABASE === 'mongodb') {
    const base = process.env.TEST_MONGODB_URI
    if (!base) throw new Error('TEST_DATABASE=mongodb needs TEST_MONGODB_URI')
    const url = new URL(base)
    url.pathname = `/mirai_test_${randomUUID().slice(0, 8)}`
    process.env.DATABASE_URI = url.toString()
  } else {
    process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  }
  const [{ getPayload }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('@mirai/cms/config'),
  ])
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    dataDir,
    close: async () => {
      if (process.env.TEST_DATABASE === 'mongodb') await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export interface SignedIn {
  cms: TestCms
  people: import('./fixtures').People
  rest: import('./rest').RestClient
  /** A session token per role of `people`. */
  tokens: Record<
    'admin' | 'editor' | 'translator' | 'member' | 'otherMember' | 'company' | 'otherCompany' | 'assist',
    string
  >
}

/** A CMS with one account per role (and two organisations, both programme participants), each signed in over REST. */
export async function startCmsWithPeople(): Promise<SignedIn> {
  const [{ createPeople, PASSWORD }, { restClient }] = await Promise.all([import('./fixtures'), import('./rest')])
  const cms = await startCms()
  const people = await createPeople(cms.payload)
  const rest = restClient(cms.config)
  const tokens = {} as SignedIn['tokens']
  for (const who of [
    'admin',
    'editor',
    'translator',
    'member',
    'otherMember',
    'company',
    'otherCompany',
    'assist',
  ] as const)
    tokens[who] = await rest.login(people[who].email, PASSWORD)
  return { cms, people, rest, tokens }
}
