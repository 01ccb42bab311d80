/**
 * Two published articles with Vietnamese text, then a translator's new Vietnamese for each, saved
 * as the admin saves it: one not marked ready (readers must keep the old text), one marked ready
 * (readers get the new). globalSetup runs this before it builds (readyGate.e2e.test.ts).
 */
import type { Payload } from 'payload'

import { paragraphsDoc } from '@mirai/content-schemas/richtext'

export const READY_GATE = {
  held: { slug: 'ready-gate-held', live: 'Bản dịch đang hiển thị', saved: 'Bản dịch chưa sẵn sàng' },
  ready: { slug: 'ready-gate-ready', live: 'Bản dịch cũ', saved: 'Bản dịch đã sẵn sàng' },
} as const

export async function translatorEdits(payload: Payload): Promise<void> {
  const [translator] = (
    await payload.find({ collection: 'users', where: { role: { equals: 'translator' } }, limit: 1, depth: 0 })
  ).docs
  if (!translator) throw new Error('The seed has no translator account')
  for (const [key, doc] of Object.entries(READY_GATE)) {
    const article = await payload.create({
      collection: 'articles',
      locale: 'ja',
      data: {
        title: `準備の確認(${key})`,
        summary: '翻訳の公開の確認です。',
        body: paragraphsDoc('翻訳が準備できたときだけ公開されます。'),
        slug: doc.slug,
        category: 'daily-life',
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: { title: doc.live, body: paragraphsDoc(doc.live) } as never,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      data: {
        title: doc.saved,
        body: paragraphsDoc(doc.saved),
        _status: 'published',
        translationReady: key === 'ready',
      } as never,
      user: translator,
      overrideAccess: false,
    })
  }
}
