import type { VideoInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull, translationsOf } from '../localized'
import { pageBase, type ShapeContext, withFreshness } from './context'
import type { VideoDoc } from './documents'

/** Videos the site can play: one neither on YouTube nor in a publishable file is left out, with a warning. */
export function shapeVideos(docs: readonly VideoDoc[], ctx: ShapeContext): VideoInput[] {
  const playable = (video: VideoInput) => {
    if (video.youtubeId || video.file) return true
    ctx.warn(`videos ${video.id}: has neither a YouTube video nor a file the site can play; left out of the site`)
    return false
  }
  return docs
    .map(({ base: doc, byLocale }) =>
      withFreshness(doc, {
        ...pageBase(doc),
        publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt)!,
        youtubeId: doc.youtubeId || null,
        file: ctx.file(doc.file),
        poster: ctx.image(doc.poster),
        durationSeconds: doc.durationSeconds ?? null,
        captionLanguages: doc.captionLanguages ?? [],
        translations: translationsOf(
          byLocale,
          (l) => hasText(l.title),
          (l) => ({
            title: l.title,
            description: l.description ?? null,
            transcript: ctx.rich(l.transcript),
          }),
        ),
      }),
    )
    .filter(playable)
}
