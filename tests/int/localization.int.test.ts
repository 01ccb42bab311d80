import { fallbackChain, LOCALE_CODES } from '@mirai/content-schemas/locales'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, imageFile, paragraph } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'
import { restClient } from './helpers/rest'

const TITLES: Record<string, string> = {
  ja: '在留カードの更新',
  en: 'Renewing your residence card',
  zh: '更新在留卡',
  es: 'Renovar la tarjeta de residencia',
  pt: 'Renovar o cartão de residência',
  id: 'Memperpanjang kartu izin tinggal',
  tl: 'Pag-renew ng residence card',
  my: 'နေထိုင်ခွင့်ကတ် သက်တမ်းတိုးခြင်း',
  vi: 'Gia hạn thẻ cư trú',
}

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('content in nine languages', () => {
  it('stores and returns a different title and body in every locale, with one slug', async () => {
    const { payload } = cms
    const article = await createArticle(payload, {
      title: TITLES.ja,
      slug: 'residence-card-renewal',
      body: paragraph(`body ${TITLES.ja}`),
    })
    for (const locale of LOCALE_CODES.filter((l) => l !== 'ja')) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale,
        data: { title: TITLES[locale], body: paragraph(`body ${TITLES[locale]}`) } as never,
      })
    }
    for (const locale of LOCALE_CODES) {
      const doc: any = await payload.findByID({ collection: 'articles', id: article.id, locale, fallbackLocale: false })
      expect(doc.title).toBe(TITLES[locale])
      expect(doc.body.root.children[0].children[0].text).toBe(`body ${TITLES[locale]}`)
      expect(doc.slug).toBe('residence-card-renewal')
    }
    const all: any = await payload.findByID({ collection: 'articles', id: article.id, locale: 'all' })
    expect(Object.keys(all.title).sort()).toEqual([...LOCALE_CODES].sort())
  })

  it('updating one language leaves the others untouched', async () => {
    const { payload } = cms
    const article = await createArticle(payload, { title: '元の題名' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { title: 'Tiêu đề', body: paragraph('vi') } as never,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { title: 'Tiêu đề mới' } as never,
    })
    const ja: any = await payload.findByID({ collection: 'articles', id: article.id, locale: 'ja' })
    const vi: any = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi' })
    expect(ja.title).toBe('元の題名')
    expect(vi.title).toBe('Tiêu đề mới')
  })

  it('falls back along the shared chain: a missing language shows English, then Japanese', async () => {
    const { payload } = cms
    expect(fallbackChain('vi')).toEqual(['en', 'ja'])
    const jaOnly = await createArticle(payload, { title: '日本語だけ' })
    const viOfJaOnly: any = await payload.findByID({ collection: 'articles', id: jaOnly.id, locale: 'vi' })
    expect(viOfJaOnly.title).toBe('日本語だけ')

    await payload.update({
      collection: 'articles',
      id: jaOnly.id,
      locale: 'en',
      data: { title: 'English too', body: paragraph('en') } as never,
    })
    const viWithEnglish: any = await payload.findByID({ collection: 'articles', id: jaOnly.id, locale: 'vi' })
    expect(viWithEnglish.title).toBe('English too')

    const noFallback: any = await payload.findByID({
      collection: 'articles',
      id: jaOnly.id,
      locale: 'vi',
      fallbackLocale: false,
    })
    expect(noFallback.title ?? null).toBeNull()
  })

  it('serves the requested locale and the fallback over REST', async () => {
    const { payload, config } = cms
    const rest = restClient(config)
    const article = await createArticle(payload, { title: '休みの日', slug: 'days-off' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'my',
      data: { title: TITLES.my, body: paragraph('my') } as never,
    })
    const my = await rest.request('GET', `articles/${article.id}?locale=my`)
    expect(my.status).toBe(200)
    expect(my.body.title).toBe(TITLES.my)
    const tl = await rest.request('GET', `articles/${article.id}?locale=tl`)
    expect(tl.body.title).toBe('休みの日')
    const tlStrict = await rest.request('GET', `articles/${article.id}?locale=tl&fallback-locale=none`)
    expect(tlStrict.body.title ?? null).toBeNull()
  })

  it('keeps localized alt text per language on images', async () => {
    const { payload } = cms
    const media: any = await payload.create({
      collection: 'media',
      locale: 'ja',
      data: { alt: '青い四角' } as never,
      file: await imageFile('blue.png'),
    })
    await payload.update({ collection: 'media', id: media.id, locale: 'vi', data: { alt: 'Hình vuông màu xanh' } })
    const vi: any = await payload.findByID({ collection: 'media', id: media.id, locale: 'vi' })
    const ja: any = await payload.findByID({ collection: 'media', id: media.id, locale: 'ja' })
    expect(vi.alt).toBe('Hình vuông màu xanh')
    expect(ja.alt).toBe('青い四角')
    expect(ja.width).toBe(40)
    expect(ja.mimeType).toBe('image/png')
  })
})
