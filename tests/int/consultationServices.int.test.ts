/**
 * Consultation services' region, languages and closed days in the CMS: the secretariat saves
 * them over REST, the public reads them and the export carries them; wrong values are refused
 * with a message naming the field and change nothing; translators cannot move a service's region.
 */
import { buildSnapshot } from '@mirai/cms/snapshot'
import * as schemas from '@mirai/content-schemas/schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsWithPeople, type SignedIn } from './helpers/payload'

let signed: SignedIn

beforeAll(async () => {
  signed = await startCmsWithPeople()
})
afterAll(async () => {
  await signed?.cms.close()
})

const assist = {
  name: 'JP-MIRAIアシスト',
  phone: '0800-123-5717',
  languages: ['ja', 'en', 'ne', 'km'],
  hours: [{ day: 'tue', opens: '10:00', closes: '18:00' }],
}
const aichi = {
  name: 'あいち外国人相談',
  phone: '052-961-7902',
  languages: ['ja', 'pt', 'es'],
  region: 'prefectures',
  prefectures: ['aichi', 'gifu'],
  closedOnHolidays: true,
  yearEndClosure: { from: '12-29', to: '01-03' },
  hours: [{ day: 'mon', opens: '09:00', closes: '17:00' }],
}

const save = (who: keyof SignedIn['tokens'], body: object, locale = 'ja') =>
  signed.rest.request('POST', `globals/site-settings?locale=${locale}`, { token: signed.tokens[who], body })
/** What Payload says about each refused field, one line each. */
const messages = (body: any): string =>
  (body?.errors ?? [])
    .flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => `${f.path}: ${f.message}`)])
    .join('\n')
const read = async () => (await signed.rest.request('GET', 'globals/site-settings?locale=ja&depth=0')).body

describe('consultation services in the site settings', () => {
  it('keep where a service serves, every language it speaks and the days it is closed, for anyone to read', async () => {
    const res = await save('editor', {
      organisation: { name: 'JP-MIRAI' },
      consultation: assist,
      otherServices: [aichi],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const settings = await read()
    expect(settings.consultation.languages).toEqual(['ja', 'en', 'ne', 'km'])
    expect(settings.consultation.region).toBe('nationwide') // the default
    expect(settings.otherServices[0]).toMatchObject({
      region: 'prefectures',
      prefectures: ['aichi', 'gifu'],
      closedOnHolidays: true,
      yearEndClosure: { from: '12-29', to: '01-03' },
    })
  })

  it('are exported as the site reads them', async () => {
    const { snapshot } = await buildSnapshot(signed.cms.payload)
    const shaped = schemas.siteSettings.parse(snapshot.siteSettings)
    expect(shaped.otherServices[0]).toMatchObject({
      languages: ['ja', 'pt', 'es'],
      region: ['aichi', 'gifu'],
      closedOnHolidays: true,
      yearEndClosure: { from: '12-29', to: '01-03' },
    })
    expect(shaped.consultation.region).toBe('nationwide')
  })

  it('refuse wrong values, naming the field, and change nothing', async () => {
    const before = await read()
    const attempts: [object, RegExp][] = [
      [{ region: 'prefectures', prefectures: [] }, /Choose the prefectures/],
      [{ prefectures: ['atlantis'] }, /prefectures/i],
      [{ languages: ['xx'] }, /languages/i],
      [{ languages: ['<script>alert(1)</script>'] }, /languages/i],
      [{ region: 'mars' }, /region/i],
      [{ yearEndClosure: { from: '12-29', to: '' } }, /both the first and the last/],
      [{ yearEndClosure: { from: '12-29', to: '02-30' } }, /"02-30" is not a day of the year/],
      [{ yearEndClosure: { from: '12-29\r\nX-Injected: 1', to: '01-03' } }, /is not a day of the year/],
      [{ yearEndClosure: { from: '9'.repeat(10_000), to: '01-03' } }, /is not a day of the year/],
    ]
    for (const [change, message] of attempts) {
      const res = await save('editor', { otherServices: [{ ...aichi, ...change }] })
      expect(res.status, JSON.stringify(change)).toBe(400)
      expect(messages(res.body), JSON.stringify(change)).toMatch(message)
    }
    expect(await read()).toEqual(before)
  })

  it('keep no prefectures for a service for all of Japan (the field is hidden then)', async () => {
    const res = await save('editor', { otherServices: [{ ...aichi, region: 'nationwide', prefectures: ['tokyo'] }] })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await read()).otherServices[0]).toMatchObject({ region: 'nationwide', prefectures: [] })
    expect((await save('editor', { otherServices: [aichi] })).status).toBe(200)
  })

  it('cannot be moved to another region or language by a translator, nor changed by other roles', async () => {
    const before = await read()
    const row = before.otherServices[0]
    await save(
      'translator',
      {
        otherServices: [{ ...row, name: 'Tư vấn Aichi', region: 'nationwide', prefectures: [], languages: ['vi'] }],
      },
      'vi',
    )
    const after = await read()
    expect(after.otherServices[0]).toMatchObject({
      region: 'prefectures',
      prefectures: ['aichi', 'gifu'],
      languages: ['ja', 'pt', 'es'],
    })
    for (const who of ['member', 'company', 'assist'] as const)
      expect((await save(who, { otherServices: [{ ...aichi, region: 'nationwide', prefectures: [] }] })).status).toBe(
        403,
      )
    expect((await signed.rest.request('POST', 'globals/site-settings', { body: { otherServices: [] } })).status).toBe(
      403,
    )
    expect((await read()).otherServices).toEqual(after.otherServices)
  })
})
