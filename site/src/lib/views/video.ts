import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'

import { formatDate } from '../dates'
import { pictureData } from '../images'
import { richHtml } from '../render'
import { mapValues } from '../translation'
import { card, docView, linkTo, type CardView } from './shared'

/** A video's page; `articles` are searched for the ones that name it as related. */
export function videoView(video: S.Video, lang: LocaleCode, articles: S.Article[]) {
  const { content, ...view } = docView(video, 'videos', lang)
  return {
    ...view,
    description: content.description ?? null,
    youtubeId: video.youtubeId,
    file: video.file,
    poster: video.poster ? pictureData(video.poster, lang) : null,
    durationSeconds: video.durationSeconds,
    captions: video.captionLanguages.map((c) => getLocale(c).nativeName),
    transcriptHtml: content.transcript ? richHtml(content.transcript, lang) : null,
    published: { iso: video.publishedAt, text: formatDate(video.publishedAt, lang) },
    relatedArticles: articles
      .filter((a) => a.relatedVideos.some((v) => v.id === video.id))
      .map((a) => linkTo(a, 'articles', lang)),
  }
}

export type VideoView = ReturnType<typeof videoView>

export function videoCard(video: S.Video, lang: LocaleCode): CardView {
  const view = docView(
    {
      ...video,
      translations: mapValues(video.translations, (t) => ({ title: t.title, summary: t.description })),
    },
    'videos',
    lang,
  )
  return card(view, formatDate(video.publishedAt, lang), video.poster ? pictureData(video.poster, lang, '12rem') : null)
}
